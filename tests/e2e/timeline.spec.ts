import type { Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";

const timeline = (page: Page) => page.getByRole("list", { name: "Timeline" });
const entry = (page: Page, name: string | RegExp) => timeline(page).getByRole("listitem", { name });
const mapDate = (page: Page) => page.getByText(/^Who recognised whom, as of /);

/**
 * axe once every lazy chunk has arrived: a panel's pulsing "Loading…" placeholder, caught
 * mid-fade, fails the colour-contrast rule at random.
 */
async function checkA11ySettled(page: Page) {
  await page.waitForLoadState("networkidle");
  await checkA11y(page);
}

/** Presses "Show … more" until every entry is listed. */
async function showEveryEntry(page: Page) {
  const more = page.getByRole("button", { name: /^Show \d+ more/ });
  while (await more.count()) await more.click();
}

test("the full timeline, grouped by month, every entry open, passes axe", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText(/^Showing all \d+ entries\.$/)).toBeVisible();
  await expect(entry(page, "Presidential election held")).toBeVisible();
  await showEveryEntry(page);
  await page.getByRole("button", { name: "Open all entries" }).click();
  await expect(page.getByRole("button", { name: /^Details: / })).toHaveCount(0);
  await expect(entry(page, "Maduro reported captured by US forces")).toContainText(
    "Reported only by aggregators",
  );
  await expect(timeline(page).getByRole("heading", { name: "August 2024", exact: true })).toBeVisible();
  await checkA11ySettled(page);
  await page.getByRole("heading", { name: "What happened" }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "reports/screenshots/timeline-1280.png" });
});

test("filter by country and by source through the pickers; Back restores the previous filter", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("combobox", { name: "Country or organisation" }).pressSequentially("bra");
  await page.getByRole("option", { name: /^Brazil \d+ entr/ }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\?country=BRA$/);
  await expect(entry(page, "Lula says he still does not recognise Maduro")).toBeVisible();
  await expect(entry(page, "Presidential election held")).toHaveCount(0);

  const source = page.getByRole("combobox", { name: "Source" });
  await source.pressSequentially("folh");
  const news = page.getByRole("group", { name: "News outlets" });
  await news.getByRole("option", { name: /^Folha de S\.Paulo \d+ entr/ }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\?country=BRA&source=folha$/);
  await expect(entry(page, "Brazil: Asks for the tally sheets")).toHaveCount(1);
  await checkA11ySettled(page);

  await page.goBack();
  await expect(page).toHaveURL(/\?country=BRA$/);
  await expect(page.getByRole("list", { name: "Chosen sources" })).toHaveCount(0);
  await expect(entry(page, "Lula says he still does not recognise Maduro")).toBeVisible();
});

test("?source=the-economist shows the Economist's report of the US offer and not the TSJ ruling", async ({
  page,
}) => {
  await page.goto("./?source=the-economist");
  await expect(entry(page, "The Economist reports a US offer to Maduro")).toBeVisible();
  await expect(entry(page, /TSJ gives the CNE three days/)).toHaveCount(0);
  // The map's source filter has a chip of its own; this one is the timeline's.
  const filters = page.getByRole("search", { name: "Timeline filters" });
  await expect(filters.getByRole("button", { name: "Remove The Economist" })).toBeVisible();
});

test("search narrows the list without adding history entries", async ({ page }) => {
  await page.goto("./?kind=legal");
  await page.getByRole("searchbox", { name: /Search/ }).pressSequentially("gonzalez");
  await expect(page).toHaveURL(/\?kind=legal&q=gonzalez$/);
  await expect(entry(page, "Arrest warrant issued for González")).toBeVisible();
  await expect(entry(page, "TSJ validates the CNE result")).toHaveCount(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=legal/);
});

test("selecting an entry highlights it and the map follows its date", async ({ page }) => {
  await page.goto("./");
  await expect(mapDate(page)).toBeVisible();
  const button = timeline(page).getByRole("button", {
    name: "Venezuela breaks diplomatic relations with Peru",
    exact: true,
  });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?event=venezuela-breaks-with-peru$/);
  await expect(entry(page, "Venezuela breaks diplomatic relations with Peru")).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(mapDate(page)).toHaveText("Who recognised whom, as of 30 Jul 2024.");
  await page.screenshot({ path: "reports/screenshots/timeline-1280-selected.png" });
  // Lula's words of 15 August are past the first 50 entries.
  await showEveryEntry(page);
  await timeline(page)
    .getByRole("button", { name: "Lula says he still does not recognise Maduro", exact: true })
    .click();
  await expect(mapDate(page)).toHaveText("Who recognised whom, as of 15 Aug 2024.");
  await page.goBack();
  await expect(mapDate(page)).toHaveText("Who recognised whom, as of 30 Jul 2024.");
});

