/**
 * The Spanish page shows no interface string in English, and none of the texts the project
 * wrote in the data ({ en, es } since schemaVersion 2) in English either. Quotes and headlines
 * stay in the language they were published in and are not checked.
 */
import { readdirSync, readFileSync } from "node:fs";
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

/** Every { en, es } text of the bundled data whose English differs from its Spanish. */
function dataTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dataTexts);
  if (!value || typeof value !== "object") return [];
  const record = value as Tree;
  if (typeof record.en === "string" && typeof record.es === "string" && Object.keys(record).length === 2)
    return record.en !== record.es && record.en.trim().split(/\s+/).length >= 2 ? [record.en] : [];
  return Object.values(record).flatMap(dataTexts);
}
const DATA_ENGLISH = [
  ...new Set(
    readdirSync("public/data")
      .filter((file) => file.endsWith(".json"))
      .flatMap((file) => dataTexts(JSON.parse(readFileSync(`public/data/${file}`, "utf8")))),
  ),
];

/**
 * The page's text without what stays as published: quotes (each in its own language) and
 * headlines (the links to the cited pages); and without the English shell, hidden by <html lang>.
 * This site's translations of quotes stay in: on the Spanish page they are Spanish.
 * textContent, not innerText: what is folded away (sources, series, notes) counts too.
 */
function projectText() {
  const body = document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('blockquote, a[target="_blank"], .shell-en, noscript').forEach((e) => e.remove());
  // Names and tooltips a reader hears or sees on hover count as much as the text.
  const attributes = [...body.querySelectorAll("[aria-label], [data-tip], [title]")].map((e) =>
    ["aria-label", "data-tip", "title"].map((name) => e.getAttribute(name) ?? "").join(" "),
  );
  return `${body.textContent ?? ""} ${attributes.join(" ")} ${document.title}`;
}

test("on ?lang=es no text the project wrote in the data is shown in English, in any panel", async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(DATA_ENGLISH.length).toBeGreaterThan(300);
  // The whole timeline (every entry, not only its first page, each open), the counts and the figures.
  await page.goto("./?lang=es&asof=2026-03-15");
  await expect(page.getByRole("list", { name: "Cronología" })).toBeVisible();
  const more = page.getByRole("button", { name: /^Mostrar \d+ más/ });
  while (await more.count()) await more.click();
  await page.getByRole("button", { name: "Abrir todas las entradas" }).click();
  await expect(page.getByRole("button", { name: /^Detalles: / })).toHaveCount(0);
  let text = await page.evaluate(projectText);
  expect(text).toContain(JSON.parse(readFileSync("public/data/events.json", "utf8")).events[0].title.es);
  // The map's details of three countries, with their histories.
  await page.goto("./?lang=es&asof=2026-03-15&country=USA,PER,ITA");
  await expect(page.getByRole("region", { name: "Estados Unidos", exact: true })).toBeVisible();
  text += await page.evaluate(projectText);
  const found = DATA_ENGLISH.filter((english) => text.includes(english));
  expect(found).toEqual([]);
});

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
