#!/usr/bin/env node
/**
 * Prints one plain line, "N passed, N failed", summed over the Vitest and Playwright JSON
 * reports. A failed stage that is not a test (typecheck, lint, build) counts as one failure,
 * so a red run never ends with "0 failed".
 */
import { existsSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
let status = 0;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--status") status = Number(args[++i] ?? 0);
  else files.push(args[i]);
}

let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (typeof report.numPassedTests === "number") {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
  }
}
if (status !== 0 && failed === 0) {
  console.log("A check outside the test runners failed (see above); counted as one failure.");
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