test("a deep link opens the selected entry, scrolled to it", async ({ page }) => {
  await page.goto("./?event=maduro-sworn-in");
  const sworn = entry(page, "Maduro sworn in for a third term");
  await expect(sworn).toHaveAttribute("aria-current", "true");
  await expect(
    sworn.getByRole("button", { name: "Maduro sworn in for a third term", exact: true }),
  ).toBeInViewport();
  // Open: its sources are on screen, though the entry lies past the first 50.
  await expect(sworn.getByRole("list", { name: "Sources" })).toBeVisible();
  await expect(
    sworn.getByRole("button", { name: "Hide details: Maduro sworn in for a third term" }),
  ).toHaveAttribute("aria-expanded", "true");
  await expect(mapDate(page)).toHaveText("Who recognised whom, as of 10 Jan 2025.");
});

test("an empty result names its filters and clears them", async ({ page }) => {
  await page.goto("./?country=PER&q=no-such-words");
  const inUse = page.getByRole("list", { name: "Filters in use" });
  await expect(inUse.getByRole("button", { name: "Remove the filter country: Peru" })).toBeVisible();
  await expect(inUse.getByRole("button", { name: /Remove the filter search/ })).toBeVisible();
  await checkA11ySettled(page);
  await page.getByRole("button", { name: "Clear the timeline filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(/^Showing all \d+ entries\.$/)).toBeVisible();
});

test("on a phone the timeline fits the width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("./?event=economist-whatever-he-wants");
  await expect(entry(page, "The Economist reports a US offer to Maduro")).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "reports/screenshots/timeline-375.png" });
  await page.getByRole("heading", { name: "What happened" }).evaluate((h) => h.scrollIntoView());
  // On a phone the filters sit in a drawer behind one button.
  const drawer = page.getByRole("button", { name: "Filters", exact: true });
  await expect(drawer).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("combobox", { name: "Source" })).toBeHidden();
  await drawer.click();
  await page.getByRole("combobox", { name: "Source" }).pressSequentially("a");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.screenshot({ path: "reports/screenshots/timeline-375-picker.png" });
});

test("in Spanish on a 360 px phone: filter by country through the picker, no sideways scroll, axe", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("./?lang=es");
  const cronologia = page.getByRole("list", { name: "Cronología" });
  await expect(page.getByText(/^Se muestran las \d+ entradas\.$/)).toBeVisible();
  await expect(cronologia.getByRole("heading", { name: /^agosto de 2024$/i })).toBeVisible();
  // The first 50 entries: Peru's recognition of July 2024, not yet the one of January 2025.
  await expect(cronologia.getByRole("listitem", { name: "Perú: Reconoce a González" })).toHaveCount(1);

  await page.getByRole("button", { name: "Filtros", exact: true }).click();
  const filters = page.getByRole("search", { name: "Filtros de la cronología" });
  await filters.evaluate((f) => f.scrollIntoView());
  await filters.getByRole("combobox", { name: "País u organismo" }).pressSequentially("Per");
  await page.getByRole("option", { name: /^Perú \d+ entradas$/ }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]country=PER(&|$)/);
  await expect(page).toHaveURL(/[?&]lang=es(&|$)/);
  await expect(page.getByText(/^Se muestran \d+ entradas de \d+\.$/)).toBeVisible();
  // Peru recognised González twice: in July 2024 and, after withdrawing it, in January 2025.
  await expect(cronologia.getByRole("listitem", { name: "Perú: Reconoce a González" })).toHaveCount(2);
  await expect(cronologia.getByRole("listitem", { name: "Presidential election held" })).toHaveCount(0);
  await expect(filters.getByRole("button", { name: "Quitar Perú" })).toBeVisible();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11ySettled(page);
  await page.getByRole("heading", { name: "Qué pasó" }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "reports/screenshots/timeline-es-360.png" });
  await page.getByText(/^Se muestran \d+ entradas de \d+\.$/).evaluate((p) => p.scrollIntoView());
  await page.screenshot({ path: "reports/screenshots/timeline-es-360-list.png" });
});

