/** The key figures at the top (issue 16): inside the first screen, following the view, linking to their panels. */
import type { Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";

const keyFigures = (page: Page, name = "Key figures") => page.getByRole("region", { name, exact: true });

for (const [width, height] of [
  [360, 780],
  [1280, 800],
] as const) {
  for (const lang of ["en", "es"] as const) {
    test(`at ${width}×${height} in ${lang === "en" ? "English" : "Spanish"} the key figures are inside the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(lang === "es" ? "./?lang=es" : "./");
      const region = keyFigures(page, lang === "es" ? "Cifras clave" : "Key figures");
      await expect(region).toContainText(lang === "es" ? "6.408.844" : "6,408,844");
      await expect(region).toContainText(lang === "es" ? "7.303.480" : "7,303,480");
      await expect(region.getByText(/^\d+$/).first()).toBeVisible();
      const box = await region.boundingBox();
      expect(box, "the key figures have a box").not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.screenshot({ path: `reports/screenshots/key-figures-${width}-${lang}.png` });
    });
  }
}

for (const width of [360, 1280]) {
  test(`at ${width} px the key figures hold their room while their files load: nothing below moves`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/(tallies|stances|disagreements)\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("./");
    const region = keyFigures(page);
    await expect(region).toBeVisible();
    const before = await region.boundingBox();
    release();
    await expect(region).toContainText("6,408,844");
    await expect(region.getByText(/^\d+$/).first()).toBeVisible();
    expect((await region.boundingBox())?.height).toBe(before?.height);
  });
}

test("the key figures follow ?asof= and ?compare=, and say what the legend says", async ({ page }) => {
  await page.goto("./?asof=2026-03-15&compare=cne-2024-07-29,ap-review");
  const region = keyFigures(page);
  await expect(region).toContainText("5,150,092");
  await expect(region).toContainText("6,890,000");
  await expect(region).not.toContainText("6,408,844");
  const interim = region.getByRole("listitem").filter({ hasText: /recognizes the interim government$/ });
  await expect(interim).toContainText(/^\d+ countr(?:y|ies) recognizes? the interim government$/);
  const count = /^(\d+)/.exec((await interim.textContent()) ?? "")?.[1];
  await expect(
    page.getByRole("button", { name: new RegExp(`^Recognizes the interim government · ${count} countr`) }),
  ).toBeVisible();
  await checkA11y(page);
});

test("a key figure's link moves focus to its panel", async ({ page }) => {
  await page.goto("./");
  await keyFigures(page).getByRole("link", { name: "The counts" }).first().click();
  await expect(page.getByRole("heading", { name: "The counts", level: 2 })).toBeFocused();
  await expect(page.getByRole("heading", { name: "The counts", level: 2 })).toBeInViewport();
  await expect(page).toHaveURL(/\/$/); // no #anchor: Back still steps through the reader's choices
});

/**
 * Issue 16's goal for the page's length, per part, as the dataset grows: everything before the
 * timeline's first entry is at most 12 screens on a 360×780 phone and 7 on a 1280×800 desktop,
 * measured after scrolling through the page as a reader does (the panels below the fold are
 * drawn, and take their size, only as they come near).
 */
for (const [width, height, screens] of [
  [360, 780, 12],
  [1280, 800, 7],
] as const) {
  for (const lang of ["en", "es"] as const) {
    test(`at ${width}×${height} in ${lang === "en" ? "English" : "Spanish"} everything before the timeline's entries is at most ${screens} screens`, async ({
      page,
    }) => {
      test.slow(); // a scroll through the page, half a screen at a time
      await page.setViewportSize({ width, height });
      await page.goto(lang === "es" ? "./?lang=es" : "./");
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      const name = lang === "es" ? "Cronología" : "Timeline";
      // The timeline's section is measured, not its list: the browser skips the contents of a
      // section off screen (content-visibility), and a position read inside it can be stale.
      const reached = () =>
        page.evaluate(() => {
          const top = document
            .querySelector('section[aria-labelledby="timeline-heading"]')
            ?.getBoundingClientRect().top;
          return top !== undefined && top < window.innerHeight;
        });
      for (let step = 0; step < 80 && !(await reached()); step++) {
        await page.mouse.wheel(0, height / 2);
        await page.waitForTimeout(400); // the tally sheets wait 300 ms near the screen before they load
      }
      const list = page.getByRole("list", { name, exact: true });
      await list.scrollIntoViewIfNeeded();
      await expect(list).toBeInViewport();
      await page.waitForLoadState("networkidle");
      await expect(
        page.getByRole("table", { name: /^(States of Venezuela|Estados de Venezuela)/ }),
      ).toBeAttached();
      // Read once nothing above it moves any more.
      const offset = () =>
        list.evaluate((element) => Math.round(element.getBoundingClientRect().top + window.scrollY));
      let previous = Number.NaN;
      await expect
        .poll(
          async () => {
            const now = await offset();
            const settled = now === previous;
            previous = now;
            return settled;
          },
          { intervals: [300] },
        )
        .toBe(true);
      const top = previous;
      expect(top, `${top} px before the first entry`).toBeLessThanOrEqual(screens * height);
    });
  }
}
