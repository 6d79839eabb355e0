import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CITATION_SEPARATOR } from "../../components/download";
import { actorsFile, sourcesFile, stancesFile, type StanceId } from "../../data/schemas";
import { makeI18n } from "../../i18n/i18n";
import { mapCsv } from "./csv-rows";
import { stanceEntries } from "./stance-model";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, "../../../public/data", file), "utf8"));
const { stances } = stancesFile.parse(read("stances.json"));
const { actors } = actorsFile.parse(read("actors.json"));
const sourceNames = new Map(sourcesFile.parse(read("sources.json")).sources.map((s) => [s.id, s.name.en]));

/** The table's rows for a date and filters, as the panel computes them, turned into CSV rows. */
function csvFor(
  date: string,
  filter: { stances?: StanceId[]; sources?: string[] },
  lang: "en" | "es" = "en",
) {
  const { t, actorName } = makeI18n(lang);
  const rows = stanceEntries(stances, actors, date, { ...filter, nameOf: actorName, lang }).filter(
    (e) => e.onMap && e.matches,
  );
  return {
    rows,
    csv: mapCsv(
      rows,
      { columns: t.share.downloads.columns, stanceLabel: (id) => t.stances[id].label },
      {
        bloc: (id) => actorName(id, actors.find((a) => a.id === id)?.name),
        source: (id) => sourceNames.get(id) ?? id,
      },
    ),
  };
}

describe("mapCsv", () => {
  it.each([
    {
      date: "2024-08-07",
      stances: ["demands-records"] as StanceId[],
      codes: ["BRA", "COL", "DEU", "DOM", "ESP", "GUY", "ITA", "JPN", "MEX", "PRT", "PRY"],
    },
    {
      date: "2024-09-10",
      stances: ["recognizes-gonzalez"] as StanceId[],
      codes: ["ARG", "CRI", "ECU", "NLD", "PAN", "USA", "URY"],
    },
    // Argentina's words of 28 July came before any result: an event, not a stance (the codebook).
    { date: "2024-07-28", stances: [] as StanceId[], codes: ["HND"] },
  ])("on $date with $stances holds exactly the table's rows: $codes", ({ date, stances: filter, codes }) => {
    const { rows, csv } = csvFor(date, { stances: filter });
    expect(csv.data.map((r) => r[0])).toEqual(rows.map((r) => r.id));
    expect([...csv.data.map((r) => r[0])].sort()).toEqual([...codes].sort());
  });

  it("writes the header and one row per country with the citations of the current run", () => {
    const { csv } = csvFor("2024-08-07", { stances: ["demands-records"] });
    expect(csv.fields).toEqual([
      "Code",
      "Country",
      "Stance",
      "Since",
      "Via bloc",
      "Citation publishers",
      "Citation titles",
      "Citation URLs",
      "Citation dates",
    ]);
    const brazil = csv.data.find((r) => r[0] === "BRA");
    expect(brazil?.slice(0, 5)).toEqual(["BRA", "Brazil", "Asks for the tally sheets", "2024-08-01", ""]);
    expect(brazil?.[5]?.split(CITATION_SEPARATOR)).toEqual(
      ["folha", "metro-world-news"].map((id) => sourceNames.get(id)),
    );
  });

  it("names the bloc a member takes its stance through", () => {
    const { csv } = csvFor("2024-08-07", { stances: ["rejects-result"] });
    const france = csv.data.find((r) => r[0] === "FRA");
    expect(france?.[4]).toBe("European Union");
    expect(csv.data.find((r) => r[0] === "CHL")?.[4]).toBe("");
  });

  it("keeps the n-th part of every citation column for the n-th citation", () => {
    const { csv } = csvFor("2024-08-07", {});
    for (const row of csv.data) {
      const [publishers, titles, urls, dates] = row.slice(5).map((cell) => cell.split(CITATION_SEPARATOR));
      expect(titles).toHaveLength(publishers?.length ?? 0);
      expect(urls).toHaveLength(publishers?.length ?? 0);
      expect(dates).toHaveLength(publishers?.length ?? 0);
      for (const url of urls ?? []) expect(url).toMatch(/^https?:\/\//);
    }
  });

  it("speaks Spanish in headers, names and labels", () => {
    const { csv } = csvFor("2024-08-07", { stances: ["demands-records"] }, "es");
    expect(csv.fields.slice(0, 3)).toEqual(["Código", "País", "Posición"]);
    expect(csv.data.find((r) => r[0] === "MEX")?.slice(1, 3)).toEqual(["México", "Pide las actas"]);
  });
});
