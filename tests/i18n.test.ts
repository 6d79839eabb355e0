/**
 * Both languages must offer the same messages, of the same shape, with nothing left empty:
 * the catalogs, and the counts' and the tally sheets' strings, which load with their panels
 * instead (src/i18n/catalog-tallies.ts, src/i18n/messages/actas.ts), checked here under
 * `tallies`, `actas` and `overview` as if they were in the catalogs.
 */
import { describe, expect, it } from "vitest";
import { en as enMessages } from "../src/i18n/catalog";
import { es as esMessages } from "../src/i18n/catalog-es";
import { overviewMessages } from "../src/i18n/catalog-overview";
import { talliesMessages } from "../src/i18n/catalog-tallies";
import { actasMessages } from "../src/i18n/messages/actas";

const enCatalog = {
  ...enMessages,
  tallies: talliesMessages.en,
  actas: actasMessages.en,
  overview: overviewMessages.en,
};
const esCatalog = {
  ...esMessages,
  tallies: talliesMessages.es,
  actas: actasMessages.es,
  overview: overviewMessages.es,
};

type Tree = { [key: string]: unknown };

function shape(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function") return [`${path}()`];
    if (value && typeof value === "object") return shape(value as Tree, path);
    return [path];
  });
}

/** Pairs of [path, English, Spanish] for every plain string in both catalogs. */
function pairs(en: Tree, es: Tree, prefix = ""): [string, string, string][] {
  return Object.entries(en).flatMap(([key, value]) => {
    const other = es[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string" && typeof other === "string")
      return [[path, value, other] as [string, string, string]];
    if (value && typeof value === "object" && other && typeof other === "object")
      return pairs(value as Tree, other as Tree, path);
    return [];
  });
}

describe("the English and Spanish catalogs", () => {
  it("have exactly the same keys, and the same kind of value under each", () => {
    const english = shape(enCatalog as unknown as Tree).filter((k) => !k.startsWith("actors."));
    const spanish = shape(esCatalog as unknown as Tree).filter((k) => !k.startsWith("actors."));
    expect(spanish.sort()).toEqual(english.sort());
  });

  it("leave no Spanish string empty where the English has words, or copied from a long English one", () => {
    const untranslated = pairs(enCatalog as unknown as Tree, esCatalog as unknown as Tree).filter(
      ([, en, es]) => (en.trim() !== "" && es.trim() === "") || (en.length > 12 && en === es),
    );
    expect(untranslated).toEqual([]);
  });
});
