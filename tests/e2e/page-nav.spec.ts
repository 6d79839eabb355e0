/** The page's navigation (issue 16): a bar in reach while scrolling, naming each panel and where the reader is. */
import type { Page } from "@playwright/test";
import { checkA11y, expect, expectConsoleErrors, test } from "./fixtures";

const nav = (page: Page, name = "Sections of the page") => page.getByRole("navigation", { name });
const PANELS = ["Recognition", "The counts", "The tally sheets", "What happened"];

/** The heading's top, and the bar's bottom, in the screen's coordinates. */
async function headingBelowBar(page: Page, heading: string) {
  const top = (await page.getByRole("heading", { name: heading, level: 2 }).boundingBox())?.y ?? -1;
  const bar = await nav(page).boundingBox();
  return { top, barBottom: (bar?.y ?? 0) + (bar?.height ?? 0) };
}

for (const width of [360, 1280]) {
  test(`at ${width} px each link of the navigation moves focus to its panel, below the bar, and marks it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Recognition", level: 2 })).toBeVisible();
    // Later panels first: each jump passes panels the browser had skipped, which grow above it.
    for (const name of [...PANELS].reverse()) {
      await nav(page).getByRole("link", { name }).click();
      const heading = page.getByRole("heading", { name, level: 2 });
      await expect(heading).toBeFocused();
      await expect(nav(page).getByRole("link", { name })).toHaveAttribute("aria-current", "location");
      await expect(nav(page).locator("[aria-current]")).toHaveCount(1);
      // The panels above take their size within the jump's settling; the heading must end on screen.
      await expect(heading).toBeInViewport();
      // Not under the bar, wherever it is (on a phone it slides away on the way down and back on the way up).
      await expect
        .poll(async () => {
          const { top, barBottom } = await headingBelowBar(page, name);
          return top >= Math.max(barBottom, 0);
        })
        .toBe(true);
    }
    await expect(page).toHaveURL(/\/$/); // no #anchor: Back still steps through the reader's choices
  });
}

test("the navigation is reached by keyboard and stays at the top while scrolling", async ({ page }) => {
  await page.goto("./?lang=es");
  const bar = nav(page, "Secciones de la página");
  await expect(bar.getByRole("link")).toHaveText(["Reconocimiento", "Los conteos", "Las actas", "Qué pasó"]);
  await bar.getByRole("link", { name: "Reconocimiento" }).focus();
  await page.keyboard.press("Tab");
  await expect(bar.getByRole("link", { name: "Los conteos" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Los conteos", level: 2 })).toBeFocused();
  await page.mouse.wheel(0, 1500);
  await expect.poll(async () => (await bar.boundingBox())?.y).toBe(0);
  await expect(bar).toBeInViewport();
  await checkA11y(page);
});

test("on a phone the bar steps aside while the reader scrolls down and comes back on the way up", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Recognition", level: 2 })).toBeVisible();
  const bar = nav(page);
  await page.mouse.wheel(0, 1500);
  await expect(bar).not.toBeInViewport();
  await page.mouse.wheel(0, -300);
  await expect(bar).toBeInViewport();
  await expect.poll(async () => (await bar.boundingBox())?.y).toBe(0);
  // Scrolled down again, the keyboard brings it back.
  await page.mouse.wheel(0, 1500);
  await expect(bar).not.toBeInViewport();
  await bar.getByRole("link", { name: "What happened" }).focus();
  await expect(bar).toBeInViewport();
});

test("without the navigation's code (its file failed to arrive), the page works and says nothing of it", async ({
  page,
}) => {
  expectConsoleErrors(page, /page-nav|dynamically imported module|Failed to load resource/);
  await page.route(/\/assets\/page-nav-[^/]+\.js$/, (route) => route.abort());
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Recognition", level: 2 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Key figures", exact: true })).toContainText("6,408,844");
  await expect(page.getByRole("heading", { name: "What happened", level: 2 })).toBeAttached();
  await expect(page.getByRole("navigation", { name: "Sections of the page" })).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a panel a jump went past waits above the reader, and is drawn when the reader scrolls back up to it, holding their place", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Recognition", level: 2 })).toBeVisible();
  await nav(page).getByRole("link", { name: "What happened" }).click();
  const heading = page.getByRole("heading", { name: "What happened", level: 2 });
  await expect(heading).toBeFocused();
  const stateMap = page
    .getByRole("region", { name: "The tally sheets", exact: true })
    .getByRole("group", { name: /margin over Maduro on the tally sheets, by state/ });
  // The foot of the tally sheets' held room is on screen, under the bar; drawn there, the panel
  // would grow above the reader. Longer than the panel's wait (300 ms) and its code's arrival:
  await page.waitForTimeout(1500);
  await expect(stateMap).toHaveCount(0);

  await page.mouse.wheel(0, -300);
  let before = -1;
  await expect
    .poll(async () => {
      const [last, now] = [before, (await heading.boundingBox())?.y ?? -1];
      before = now;
      return now > 0 && now === last;
    })
    .toBe(true);
  await expect(stateMap).toBeAttached();
  // Grown above the reader, by about a screen, and what they were reading has not moved.
  await expect.poll(async () => Math.abs(((await heading.boundingBox())?.y ?? -1) - before)).toBeLessThan(1);
});
