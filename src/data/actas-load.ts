/**
 * Loads a tally-sheet file: in a Web Worker (actas-worker.ts), which fetches and checks it off
 * the page's main thread, or, where there is no worker (jsdom, a browser that refuses one), here.
 */
import { actasPath, type ActasFiles, type ActasKind } from "./actas-files";
import type { ActasAnswer, ActasRequest } from "./actas-worker";
import { DataError, fetchJson, type ParseRules } from "./fetch-json";

/**
 * The worker that fetches and checks the files (actas-worker.ts), made on first use; null
 * where there is none (jsdom, a browser that refuses it), and then the page does the work.
 */
let worker: Worker | null | undefined;
const folded = new WeakMap<readonly unknown[], readonly string[]>();

/** The names of a file's `centres`, folded for the search by the worker; undefined without one. */
export const foldedNamesOf = (centres: readonly unknown[]) => folded.get(centres);
let asked = 0;
const waiting = new Map<number, { resolve: (file: unknown) => void; reject: (error: unknown) => void }>();

/** Starts the worker ahead of the first drill-down, so that its start is not part of the wait. */
export const startActasWorker = () => void actasWorker();

function actasWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === "function"
        ? new Worker(new URL("./actas-worker.ts", import.meta.url), { type: "module" })
        : null;
  } catch {
    worker = null;
  }
  worker?.addEventListener("message", (event: MessageEvent<ActasAnswer>) => {
    const answer = event.data;
    const asker = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (!asker) return;
    if (answer.ok) {
      const { centres } = (answer.file ?? {}) as { centres?: readonly unknown[] };
      if (answer.folded && centres) folded.set(centres, answer.folded);
      asker.resolve(answer.file);
    } else {
      const { kind, file, message, problems, status } = answer.error;
      asker.reject(new DataError(kind, file, message, problems, status));
    }
  });
  // A worker that cannot start: what it was asked fails (Retry works), and the page does the rest itself.
  worker?.addEventListener("error", () => {
    worker = null;
    for (const [id, asker] of waiting) {
      waiting.delete(id);
      asker.reject(
        new DataError("network", "actas", "Could not start the code that loads the tally sheets."),
      );
    }
  });
  return worker;
}

/**
 * The files whose check would hold up the page: one state's areas, centres or sheets (14–54 ms
 * each on a fast machine, four times that on a phone), the country's centre index (37 ms). The
 * summary, the shapes and the comparison check in a millisecond or two: they load here, and
 * the panel's first view does not wait for the worker to start.
 */
const IN_WORKER: ReadonlySet<ActasKind> = new Set(["areas", "centres", "sheets", "centreIndex"]);

export async function loadActas<K extends ActasKind>(
  kind: K,
  state: string,
  signal: AbortSignal,
): Promise<ActasFiles[K]> {
  const file = actasPath(kind, state);
  const helper = IN_WORKER.has(kind) ? actasWorker() : null;
  if (!helper) {
    const rules = () =>
      import("./actas-rules").then(
        (module) => module.actasRules[kind] as unknown as ParseRules<ActasFiles[K]>,
      );
    return (await fetchJson(file, rules, signal, "low")).file;
  }
  const id = ++asked;
  const request: ActasRequest = { id, kind, file, base: document.baseURI };
  return new Promise<ActasFiles[K]>((resolve, reject) => {
    waiting.set(id, { resolve: (value) => resolve(value as ActasFiles[K]), reject });
    // A query that is no longer wanted stops waiting; the worker's answer is then dropped.
    signal.addEventListener("abort", () => waiting.delete(id) && reject(signal.reason), { once: true });
    helper.postMessage(request);
  });
}
