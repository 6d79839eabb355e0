import { checkA11y, expect, test } from "./fixtures";

const worldMap = (page: import("@playwright/test").Page) =>
  page.getByRole("group", { name: "World map of recognition stances" });

test("the map colours and names Peru by its stance on two dates", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  const peru = worldMap(page).getByRole("button", { name: "Peru: Recognizes González" });
  await expect(peru).toBeVisible();
  const fill = await peru.evaluate((el) => getComputedStyle(el).fill);
  expect(fill).toBe("rgb(0, 114, 178)");
  await expect(
    worldMap(page).getByRole("button", {
      name: /^France: Rejects the CNE result \(via the European Union\)$/,
    }),
  ).toBeVisible();

  await page.goto("./?asof=2024-10-01");
  await expect(worldMap(page).getByRole("button", { name: "Peru: Asks for the tally sheets" })).toBeVisible();
  await checkA11y(page);
});

test("selecting a country by click and by keyboard opens its sourced history; Back undoes it", async ({
  page,
}) => {
  await page.goto("./?asof=2024-10-01");
  await worldMap(page).getByRole("button", { name: "Peru: Asks for the tally sheets" }).click();
  const details = page.getByRole("region", { name: "Peru", exact: true });
  await expect(details).toBeVisible();
  await expect(page).toHaveURL(/country=PER/);
  const link = details.getByRole("link", { name: /Peru recognizes González as president-elect/ });
  await expect(link).toHaveAttribute("href", /^https:\/\/pledgetimes\.com\//);
  await expect(link).toHaveAttribute("target", "_blank");

  const mexico = worldMap(page).getByRole("button", { name: "Mexico: Asks for the tally sheets" });
  await mexico.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Mexico", exact: true })).toBeVisible();
  await expect(page).toHaveURL(/country=MEX/);
  await checkA11y(page);

  await page.goBack();
  await expect(page).toHaveURL(/country=PER/);
  await expect(page.getByRole("region", { name: "Peru", exact: true })).toBeVisible();
});

test("the legend filters by stance and the date control steps between changes", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  await page.getByRole("button", { name: /^Recognizes Maduro · / }).click();
  await expect(page).toHaveURL(/stance=recognizes-maduro/);
  await expect(worldMap(page).getByRole("button", { name: "Peru: Recognizes González" })).toHaveCount(0);
  await expect(worldMap(page).getByRole("button", { name: "Russia: Recognizes Maduro" })).toBeVisible();

  const slider = page.getByRole("slider", { name: /Stances as of/ });
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/asof=2024-08-0[1-6]/);
  await page.getByRole("button", { name: "Next change" }).click();
  await expect(page).toHaveURL(/asof=2024-08-07/);
  await page.goBack();
  await expect(page).toHaveURL(/asof=2024-08-0[1-6]/);
});

test("the map fits a phone and a desktop without sideways scrolling", async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./?asof=2024-08-07&country=PER");
    await expect(worldMap(page).getByRole("button", { name: "Peru: Recognizes González" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page
      .getByRole("region", { name: "Recognition" })
      .screenshot({ path: `reports/screenshots/map-${width}.png` });
  }
});

test("on a phone a tap opens the details as a bottom sheet and a tap on the sea closes it", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto("./?asof=2024-08-07");
  await worldMap(page).getByRole("button", { name: "Brazil: Asks for the tally sheets" }).tap();
  const details = page.getByRole("region", { name: "Brazil", exact: true });
  await expect(details).toBeVisible();
  expect(await details.evaluate((el) => getComputedStyle(el.parentElement as Element).position)).toBe(
    "fixed",
  );
  // …and it sits at the bottom of the screen, not of its panel (a containing block such as
  // content-visibility's containment would carry it away, below the fold).
  const sheet = await details.evaluate((el) =>
    (el.parentElement as Element).getBoundingClientRect().toJSON(),
  );
  expect(sheet.bottom).toBeCloseTo(780, 0);
  expect(sheet.top).toBeGreaterThan(0);
  await page.screenshot({ path: "reports/screenshots/map-sheet-360.png" });
  const box = await worldMap(page).boundingBox();
  if (!box) throw new Error("the map has no box");
  // The North Pacific, away from any country and above the sheet.
  await page.touchscreen.tap(box.x + box.width * 0.04, box.y + box.height * 0.3);
  await expect(details).toBeHidden();
  await expect(page).not.toHaveURL(/country=/);
  await context.close();
});
