/**
 * Fetches one data file and earns its type at run time: every failure becomes a DataError
 * whose message a reader understands (what failed, in plain words) and whose details a
 * maintainer can act on (file, JSON path, rule).
 */
import type { z } from "zod";
import type { DataProblem } from "./issues";
import type { parseLeniently, RecordSchemas } from "./lenient-parse";

export type DataErrorKind = "missing" | "server" | "network" | "not-json" | "invalid";

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly file: string;
  readonly problems: DataProblem[];
  readonly status?: number;

  constructor(
    kind: DataErrorKind,
    file: string,
    message: string,
    problems: DataProblem[] = [],
    status?: number,
  ) {
    super(message);
    this.name = "DataError";
    this.kind = kind;
    this.file = file;
    this.problems = problems;
    this.status = status;
  }
}

/**
 * Resolved against the page, so the site works at a domain root and under a sub-path. A Web
 * Worker has no document: it is given the page's base address.
 */
export function dataUrl(file: string, base = document.baseURI): string {
  return new URL(`data/${file}`, base).toString();
}

/** A loaded file, and the records that were invalid and skipped (each reported, none silently lost). */
export interface Loaded<T> {
  file: T;
  skipped: DataProblem[];
}

/** How a file is checked: its schema, and its record lists for skipping one bad record. */
export interface ParseRules<T> {
  schema: z.ZodType<T>;
  records: RecordSchemas;
  /** parseLeniently, which comes with the schemas: it is of no use before they are here. */
  parse: typeof parseLeniently;
}

/** Resolves when the browser has nothing more urgent to do (within a second at most). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0); // Safari has no requestIdleCallback
  });
}

/**
 * `loadRules` starts at once, so the checking code downloads while the file does. `priority`
 * is the browser's fetch priority: files the first view does not need ask for "low".
 */
export async function fetchJson<T>(
  file: string,
  loadRules: () => Promise<ParseRules<T>>,
  signal?: AbortSignal,
  priority: RequestPriority = "auto",
  base?: string,
): Promise<Loaded<T>> {
  const rules = loadRules();
  rules.catch(() => undefined); // handled below; a failed fetch must not leave it unhandled
  let response: Response;
  try {
    response = await fetch(dataUrl(file, base), { signal, priority });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(
      "network",
      file,
      `Could not reach the server to load ${file}. Check your connection.`,
    );
  }
  if (response.status === 404) {
    throw new DataError("missing", file, `The data file ${file} was not found on the server.`);
  }
  if (!response.ok) {
    throw new DataError(
      "server",
      file,
      `The server failed to send ${file} (error ${response.status}).`,
      [],
      response.status,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw new DataError(
      "not-json",
      file,
      `The data file ${file} is damaged: it is not complete, valid JSON.`,
    );
  }
  let schema: z.ZodType<T>, records: RecordSchemas, parse: typeof parseLeniently;
  try {
    ({ schema, records, parse } = await rules);
  } catch {
    throw new DataError(
      "network",
      file,
      `Could not load the code that checks ${file}. Check your connection.`,
    );
  }
  // Checking a file takes the main thread for a while on a phone; a file the first view does
  // not need waits until the browser is idle, so the map is drawn first.
  if (priority === "low") await whenIdle();
  const result = parse(file, json, schema, records);
  if (!result.ok) {
    const { problems } = result;
    throw new DataError(
      "invalid",
      file,
      `The data file ${file} does not match the expected format (${problems.length} problem${problems.length === 1 ? "" : "s"}, first: ${problems[0]?.path} ${problems[0]?.message}).`,
      problems,
    );
  }
  return { file: result.data, skipped: result.skipped };
}
