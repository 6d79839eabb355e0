import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Chromium is found by CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download. With none of them, fail loudly with the fix instead of skipping the browser tests.
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  return undefined; // Playwright's own browser, if `npx playwright install chromium` was run
}

const executablePath = chromiumPath();
// Parallel local runs can use their own build and port: E2E_DIST=/tmp/dist-x E2E_PORT=4180.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: process.env.E2E_RESULTS ?? "test-results",
  workers: 1,
  // A hang guard, not a speed goal: axe over the whole page, with every timeline entry since
  // the additions of issue 14, has taken 26 s of Playwright's default 30.
  timeout: 60_000,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "reports/e2e.json" }]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: ["--disable-gpu", "--disable-quic", "--disable-dev-shm-usage"],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
  },
});
