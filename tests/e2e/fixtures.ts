/**
 * Every browser test runs with watchers: any console error, uncaught page error or request
 * to a host other than the site fails the test. `checkA11y` runs axe on the current page.
 * A test that breaks something on purpose can tolerate the console errors it causes, and only
 * those, with `expectConsoleErrors`.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";

interface Watch {
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** A console error a test has declared it causes: its text, and where from (e.g. the failing file). */
interface ExpectedConsoleError {
  text: RegExp;
  url?: RegExp;
}

const expectedConsoleErrors = new WeakMap<Page, ExpectedConsoleError[]>();

/**
 * Lets the watcher tolerate console errors matching `text` (and, given `url`, logged for a
 * matching URL), on this page only, until the returned function withdraws the tolerance.
 * Every other console error still fails the test. Use patterns without the `g` flag.
 */
export function expectConsoleErrors(page: Page, text: RegExp, options: { url?: RegExp } = {}): () => void {
  const entry: ExpectedConsoleError = { text, url: options.url };
  expectedConsoleErrors.set(page, [...(expectedConsoleErrors.get(page) ?? []), entry]);
  return () =>
    expectedConsoleErrors.set(
      page,
      (expectedConsoleErrors.get(page) ?? []).filter((e) => e !== entry),
    );
}

function isExpected(page: Page, text: string, url: string): boolean {
  return (expectedConsoleErrors.get(page) ?? []).some(
    (e) => e.text.test(text) && (!e.url || e.url.test(url)),
  );
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { cspViolations: [], consoleErrors: [], pageErrors: [], foreignRequests: [] };
      // Report every Content-Security-Policy violation back to the test.
      await page.exposeFunction("__reportCsp", (text: string) => watch.cspViolations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
            `${e.violatedDirective} blocked ${e.blockedURI || "inline"}`,
          );
        });
      });
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (isExpected(page, message.text(), message.location().url)) return;
        watch.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => watch.pageErrors.push(error.message));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
          watch.foreignRequests.push(url);
        }
      });
      await use(watch);
      expect(watch.cspViolations, "Content-Security-Policy violations").toEqual([]);
      expect(watch.pageErrors, "uncaught errors in the page").toEqual([]);
      expect(watch.consoleErrors, "console errors").toEqual([]);
      expect(watch.foreignRequests, "requests to other hosts").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe on the whole page, or on the part `include` selects (a CSS selector). */
export async function checkA11y(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  expect(summary, "axe violations").toEqual([]);
}

/**
 * Scrolls through `region` half a screen at a time, as a reader would, so that what is drawn
 * only near the screen (the charts) is drawn. Each step waits two frames for the browser to
 * report what came into view, and measures the region again: panels below the fold are laid
 * out (content-visibility) and grow as they come near.
 */
export async function scrollThrough(region: Locator) {
  await region.evaluate((element) => element.scrollIntoView({ block: "start" }));
  for (;;) {
    const done = await region.evaluate(async (element) => {
      const box = element.getBoundingClientRect();
      if (box.bottom <= window.innerHeight) return true;
      window.scrollBy(0, window.innerHeight / 2);
      await new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next)));
      return false;
    });
    if (done) return;
  }
}
