import { describe, expect, it } from "vitest";
import { en as enCatalog } from "../../i18n/catalog";
import { es as esCatalog } from "../../i18n/catalog-es";
import { activeFilters } from "./active-filters";
import { NO_FILTERS, type TimelineFilters } from "./filter-entries";

const nameOf = {
  actor: (id: string) => (id === "PER" ? "Peru" : id),
  source: (id: string) => `Name of ${id}`,
};

describe("activeFilters", () => {
  it.each<[Partial<TimelineFilters>, { label: string; without: Partial<TimelineFilters> }[]]>([
    [{}, []],
    [
      { country: ["PER", "BRA"] },
      [
        { label: "country: Peru", without: { country: ["BRA"] } },
        { label: "country: BRA", without: { country: ["PER"] } },
      ],
    ],
    [{ source: ["cnn"] }, [{ label: "source: Name of cnn", without: { source: [] } }]],
    [
      { stance: ["demands-records"] },
      [{ label: "stance: Asks for the tally sheets", without: { stance: [] } }],
    ],
    [
      { kind: ["legal", "report"] },
      [
        { label: "kind: Legal", without: { kind: ["report"] } },
        { label: "kind: Report or investigation", without: { kind: ["legal"] } },
      ],
    ],
    [{ q: "zzz" }, [{ label: "search: “zzz”", without: { q: null } }]],
  ])("%j", (filters, expected) => {
    expect(activeFilters({ ...NO_FILTERS, ...filters }, nameOf, enCatalog)).toMatchObject(expected);
  });

  it("names each filter in Spanish from the Spanish catalog", () => {
    const labels = activeFilters(
      { country: ["PER"], source: ["cnn"], stance: ["demands-records"], kind: ["legal"], q: "actas" },
      { actor: () => "Perú", source: () => "CNN" },
      esCatalog,
    ).map((f) => f.label);
    expect(labels).toEqual([
      "país u organismo: Perú",
      "fuente: CNN",
      "postura: Pide las actas",
      "tipo: Judicial",
      "búsqueda: “actas”",
    ]);
  });
});
