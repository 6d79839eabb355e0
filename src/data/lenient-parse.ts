/**
 * One bad record should not take a whole file down. When a file fails its schema, each record
 * array is checked item by item; invalid items are dropped and reported, and the file is parsed
 * again. The file's own frame (schemaVersion, the arrays themselves) is not negotiable: without
 * it no record can be trusted, so a broken frame still fails the whole file.
 */
import type { z } from "zod";
import { problemsFromZod, type DataProblem } from "./issues";

export type RecordSchemas = Record<string, z.ZodType>;

export type LenientResult<T> =
  { ok: true; data: T; skipped: DataProblem[] } | { ok: false; problems: DataProblem[] };

export function parseLeniently<T>(
  file: string,
  json: unknown,
  schema: z.ZodType<T>,
  records: RecordSchemas,
): LenientResult<T> {
  const strict = schema.safeParse(json);
  if (strict.success) return { ok: true, data: strict.data, skipped: [] };
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, problems: problemsFromZod(file, strict.error) };
  }

  const skipped: DataProblem[] = [];
  const kept: Record<string, unknown> = { ...json };
  for (const [key, recordSchema] of Object.entries(records)) {
    const list = (json as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    kept[key] = list.filter((item, index) => {
      const result = recordSchema.safeParse(item);
      if (result.success) return true;
      const id = typeof item === "object" && item && "id" in item ? ` "${String(item.id)}"` : "";
      const first = result.error.issues[0];
      const where = first?.path.length
        ? ` (${first.path.join(".")}: ${first.message})`
        : first
          ? ` (${first.message})`
          : "";
      skipped.push({
        code: "skipped",
        file,
        path: `$.${key}[${index}]`,
        message: `the record${id} is invalid and was skipped${where}`,
      });
      return false;
    });
  }

  const retried = schema.safeParse(kept);
  if (!retried.success) return { ok: false, problems: problemsFromZod(file, retried.error) };
  return { ok: true, data: retried.data, skipped };
}
