import { checkA11y, expect, test } from "./fixtures";

test("the built site shows the article's figures, with no error and no request elsewhere", async ({
  page,
}) => {
  await page.goto("./");
  const cne = page.getByRole("region", { name: /CNE.*2 Aug 2024/ });
  await expect(cne.getByText("6,408,844")).toBeVisible();
  await expect(cne.getByText("51.95%")).toBeVisible();
  await expect(cne.getByText("5,326,104")).toBeVisible();
  await expect(cne.getByText("43.18%")).toBeVisible();
  const opposition = page.getByRole("region", { name: /83\.5/ });
  await expect(opposition.getByText("7,303,480")).toBeVisible();
  await expect(opposition.getByText("3,316,142")).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" })).toBeVisible();
  await checkA11y(page);
  await page.screenshot({ path: "reports/screenshots/shell-desktop.png", fullPage: false });
});

test("a deep link opens the world as of that date", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  const table = page.getByRole("table", { name: /Stances as of 7 Aug 2024/ });
  await expect(table.getByRole("row", { name: /Peru/ })).toContainText("Recognizes González");
  await expect(page).toHaveURL(/\?asof=2024-08-07$/);
});

test("choosing tallies to compare goes into the URL, and Back restores the previous choice", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ })).toBeVisible();
  await page.getByRole("combobox", { name: "Left tally" }).selectOption("cne-2024-07-29");
  await expect(page).toHaveURL(/compare=cne-2024-07-29,opposition-83-5/);
  await expect(page.getByRole("region", { name: /29 Jul 2024/ }).getByText("5,150,092")).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).getByText("6,408,844")).toBeVisible();
});

test("a mangled link loads the dashboard, says what it ignored and corrects the address", async ({
  page,
}) => {
  await page.goto("./?country=BRA,%3Cscript%3Ealert(1)%3C/script%3E&asof=2099-01-01&zzz=1");
  const notice = page.getByRole("status", { name: /could not be used/ });
  await expect(notice).toContainText("<script>alert(1)</script>");
  await expect(notice).toContainText("2099-01-01");
  await expect(page).toHaveURL(/\?country=BRA$/);
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).getByText("6,408,844")).toBeVisible();
  await checkA11y(page);
});

test("on a phone the panels stack and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("./");
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).getByText("6,408,844")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "reports/screenshots/shell-phone.png", fullPage: false });
});

test("the dark theme and reduced motion keep every view readable (axe)", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark", reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("./?asof=2024-08-07&country=PER");
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).getByText("6,408,844")).toBeVisible();
  await expect(
    page
      .getByRole("group", { name: "World map of recognition stances" })
      .getByRole("button", { name: "Peru: Recognizes González" }),
  ).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(248, 250, 252)");
  await checkA11y(page);
  await page.screenshot({ path: "reports/screenshots/shell-dark.png" });
  await context.close();
});
