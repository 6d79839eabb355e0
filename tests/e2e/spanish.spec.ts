/**
 * The Spanish page shows no interface string in English. Data text (titles, summaries,
 * quotes, source names) is content in the language the sources used and is not checked.
 */
import { catalogs } from "../../src/i18n/catalog";
import { checkA11y, expect, test } from "./fixtures";

type Tree = { [key: string]: unknown };
function pairs(en: Tree, es: Tree): [string, string][] {
  return Object.entries(en).flatMap(([key, value]) => {
    const other = es[key];
    if (typeof value === "string" && typeof other === "string") return [[value, other] as [string, string]];
    if (value && typeof value === "object" && other && typeof other === "object")
      return pairs(value as Tree, other as Tree);
    return [];
  });
}
// English interface phrases (three words or more, so that a word the English data text also
// uses, such as "government" in "Government of Peru", is not mistaken for interface text),
// and different from their Spanish version.
const ENGLISH = pairs(catalogs.en as unknown as Tree, catalogs.es as unknown as Tree)
  .filter(([en, es]) => en !== es && en.trim().split(/\s+/).length >= 3)
  .map(([en]) => en.trim());

for (const width of [360, 1280]) {
  test(`every view in Spanish at ${width} px has no English interface text and passes axe`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // axe over the whole page on a busy 2-core machine; a hang guard
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./?lang=es&asof=2024-08-07&country=PER");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("button", { name: "Perú: Reconoce a González" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Cronología" })).toBeVisible();
    const text = await page.evaluate(() => document.body.innerText);
    const found = ENGLISH.filter((english) => text.includes(english));
    expect(found).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `reports/screenshots/spanish-${width}.png` });
    await checkA11y(page);
  });
}
