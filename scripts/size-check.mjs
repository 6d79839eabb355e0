/**
 * `npm run size:check -- [DIST]`: gzip sizes of the last build (default dist/, so run it after
 * `npm run build`) against scripts/bundle-budget.json. Prints a small table and exits 1 when
 * any figure is over its budget. Gzip bytes are stable to the byte between runs, so unlike
 * timings they can fail CI; the timings live in `npm run bench`, which is never a gate.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSizes } from "./bench/sizes.mjs";

const dist = resolve(process.argv[2] ?? "dist");
if (!existsSync(resolve(dist, "index.html"))) {
  console.error(`size:check: no build in ${dist}; run \`npm run build\` first`);
  process.exit(1);
}
const { budgets } = JSON.parse(readFileSync(new URL("./bundle-budget.json", import.meta.url), "utf8"));
const sizes = buildSizes(dist);

const rows = Object.entries(budgets).map(([key, { bytes, what }]) => {
  const actual = sizes[key];
  if (actual === undefined) throw new Error(`bundle-budget.json names an unknown figure "${key}"`);
  return { what, actual, budget: bytes, over: actual > bytes };
});
const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${"gzip".padEnd(width)}  ${"size".padStart(9)}  ${"budget".padStart(9)}`);
for (const r of rows) {
  console.log(
    `${r.what.padEnd(width)}  ${kB(r.actual).padStart(9)}  ${kB(r.budget).padStart(9)}  ${r.over ? "OVER" : "ok"}`,
  );
}
const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(`\nsize:check: ${over.length} over budget (${over.map((r) => r.what).join("; ")}).`);
  console.error("Load the new code lazily, or raise the budget in scripts/bundle-budget.json and say why.");
  process.exit(1);
}
console.log("\nsize:check: every size is within budget");
