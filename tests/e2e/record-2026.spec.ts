/**
 * The record brought up to 2026 (issue 14): the fifth stance, changes of stance after 2024, and
 * a last statement from before Maduro's capture marked as such on later dates.
 */
import { checkA11y, expect, test } from "./fixtures";

const worldMap = (page: import("@playwright/test").Page) =>
  page.getByRole("group", { name: "World map of recognition stances" });

test("in March 2026 the United States recognises the interim government, in its own colour and words", async ({
  page,
}) => {
  await page.goto("./?asof=2026-03-15");
  const usa = worldMap(page).getByRole("button", {
    name: "United States: Recognizes the interim government",
  });
  await expect(usa).toBeVisible();
  expect(await usa.evaluate((el) => getComputedStyle(el).fill)).toBe("rgb(153, 51, 255)");
  await expect(
    page.getByRole("button", { name: /^Recognizes the interim government · 1 country/ }),
  ).toBeVisible();
  // Peru's last statement is from January 2025: kept, and said to be from before the capture.
  await expect(page.locator("#map-summary")).toContainText(
    "the last statement before Maduro's capture on 3 January 2026",
  );

  await usa.click();
  const details = page.getByRole("region", { name: "United States", exact: true });
  await expect(details).toContainText("Recognizes the interim government");
  const history = details.getByRole("list", { name: "Stance history of United States" });
  await expect(history).toContainText("Recognizes González");
  await expect(history).toContainText("Recognizes the interim government");
  await checkA11y(page);

  // On 2 January 2026 the same map still shows the United States recognising González.
  await page.goto("./?asof=2026-01-02");
  await expect(
    worldMap(page).getByRole("button", { name: "United States: Recognizes González" }),
  ).toBeVisible();
});

test("Italy recognises González from 20 November 2024, not the day before", async ({ page }) => {
  await page.goto("./?asof=2024-11-19");
  await expect(
    worldMap(page).getByRole("button", { name: /^Italy: Asks for the tally sheets/ }),
  ).toBeVisible();
  await page.goto("./?asof=2024-11-20&country=ITA");
  await expect(worldMap(page).getByRole("button", { name: "Italy: Recognizes González" })).toBeVisible();
  const details = page.getByRole("region", { name: "Italy", exact: true });
  await expect(details).toContainText("since 20 Nov 2024");
  await expect(details).toContainText("Giorgia Meloni");
});

test("Peru's history shows its recognition, its withdrawal and its later recognition", async ({ page }) => {
  await page.goto("./?country=PER&asof=2025-02-01");
  const details = page.getByRole("region", { name: "Peru", exact: true });
  const history = details.getByRole("list", { name: "Stance history of Peru" });
  // The history's own entries (each holds a list of its sources, whose items are list items too).
  const items = history.locator(":scope > li");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("30 Jul 2024 · Recognizes González");
  await expect(items.nth(1)).toContainText(/5 Sept? 2024 · Asks for the tally sheets/);
  await expect(items.nth(2)).toContainText("7 Jan 2025 · Recognizes González");
  await expect(worldMap(page).getByRole("button", { name: "Peru: Recognizes González" })).toBeVisible();
  await checkA11y(page);
});

test("figures repeated over time keep each value with who counted it", async ({ page }) => {
  await page.goto("./?lang=en");
  const section = page.getByRole("region", { name: "Figures over time" });
  await section.scrollIntoViewIfNeeded();
  await section.locator("summary", { hasText: "Deaths in the post-election protests" }).click();
  const values = section.getByRole("list", { name: "Deaths in the post-election protests" });
  await expect(values.locator(":scope > li")).toHaveCount(4);
  await expect(values.locator(":scope > li").first()).toContainText("at least 11");
  await expect(values.locator(":scope > li").first()).toContainText("Counted by Public Ministry");
  await expect(values).toContainText("23");
  await checkA11y(page, "#figure-series");
});
