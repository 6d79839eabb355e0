/**
 * Production builds for the bench, outside the repository (dist/ is the test command's, and
 * Tailwind would scan a build left in the tree): the dashboard with its own config, and the
 * blank baseline page with the same React, Vite and React plugin.
 */
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";

export const BENCH_DIR = join(tmpdir(), "venezuela-bench");

export async function buildApp(outDir = join(BENCH_DIR, "app")) {
  await build({ root: resolve("."), logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}

export async function buildBaseline(outDir = join(BENCH_DIR, "baseline")) {
  await build({
    root: resolve("scripts/bench/baseline"),
    configFile: false,
    base: "./",
    logLevel: "warn",
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
