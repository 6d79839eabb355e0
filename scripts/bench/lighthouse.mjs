/**
 * Lighthouse 12.2.3 (the last line that runs on Node 20) with its default mobile preset:
 * simulated slow 4G and a 4x slower CPU. Reported by the bench, never gated: its score moves
 * by a few points between runs on two cores.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CATEGORIES = ["performance", "accessibility", "best-practices"];
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

/** Scores (0-100) and the main metrics (ms) for one URL, in a fresh Chromium. */
export async function lighthouseRun(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: CATEGORIES,
      logLevel: "error",
    });
    const { categories, audits } = result.lhr;
    // A category whose audits could not run (a page too busy to answer) has a null score: n/a, not 0.
    const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
    const ms = (id) => audits[id]?.numericValue ?? null;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      fcp: ms("first-contentful-paint"),
      lcp: ms("largest-contentful-paint"),
      tbt: ms("total-blocking-time"),
      cls: audits["cumulative-layout-shift"]?.numericValue ?? null,
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative")
        .filter((a) => ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
        .map((a) => a.id),
    };
  } finally {
    chrome.kill();
  }
}
