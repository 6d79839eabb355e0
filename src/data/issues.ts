/** Turns zod issues into "file, JSON path, sentence" lines that a person can act on. */
import type { z } from "zod";

/**
 * What kind of problem it is, so the page can group problems without reading their English
 * text: `schema` (the file's shape), `skipped` (an invalid record left out at load time),
 * `reference` (an id that points nowhere), `rule` (a rule across records, such as a share
 * that contradicts its votes).
 */
export type ProblemCode = "schema" | "skipped" | "reference" | "rule";

export interface DataProblem {
  code: ProblemCode;
  file: string;
  /** A JSON path such as `$.tallies[1].results[0].share`. */
  path: string;
  message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    "$",
  );
}

export function problemsFromZod(file: string, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({
    code: "schema" as const,
    file,
    path: jsonPath(issue.path),
    message: issue.message,
  }));
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file} ${problem.path}: ${problem.message}`;
}
