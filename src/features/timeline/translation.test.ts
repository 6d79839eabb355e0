import { describe, expect, it } from "vitest";
import type { Citation } from "../../data/schemas";
import type { Lang } from "../../data/vocabulary";
import { shownTranslation } from "./translation";

const both = { en: "we will give him what he wants", es: "le daremos lo que quiera" };

describe("shownTranslation", () => {
  it.each<[string, Lang, Pick<Citation, "quoteLang" | "translation">, ReturnType<typeof shownTranslation>]>([
    ["none for a quote in the page's language", "es", { quoteLang: "es", translation: both }, null],
    ["none when the site wrote none", "es", { quoteLang: "pt" }, null],
    [
      "the one into the page's language",
      "es",
      { quoteLang: "pt", translation: both },
      { text: both.es, lang: "es", own: true },
    ],
    [
      "the one into the page's language, in English",
      "en",
      { quoteLang: "pt", translation: both },
      { text: both.en, lang: "en", own: true },
    ],
    [
      "only the other language's: shown, marked as not the page's",
      "es",
      { quoteLang: "pt", translation: { en: both.en } },
      { text: both.en, lang: "en", own: false },
    ],
    [
      "only the other language's, on the English page",
      "en",
      { quoteLang: "fr", translation: { es: both.es } },
      { text: both.es, lang: "es", own: false },
    ],
    // A Spanish quote with only an English translation: the Spanish reader reads the original.
    ["none into the quote's own language", "es", { quoteLang: "es", translation: { en: both.en } }, null],
    [
      "none for an English quote on the English page",
      "en",
      { quoteLang: "en", translation: { es: both.es } },
      null,
    ],
  ])("%s", (_, lang, citation, expected) => {
    expect(shownTranslation(citation, lang)).toEqual(expected);
  });
});
