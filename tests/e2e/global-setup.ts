/** Fails the browser tests with instructions when no Chromium can be found (never a silent skip). */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export default function globalSetup() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter((p): p is string => !!p);
  if (candidates.some((p) => existsSync(p))) return;
  if (existsSync(chromium.executablePath())) return;
  throw new Error(
    [
      "No Chromium found for the browser tests.",
      "Install Debian's package:  sudo apt-get install chromium fonts-liberation fonts-noto-color-emoji",
      "or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test",
      "or, where downloads are allowed, let Playwright fetch its own:  npx playwright install chromium",
    ].join("\n"),
  );
}
