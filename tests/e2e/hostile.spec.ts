/**
 * Hostile links and hostile content: the page must load normally, run no injected script,
 * and show injected markup as the literal text it is.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "./fixtures";

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const FREE_TEXT = new Set([
  "name",
  "title",
  "summary",
  "quote",
  "note",
  "speaker",
  "label",
  "description",
  "topic",
  "translation",
  "dateNote",
  "detail",
  "measure",
  "value",
  "reason",
  "assessment",
  "of",
]);

/** The data gives the project's texts in each language of the page: `{ "en": …, "es": … }`. */
const LANGUAGES = new Set(["en", "es"]);

function poison(value: unknown, key = ""): unknown {
  if (typeof value === "string") return FREE_TEXT.has(key) ? `${value} ${PAYLOAD}` : value;
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (value && typeof value === "object") {
    // A text's languages are poisoned as the text itself is.
    const keyOf = (k: string) => (FREE_TEXT.has(key) && LANGUAGES.has(k) ? key : k);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, keyOf(k))]));
  }
  return value;
}

test("a dataset whose every text field carries HTML and script shows it as text and runs nothing", async ({
  page,
}) => {
  await page.route("**/data/*.json", async (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop() ?? "";
    const json = JSON.parse(readFileSync(resolve("public/data", file), "utf8"));
    await route.fulfill({ contentType: "application/json", body: JSON.stringify(poison(json)) });
  });
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto("./?asof=2024-08-07&country=PER");
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).first()).toBeVisible();
  await expect(page.getByText(PAYLOAD, { exact: false }).first()).toBeVisible();
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

const HOSTILE_LINKS = [
  "?country=%3Cscript%3Ealert(1)%3C/script%3E",
  "?source=javascript:alert(1)",
  `?q=${"x".repeat(8_000)}`, // servers refuse much longer request lines (Node: 16 kB of headers)
  "?asof=%E0%A4%A&event=%",
  "?country=BRA&country=MEX&country=%00%01",
  "?compare=cne-2024-08-02,cne-2024-08-02&stance=../../etc/passwd",
  "?event=%F0%9F%92%A9&kind=%uD800",
  "?__proto__[polluted]=1&constructor=x",
];

for (const link of HOSTILE_LINKS) {
  test(`a hostile link loads the normal dashboard: ${link.slice(0, 60)}`, async ({ page }) => {
    await page.goto(`./${link}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Venezuela 2024/);
    await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).first()).toBeVisible();
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty("polluted");
    expect(await page.evaluate(() => new URLSearchParams(location.search).toString().length)).toBeLessThan(
      500,
    );
  });
}