test("a closed entry opens and closes from the keyboard", async ({ page }) => {
  await page.goto("./");
  const held = entry(page, "Presidential election held");
  await expect(held).toBeVisible();
  await expect(held.getByRole("list", { name: "Sources" })).toHaveCount(0);
  const details = held.getByRole("button", { name: "Details: Presidential election held" });
  await details.focus();
  await page.keyboard.press("Enter");
  await expect(held.getByRole("list", { name: "Sources" })).toBeVisible();
  await expect(details).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(held.getByRole("list", { name: "Sources" })).toHaveCount(0);
  await expect(details).toBeFocused();
});

test("search finds words inside a closed entry's quote and shows the match open", async ({ page }) => {
  await page.goto("./");
  const offer = entry(page, "The Economist reports a US offer to Maduro");
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByText(/le daremos lo que quiera/)).toHaveCount(0);
  await page.getByRole("searchbox", { name: /Search/ }).fill("daremos lo que quiera");
  await expect(page).toHaveURL(/[?&]q=daremos/);
  await expect(offer.getByText(/le daremos lo que quiera/)).toBeVisible();
  await expect(timeline(page).getByRole("heading", { level: 4 })).toHaveCount(1);
});

for (const [width, most] of [
  [360, 90],
  [1280, 60],
] as const) {
  test(`at ${width} px a closed entry is at most ${most} px tall (median), and at most 50 entries come before Show more`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./");
    const list = timeline(page);
    await expect(list).toBeVisible();
    await list.evaluate((el) => el.scrollIntoView());
    await expect(page.getByRole("button", { name: /^Show \d+ more/ })).toBeVisible();
    const heights = await list
      .locator(":scope > li > ol > li")
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height).sort((a, b) => a - b));
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.length).toBeLessThanOrEqual(50);
    expect(heights[Math.floor(heights.length / 2)]).toBeLessThanOrEqual(most);
  });
}

test("the time axis jumps to a month past Show more, by pointer and by keyboard, and follows the filters", async ({
  page,
}) => {
  await page.goto("./");
  const axis = page.getByRole("toolbar", { name: "Jump to a month" });
  await expect(page.getByRole("button", { name: /^Show \d+ more/ })).toBeVisible();
  // March 2026 lies past the first 50 entries: the jump shows it, then moves focus to its heading.
  await expect(timeline(page).getByRole("heading", { name: "March 2026" })).toHaveCount(0);
  await axis.getByRole("button", { name: /^March 2026: \d+ entr/ }).click();
  const march = timeline(page).getByRole("heading", { name: "March 2026" });
  await expect(march).toBeFocused();
  await expect(march).toBeInViewport();
  // One tab stop: the month last chosen; the arrow keys move between months with entries.
  await page.getByRole("heading", { name: "What happened", level: 2 }).focus();
  await page.keyboard.press("Tab");
  let stops = 0;
  while (
    !(await axis.getByRole("button", { name: /^March 2026/ }).evaluate((b) => b === document.activeElement))
  ) {
    await page.keyboard.press("Tab");
    expect(++stops, "Tab reaches the axis").toBeLessThan(40);
  }
  await page.keyboard.press("Home");
  await expect(
    axis.getByRole("button", { name: /^July 2024: \d+ entries, \d+ of them stance statements$/ }),
  ).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(axis.getByRole("button", { name: /^August 2024/ })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect(timeline(page).getByRole("heading", { name: "May 2026" })).toBeFocused();
  // A filter changes the bars, not the months: with the stance filter, only stance statements are counted.
  await page.goto("./?stance=recognizes-maduro");
  await expect(axis.getByRole("button")).not.toHaveCount(0);
  for (const name of await axis
    .getByRole("button")
    .evaluateAll((all) => all.map((b) => b.getAttribute("aria-label") ?? ""))) {
    const [, entries, stances] = /: (\d+) entr\w+(?:, (\d+) of them)?/.exec(name) ?? [];
    expect(stances, name).toBe(entries);
  }
  await checkA11ySettled(page);
});
