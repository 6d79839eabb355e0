import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The files in a folder and its subfolders, by their path under it, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
