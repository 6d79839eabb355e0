/**
 * Every browser test runs with watchers: any console error, uncaught page error or request
 * to a host other than the site fails the test. `checkA11y` runs axe on the current page.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

interface Watch {
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
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
        if (message.type() === "error") watch.consoleErrors.push(message.text());
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

export async function checkA11y(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  expect(summary, "axe violations").toEqual([]);
}
