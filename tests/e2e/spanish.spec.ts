/**
 * The Spanish page shows no interface string in English. Data text (titles, summaries,
 * quotes, source names) is content in the language the sources used and is not checked.
 */
import { en as enCatalog } from "../../src/i18n/catalog";
import { es as esCatalog } from "../../src/i18n/catalog-es";
import { checkA11y, expect, expectConsoleErrors, test } from "./fixtures";

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
const ENGLISH = pairs(enCatalog as unknown as Tree, esCatalog as unknown as Tree)
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
    // The map's shape (the table row below has the same name).
    await expect(
      page
        .getByRole("group", { name: /^Mapa mundial/ })
        .getByRole("button", { name: "Perú: Reconoce a González" }),
    ).toBeVisible();
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

test("without the Spanish text (a network error) the page is in English, says so, and loads it when Español is chosen again", async ({
  page,
}) => {
  // The Spanish catalog is its own chunk, loaded only for Spanish readers.
  const chunk = "**/assets/catalog-es-*.js";
  await page.route(chunk, (route) => route.abort());
  const withdraw = expectConsoleErrors(page, /Failed to load resource/, { url: /catalog-es/ });
  await page.goto("./?lang=es&asof=2024-08-07");
  await expect(
    page.getByRole("alert").filter({ hasText: "The Spanish text could not be loaded" }),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page
      .getByRole("group", { name: /^World map/ })
      .getByRole("button", { name: "Peru: Recognizes González" }),
  ).toBeVisible();

  await page.unroute(chunk);
  withdraw();
  // The address already asks for Spanish; choosing it again tries the catalog once more.
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(
    page
      .getByRole("group", { name: /^Mapa mundial/ })
      .getByRole("button", { name: "Perú: Reconoce a González" }),
  ).toBeVisible();
  await expect(page.getByText("The Spanish text could not be loaded")).toHaveCount(0);
});
