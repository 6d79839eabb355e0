import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkA11y, expect, scrollThrough, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** A tally's label as the data gives it in a language of the page. */
function tallyLabel(id: string, lang: "en" | "es"): string {
  const { tallies } = JSON.parse(readFileSync(resolve("public/data/tallies.json"), "utf8")) as {
    tallies: { id: string; label: Record<"en" | "es", string> }[];
  };
  return tallies.find((t) => t.id === id)?.label[lang] ?? id;
}
/** A region named by a tally's label in the page's language, then its date. */
const labelled = (id: string, lang: "en" | "es") =>
  new RegExp(`^${tallyLabel(id, lang).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, `);

const counts = (page: Page) => page.getByRole("region", { name: "The counts" });
const tally = (page: Page, name: RegExp) => counts(page).getByRole("region", { name });

test("the default pair: both counts on one scale, the difference in words and charts, no axe violations", async ({
  page,
}) => {
  await page.goto("./");
  await expect(tally(page, /CNE second bulletin.*2 Aug 2024/).getByText("6,408,844")).toBeVisible();
  await scrollThrough(counts(page)); // the charts are drawn as they come near the screen
  await expect(tally(page, /83\.5/).getByText("7,303,480")).toBeVisible();
  const difference = counts(page).getByRole("region", { name: /difference between the two counts/i });
  await expect(difference).toContainText("gives Edmundo González Urrutia 1,977,376 more votes than");
  await expect(counts(page).getByRole("application", { name: /^Votes per candidate/ })).toHaveCount(2);
  await expect(difference.getByRole("application")).toBeVisible();
  await checkA11y(page);
  await counts(page).screenshot({ path: "reports/screenshots/tallies-1280.png" });
});

test("choosing the pair in the pickers goes into the URL; Back and Forward step through it", async ({
  page,
}) => {
  await page.goto("./");
  await expect(tally(page, /83\.5/)).toBeVisible();
  await page.getByRole("combobox", { name: "Right tally" }).selectOption("cne-2024-07-29");
  await expect(page).toHaveURL(/\?compare=cne-2024-08-02,cne-2024-07-29$/);
  await page.getByRole("button", { name: "Swap sides" }).click();
  await expect(page).toHaveURL(/\?compare=cne-2024-07-29,cne-2024-08-02$/);
  await expect(page.getByRole("combobox", { name: "Left tally" })).toHaveValue("cne-2024-07-29");

  await page.goBack();
  await expect(page).toHaveURL(/\?compare=cne-2024-08-02,cne-2024-07-29$/);
  await page.goBack();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(tally(page, /83\.5/).getByText("3,316,142")).toBeVisible();
  await page.goForward();
  await expect(tally(page, /CNE first bulletin.*29 Jul 2024/).getByText("5,150,092")).toBeVisible();
});

test("a link to the two CNE bulletins shows the exact-share finding; a disputed figure opens its sources", async ({
  page,
}) => {
  await page.goto("./?compare=cne-2024-07-29,cne-2024-08-02");
  const first = tally(page, /CNE first bulletin/);
  await expect(first).toContainText(
    "Every count is exactly its printed share (51.20%, 44.2%, 4.6%) of 10,058,774",
  );
  // What others said is a step away: closed, then opened.
  await expect(first).not.toContainText("Hacker News forum comment");
  await first.getByRole("button", { name: /^What others said \(\d+\)$/ }).click();
  await expect(first).toContainText("Hacker News forum comment");
  const second = tally(page, /CNE second bulletin/);
  await second.getByRole("button", { name: /sources differ: Maduro's votes/ }).click();
  const alternatives = second.getByRole("group", { name: /Sources differ: Maduro's votes/ });
  await expect(alternatives).toBeFocused();
  await expect(alternatives.getByText("6,408,855", { exact: true })).toBeVisible();
  await checkA11y(page);
  await counts(page).screenshot({ path: "reports/screenshots/tallies-1280-cne-bulletins.png" });
});

test("on a 375 px phone the two counts stack, stay readable and nothing scrolls sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("./?source=cnn");
  const left = tally(page, /CNE second bulletin/);
  const right = tally(page, /83\.5/);
  await expect(right).toContainText("Highlighted for your selected sources: CNN is cited for it.");
  await scrollThrough(counts(page));
  await expect(counts(page).getByRole("application")).toHaveCount(3);
  const [a, b] = [await left.boundingBox(), await right.boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page);
  await counts(page).screenshot({ path: "reports/screenshots/tallies-375.png" });
});

test("in Spanish on a 360 px phone the counts panel reads in Spanish, stacks, and nothing scrolls sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("./?lang=es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const panel = page.getByRole("region", { name: "Los conteos" });
  // The labels are the data's Spanish ones.
  const left = panel.getByRole("region", { name: labelled("cne-2024-08-02", "es") });
  const right = panel.getByRole("region", { name: labelled("opposition-83-5", "es") });
  await expect(left).toHaveAccessibleName(/, 2 de agosto de 2024$/);
  await expect(left.getByText("6.408.844", { exact: true })).toBeVisible();
  await expect(left.getByRole("row", { name: /Nicolás Maduro/ })).toContainText(/51,95\s?%/);
  await expect(left.getByText("96,87% de las actas")).toBeVisible();
  await expect(right.getByText("7.303.480", { exact: true })).toBeVisible();
  await expect(panel.getByRole("combobox", { name: "Conteo de la izquierda" })).toBeVisible();
  const difference = panel.getByRole("region", { name: "La diferencia entre los dos conteos" });
  await expect(difference).toContainText("registra 1.977.376 votos más que");
  await scrollThrough(panel);
  await expect(panel.getByRole("application", { name: /^Votos por candidato/ })).toHaveCount(2);
  await expect(difference.getByRole("application")).toBeVisible();
  const [a, b] = [await left.boundingBox(), await right.boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page);
  await panel.screenshot({ path: "reports/screenshots/tallies-es-360.png" });
});

test("on a phone the charts' code loads only when the counts come near the screen", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const chartCode: string[] = [];
  page.on("request", (request) => {
    if (/\/assets\/tally-chart-[^/]*\.js$/.test(request.url())) chartCode.push(request.url());
  });
  await page.goto("./?asof=2024-08-07");
  // The counts' figures are there (in their tables) while the charts wait below the screen.
  await expect(tally(page, /CNE second bulletin/).getByText("6,408,844")).toBeAttached();
  await expect(page.getByRole("list", { name: "Timeline" })).toBeAttached();
  expect(chartCode).toEqual([]);
  await expect(counts(page).getByRole("application")).toHaveCount(0);

  await counts(page).getByRole("heading", { name: "The counts" }).scrollIntoViewIfNeeded();
  await expect(
    counts(page)
      .getByRole("application", { name: /^Votes per candidate/ })
      .first(),
  ).toBeVisible();
  expect(chartCode).toHaveLength(1);
});
