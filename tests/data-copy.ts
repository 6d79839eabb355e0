/**
 * What the command-line data check's tests share: a copy of the bundled data to break, a JSON
 * edit inside it, and `npm run data:check` run on a folder as a reader would run it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const root = resolve(__dirname, "..");
const dirs: string[] = [];

/** For afterEach: removes the copies the test made. */
export const removeCopies = () =>
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));

export function copyOfData(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "data-check-"));
  dirs.push(dir);
  cpSync(join(root, "public/data"), dir, { recursive: true });
  edit?.(dir);
  return dir;
}

// Test edits reach into arbitrary JSON on purpose: the point is to break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

/** Rewrites DIR/FILE (a path inside the copy) after `change` has edited its parsed JSON. */
export function editJson(dir: string, file: string, change: (json: AnyJson) => void) {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

export function dataCheck(dir: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/data-check.ts", dir], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
