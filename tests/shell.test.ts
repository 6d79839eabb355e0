/** The static shell in index.html: the catalogs' words, and the app's choice of language. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/catalog";
import { es } from "../src/i18n/catalog-es";
import { dateRange } from "../src/data/selectors";
import { formatters } from "../src/i18n/format";
import { policyFor } from "../vite.config";

const json = (file: string) => JSON.parse(readFileSync(`public/data/${file}.json`, "utf8"));
const span = dateRange(json("stances").stances, json("events").events, json("tallies").tallies);

const html = readFileSync("index.html", "utf8");
const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** Runs index.html's inline script with this address and these browser languages; returns what it set on <html>. */
function runShellScript(search: string, languages: string[] = ["en"]) {
  const code = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
  const classes: string[] = [];
  const documentElement = { lang: "en", classList: { add: (name: string) => classes.push(name) } };
  new Function("location", "navigator", "document", code)(
    { search },
    { languages, language: languages[0] },
    { documentElement },
  );
  return { lang: documentElement.lang, classes };
}
const shellLang = (search: string, languages: string[]) => runShellScript(search, languages).lang;

describe("the static shell", () => {
  for (const [lang, catalog] of [
    ["en", en],
    ["es", es],
  ] as const) {
    it(`shows the ${lang} catalog's title and introduction`, () => {
      const block = new RegExp(`<div class="shell-${lang}" lang="${lang}">([\\s\\S]*?)</div>`).exec(
        html,
      )?.[1];
      expect(block).toBeDefined();
      expect(words(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(block!)?.[1] ?? "")).toBe(catalog.title);
      expect(words(/<p[^>]*>([\s\S]*?)<\/p>/.exec(block!)?.[1] ?? "")).toBe(catalog.intro);
    });

    it(`says in ${lang} from which date to which the data runs (the map's default date is the last)`, () => {
      const block = new RegExp(`<div class="shell-${lang}" lang="${lang}">([\\s\\S]*?)</div>`).exec(
        html,
      )?.[1];
      const line = /<p class="data-span[^>]*>([\s\S]*?)<\/p>/.exec(block ?? "")?.[1] ?? "";
      const f = formatters(lang);
      expect(span).toBeDefined();
      expect(words(line)).toBe(catalog.dataSpan(f.date(span![0]), f.date(span![1])));
    });
  }

  it("chooses the language as the app does: ?lang=, else the first browser language we have", () => {
    expect(shellLang("?lang=es", ["en-GB"])).toBe("es");
    expect(shellLang("?asof=2024-08-07&lang=en", ["es-VE"])).toBe("en");
    expect(shellLang("", ["es-VE", "en"])).toBe("es");
    expect(shellLang("", ["fr-FR", "es-ES"])).toBe("es");
    expect(shellLang("", ["fr-FR", "de"])).toBe("en");
    expect(shellLang("?lang=fr", ["de", "en-US"])).toBe("en");
    expect(shellLang("?xlang=es", ["en"])).toBe("en");
  });

  it("is hidden in an embedded view, as the app shows one (a value the app ignores shows it)", () => {
    for (const view of ["map", "tallies", "timeline"])
      expect(runShellScript(`?asof=2024-08-07&embed=${view}`).classes).toEqual(["embed"]);
    expect(runShellScript("?embed=everything").classes).toEqual([]);
    expect(runShellScript("?asof=2024-08-07").classes).toEqual([]);
  });

  it("is the only inline script the built page's policy allows, by its hash", () => {
    const policy = policyFor(html);
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policyFor(html.replace("document.documentElement.lang = lang", "alert(1)"))).not.toBe(policy);
    expect(policy).not.toContain("unsafe-inline");
  });
});
