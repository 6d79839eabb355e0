import { describe, expect, it } from "vitest";
import { CITATION_SEPARATOR } from "../../components/download";
import { talliesMessages } from "../../i18n/catalog-tallies";
import { makeI18n } from "../../i18n/i18n";
import { talliesCsv } from "./csv-rows";
import { candidatesIn, tallyById } from "./test-data";
import { tallySeries } from "./tally-series";

function csvFor(ids: [string, string], { expanded = false, lang = "en" as "en" | "es" } = {}) {
  const { t, f, text } = makeI18n(lang);
  const named = candidatesIn(lang);
  const shown = ids.map((id) => {
    const tally = tallyById(id);
    return { tally, rows: tallySeries(tally, named, { expanded }) };
  });
  const csv = talliesCsv(
    shown,
    { columns: t.share.downloads.columns, yes: t.share.downloads.yes, m: talliesMessages[lang], f, text },
    (id) => id,
  );
  return { shown, csv };
}

describe("talliesCsv", () => {
  it.each([
    { ids: ["cne-2024-08-02", "opposition-83-5"] as [string, string], expanded: false },
    { ids: ["cne-2024-07-29", "cne-2024-08-02"] as [string, string], expanded: false },
    { ids: ["cne-2024-07-29", "cne-2024-08-02"] as [string, string], expanded: true },
    { ids: ["washington-post-check", "moe-colombia-check"] as [string, string], expanded: false },
  ])("$ids (expanded: $expanded) has one row per candidate row of each tally", ({ ids, expanded }) => {
    const { shown, csv } = csvFor(ids, { expanded });
    expect(csv.data).toHaveLength(shown.reduce((n, s) => n + s.rows.length, 0));
    expect(csv.data.map((r) => r[0])).toEqual(shown.flatMap((s) => s.rows.map(() => s.tally.label.en)));
    expect(csv.data.map((r) => r[2])).toEqual(shown.flatMap((s) => s.rows.map((row) => row.name)));
    expect(csv.data.map((r) => Number(r[3]))).toEqual(shown.flatMap((s) => s.rows.map((row) => row.votes)));
  });

  it("copies shares exactly as printed and every citation of the tally", () => {
    const { csv } = csvFor(["cne-2024-08-02", "opposition-83-5"]);
    const tally = tallyById("cne-2024-08-02");
    const maduro = csv.data.find((r) => r[0] === tally.label.en && r[2] === "Nicolás Maduro");
    const printed = tally.results.find((r) => r.candidate === "maduro");
    expect(maduro?.[3]).toBe(String(printed?.votes));
    expect(maduro?.[5]).toBe(printed?.share ?? "");
    const urls = maduro?.[10]?.split(CITATION_SEPARATOR) ?? [];
    const expected = new Set([...tally.citations, ...tally.publication.citations].map((c) => c.url));
    expect(new Set(urls)).toEqual(expected);
    expect(urls).toHaveLength(expected.size);
  });

  it("keeps a share computed for a group apart from the printed ones", () => {
    const { shown, csv } = csvFor(["cne-2024-07-29", "cne-2024-08-02"]);
    shown
      .flatMap((s) => s.rows)
      .forEach((row, i) => {
        expect(csv.data[i]?.[5]).toBe(row.share ?? "");
        expect(csv.data[i]?.[6]).toBe(row.computedShare === null ? "" : row.computedShare.toFixed(2));
      });
  });

  it("writes Spanish headers, tally labels, candidate names and coverage", () => {
    const { csv } = csvFor(["cne-2024-08-02", "opposition-83-5"], { lang: "es" });
    expect(csv.fields.slice(0, 4)).toEqual(["Conteo", "Fecha del conteo", "Candidato", "Votos"]);
    expect(csv.data[0]?.[0]).toBe(tallyById("cne-2024-08-02").label.es);
    expect(csv.data.map((r) => r[2])).toContain("Otros candidatos");
    expect(csv.data[0]?.[7]).toMatch(/^96,87% de las actas/);
  });
});
