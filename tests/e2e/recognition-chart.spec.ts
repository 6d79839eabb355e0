/**
 * The recognition chart beside the date control (issue 16): choosing a step moves the map there
 * and Back undoes it, by pointer and by keyboard; it is one tab stop, axe-clean, compact on a
 * phone, and drawn into the map's picture.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";

const PANEL = 'section[aria-labelledby="recognition-heading"]';
const chart = (page: Page) =>
  page.getByRole("toolbar", { name: /^Countries by stance \(this page's count; full height: \d+\)$/ });
const peru = (page: Page, stance: string) =>
  page
    .getByRole("group", { name: "World map of recognition stances" })
    .getByRole("button", { name: `Peru: ${stance}` });
const slider = (page: Page) => page.getByRole("slider", { name: /Stances as of/ });

test("choosing a date on the recognition chart changes the map and Back undoes it", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  await expect(peru(page, "Recognizes González")).toBeVisible();
  // Peru withdrew its recognition of González on 5 September 2024.
  await chart(page)
    .getByRole("button", { name: /^On 5 Sept 2024: / })
    .click();
  await expect(page).toHaveURL(/asof=2024-09-05/);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "5 Sept 2024");
  await expect(peru(page, "Asks for the tally sheets")).toBeVisible();
  await expect(chart(page).getByRole("button", { name: /^On 5 Sept 2024: / })).toHaveAttribute(
    "aria-current",
    "date",
  );

  await page.goBack();
  await expect(page).toHaveURL(/asof=2024-08-07/);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "7 Aug 2024");
  await expect(peru(page, "Recognizes González")).toBeVisible();
});

test("the keyboard reaches every change in one tab stop and chooses one with Enter", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  await expect(chart(page)).toBeVisible();
  const steps = chart(page).getByRole("button");
  const count = await steps.count();
  expect(count).toBeGreaterThan(10);
  await page.getByRole("button", { name: "Show as a table" }).focus();
  await page.keyboard.press("Tab");
  const current = chart(page).locator('[aria-current="date"]');
  await expect(current).toBeFocused();
  const start = await steps.evaluateAll((all) => all.findIndex((b) => b === document.activeElement));

  // Home, then every step in turn with the right arrow: each change can be reached.
  await page.keyboard.press("Home");
  await expect(steps.first()).toBeFocused();
  for (let i = 1; i < count; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(steps.nth(i)).toBeFocused();
  }
  await expect(page).toHaveURL(/asof=2024-08-07/); // moving reads; it does not choose

  // Two steps on from 7 August, and Enter.
  await page.keyboard.press("Home");
  for (let i = 0; i < start + 2; i++) await page.keyboard.press("ArrowRight");
  const chosen = steps.nth(start + 2);
  const name = (await chosen.getAttribute("aria-label")) ?? "";
  const date = /^On (.+?):/.exec(name)?.[1] ?? "";
  // The step under the cursor is outlined, and its counts are written beside it.
  await expect(page.getByText(`${name} Enter or a click shows the map on this date.`)).toBeVisible();
  await checkA11y(page, PANEL);
  await page.keyboard.press("Enter");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", date);
  await expect(page).not.toHaveURL(/asof=2024-08-07/);
  await expect(chosen).toHaveAttribute("aria-current", "date");

  // One tab stop: the next Tab leaves the chart.
  await page.keyboard.press("Tab");
  await expect(chart(page).locator(":focus")).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/asof=2024-08-07/);
});

test("the chart follows the legend's filter, opens as a table and passes axe", async ({ page }) => {
  await page.goto("./?asof=2024-08-07&stance=recognizes-maduro");
  await expect(chart(page).getByRole("button").first()).toHaveAccessibleName(/recognizes? Maduro\.$/);
  await page.getByRole("button", { name: "Show as a table" }).click();
  const table = page.getByRole("table", { name: /^Countries holding each stance/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Since", "Recognizes Maduro"]);
  await expect(page.getByText(/^This page's count of the recorded statements/)).toBeVisible();
  await checkA11y(page, PANEL);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`on a 360 px phone (${colorScheme}) the chart stays low and fits the width`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, colorScheme });
    const page = await context.newPage();
    await page.goto("./?lang=es");
    const toolbar = page.getByRole("toolbar", { name: /^Países por posición/ });
    await expect(toolbar).toBeVisible();
    // The title row, the plot and the years: the chart's whole block.
    const block = await toolbar.evaluate((el) =>
      el.parentElement?.parentElement?.getBoundingClientRect().toJSON(),
    );
    expect(block.height).toBeLessThanOrEqual(140);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // Open, the table (five stances wide) scrolls in its own box: the page does not.
    await page.getByRole("button", { name: "Ver como tabla" }).click();
    await expect(page.getByRole("region", { name: /^Países con cada posición/ })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await toolbar.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `reports/screenshots/recognition-chart-360-${colorScheme}.png` });
    await checkA11y(page, PANEL);
    await context.close();
  });
}

test("the map's picture carries the chart", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  await expect(chart(page)).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("group", { name: "Download the map" })
      .getByRole("button", { name: "Download SVG" })
      .click(),
  ]);
  const svg = readFileSync(await file.path(), "utf8");
  expect(svg).toMatch(
    /Countries holding each stance .*as this page counts the recorded statements \(full height: \d+\)/,
  );
  // The chart's own box: one band per stance in its colour, then the map's date.
  const plot = /<svg x="20" y="\d+" width="800" height="80" overflow="visible">([\s\S]*?)<\/svg>/.exec(
    svg,
  )?.[1];
  expect(plot).toBeDefined();
  expect(plot?.match(/<path /g)).toHaveLength(5);
  expect(plot).toContain('fill="#0072b2"');
  expect(svg).not.toContain("var(--");
});
