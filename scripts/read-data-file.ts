/**
 * Reads one data file for `npm run data:check` and validates it with its schema; a missing
 * file, a file that is not JSON and a schema failure each become problems naming the file.
 * Shared by the main files (scripts/data-check.ts) and the tally sheets (scripts/actas/).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { problemsFromZod, type DataProblem } from "../src/data/issues.ts";

export function readDataFile<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: DataProblem[],
): z.infer<S> | undefined {
  let text: string;
  try {
    text = readFileSync(resolve(dir, file), "utf8");
  } catch {
    problems.push({ code: "schema", file, path: "$", message: `the file is missing from ${dir}` });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      code: "schema",
      file,
      path: "$",
      message: `is not valid JSON (truncated or mistyped?): ${reason}`,
    });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file, result.error));
  return undefined;
}
