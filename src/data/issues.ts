/** Turns zod issues into "file, JSON path, sentence" lines that a person can act on. */
import type { z } from "zod";

export interface DataProblem {
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
  return error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file} ${problem.path}: ${problem.message}`;
}
