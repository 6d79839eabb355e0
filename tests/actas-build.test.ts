/**
 * public/data/actas/ is exactly what `npm run actas:build` makes from data/actas/, and the
 * build's pure steps do what they say.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTAS_STATES, CENTRE_CANDIDATES, foldName } from "../src/data/actas-areas";
import type { ActasCompilationsFile, ActasStatesFile, VenezuelaStatesFile } from "../src/data/actas-schemas";
import { campaignTotals, centreTotals, groupBy, unmatchedCentreSheets } from "../scripts/actas/aggregate";
import { ACTAS_OUT, actasFiles, readBoundaries, readSources } from "../scripts/actas/build";
import { stateCodeOf } from "../scripts/actas/crosswalk";
import { filesIn } from "../scripts/actas/files-in";
import { tableOf } from "../scripts/actas/files";
import { parseCampaignCsv, parseCentreCsv, type CentreSheet } from "../scripts/actas/sources";

let built: Map<string, string>;
beforeAll(async () => {
  built = await actasFiles();
});
const json = <T>(path: string) => JSON.parse(built.get(path) ?? "null") as T;

describe("the derived tally-sheet files", () => {
  it("are what the script makes from data/actas now (regenerate with npm run actas:build)", () => {
    expect(filesIn(ACTAS_OUT)).toEqual([...built.keys()]);
    for (const [path, text] of built) {
      expect(readFileSync(join(ACTAS_OUT, path), "utf8") === text, `${path} differs`).toBe(true);
    }
  });

  it("add up to the sources' totals (data/actas/README.md)", () => {
    const { national } = json<ActasStatesFile>("states.json");
    expect(national.campaign).toEqual({
      sheets: 24_532,
      egu: 7_156_462,
      nm: 3_241_461,
      otros: 261_205,
      validos: 10_659_128,
      nulos: 1_139,
    });
    const [maduro, , , , , , , gonzalez] = national.centre.votes;
    const others = national.centre.votes.reduce((a, b) => a + b, 0) - (maduro ?? 0) - (gonzalez ?? 0);
    expect({
      sheets: national.centre.sheets,
      centres: national.centre.centres,
      gonzalez,
      maduro,
      others,
    }).toEqual({
      sheets: 21_952,
      centres: 11_852,
      gonzalez: 6_392_350,
      maduro: 2_891_553,
      others: 231_419,
    });
    expect(national.centre.registered).toEqual({ centres: 9_733, electors: 14_398_574 });
  });

  it("give González the lead in all 24 states, the closest Sucre and the widest Táchira", () => {
    const margin = (s: ActasStatesFile["states"][number]) =>
      (s.campaign.egu - s.campaign.nm) / (s.campaign.egu + s.campaign.nm);
    const states = [...json<ActasStatesFile>("states.json").states].sort((a, b) => margin(a) - margin(b));
    expect(states).toHaveLength(24);
    expect(margin(states[0]!)).toBeGreaterThan(0);
    expect([states[0]?.name, states.at(-1)?.name]).toEqual(["Sucre", "Táchira"]);
    expect(margin(states[0]!)).toBeCloseTo(0.024, 3); // "+2.4 points of the two-candidate vote"
  });
});

describe("the two compilations compared (compilations.json)", () => {
  // Restated from the sources, not from the build: count the sheets of each file by state and
  // votes; where the centre file has more, the excess matches none (data/actas/README.md).
  const { campaign, centre } = readSources();
  const byVotes = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const campaignKeys = byVotes(campaign.map((s) => `${stateCodeOf(s.state)}|${s.egu}|${s.nm}`));
  const centreKeys = byVotes(centre.map((s) => `${s.centre.slice(0, 2)}|${s.votes[7]}|${s.votes[0]}`));
  const excess = new Map(
    [...centreKeys]
      .map(([key, n]) => [key, n - (campaignKeys.get(key) ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );

  it("find 32 of the centre file's 21,952 sheets in no sheet of the campaign file, 21,920 in one", () => {
    const unmatched = [...excess.values()].reduce((a, b) => a + b, 0);
    expect(unmatched).toBe(32);
    expect(centre.length - unmatched).toBe(21_920);
    expect(json<ActasCompilationsFile>("compilations.json").national).toEqual({
      campaign: 24_532,
      centre: 21_952,
      unmatched: 32,
    });
  });

  it("match as multisets: 661 campaign sheets share their state and votes with another", () => {
    expect([...campaignKeys.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0)).toBe(661);
  });

  it("list the excess of each state and pair of votes, each a sheet of the centre file", () => {
    const { unmatched } = json<ActasCompilationsFile>("compilations.json");
    const listed = byVotes(
      unmatched.map(([state, , , gonzalez, maduro]) => `${state}|${gonzalez}|${maduro}`),
    );
    expect(listed).toEqual(excess);
    const actas = new Map(centre.map((s) => [s.acta, s]));
    for (const [state, code, table, gonzalez, maduro] of unmatched) {
      const sheet = actas.get(`${code}.${String(table).padStart(2, "0")}.1.0001`);
      expect(sheet?.votes[7], code).toBe(gonzalez);
      expect(sheet?.votes[0], code).toBe(maduro);
      expect(code.startsWith(state), code).toBe(true);
    }
  });

  it("keep off the list the one sheet of a pair that the campaign file has to the parish and the vote", () => {
    // Miranda, González 259 and Maduro 209: two centre sheets, one campaign sheet, in LANDER's
    // OCUMARE DEL TUY with 23 for the others, as 130501013 table 3 has; 130101001 table 5 differs.
    const { unmatched } = json<ActasCompilationsFile>("compilations.json");
    const pair = unmatched.filter(([state, , , g, m]) => state === "13" && g === 259 && m === 209);
    expect(pair).toEqual([["13", "130101001", 5, 259, 209]]);
  });

  it("count each file's sheets per state as states.json does, in its order", () => {
    const { states } = json<ActasStatesFile>("states.json");
    expect(json<ActasCompilationsFile>("compilations.json").states).toEqual(
      states.map((s) => [s.code, s.campaign.sheets, s.centre.sheets]),
    );
  });

  it("stay small: under 2 kB gzip", () => {
    expect(gzipSync(built.get("compilations.json") ?? "", { level: 9 }).length).toBeLessThan(2_000);
  });
});

describe("the state shapes (venezuela-states.json)", () => {
  it("draw the 24 states and the Dependencias Federales, the latter without sheets", () => {
    const { shapes } = json<VenezuelaStatesFile>("venezuela-states.json");
    expect(shapes.map((s) => s.code)).toEqual([...ACTAS_STATES.map((s) => s.code), null]);
    expect(shapes.filter((s) => !s.hasSheets).map((s) => s.name)).toEqual(["Dependencias Federales"]);
    for (const shape of shapes) expect(shape.d, shape.name).toMatch(/^M[-\d. Mlz]+z$/);
  });

  it("stay small: under 30 kB gzip", () => {
    expect(gzipSync(built.get("venezuela-states.json") ?? "", { level: 9 }).length).toBeLessThan(30_000);
  });

  it("name each state as the boundaries do, with INE's code beside the CNE's", async () => {
    const { features } = await readBoundaries();
    const table = ACTAS_STATES.map(({ pcode, name }) => ({ pcode, name }));
    const boundaries = features.flatMap((f) =>
      f.properties.ADM1_PCODE ? [{ pcode: f.properties.ADM1_PCODE, name: f.properties.ADM1_ES }] : [],
    );
    expect(boundaries.sort((a, b) => a.pcode.localeCompare(b.pcode))).toEqual(
      table.sort((a, b) => a.pcode.localeCompare(b.pcode)),
    );
  });
});

describe("the build's steps", () => {
  const sheet = (centre: string, registered: number | null, votes: number[]): CentreSheet => ({
    acta: `${centre}.01.1.0001`,
    centre,
    state: "CAPITAL",
    municipality: "LIBERTADOR",
    parish: "ALTAGRACIA",
    centreName: "ESCUELA",
    registered,
    votes,
    otros: 0,
  });

  it("count a centre's registered electors once, though every one of its rows repeats them", () => {
    const ten = (n: number) => Array.from({ length: 10 }, () => n);
    const totals = centreTotals([
      sheet("010101001", 500, ten(1)),
      sheet("010101001", 500, ten(2)),
      sheet("010101002", null, ten(3)),
    ]);
    expect(totals).toEqual({
      sheets: 3,
      centres: 2,
      votes: ten(6),
      registered: { centres: 1, electors: 500 },
    });
  });

  it("sum the campaign file's columns", () => {
    const row = { state: "LARA", municipality: "CRESPO", parish: "FREITEZ", nulos: 1 };
    expect(
      campaignTotals([
        { ...row, validos: 10, egu: 6, nm: 3, otros: 1 },
        { ...row, validos: 5, egu: 1, nm: 4, otros: 0 },
      ]),
    ).toEqual({ sheets: 2, egu: 7, nm: 7, otros: 1, validos: 15, nulos: 2 });
  });

  it("group by code in the CNE's order", () => {
    expect([...groupBy(["0201", "0102", "0101"], (code) => code.slice(0, 2))]).toEqual([
      ["01", ["0102", "0101"]],
      ["02", ["0201"]],
    ]);
  });

  it("leave unmatched the centre sheets beyond the campaign sheets with the same state and votes", () => {
    const votes = (gonzalez: number, maduro: number) =>
      CENTRE_CANDIDATES.map((id) => (id === "gonzalez" ? gonzalez : id === "maduro" ? maduro : 1));
    const first = { ...sheet("010101001", null, votes(10, 5)), otros: 8 };
    const second = { ...sheet("010102001", null, votes(10, 5)), acta: "010102001.01.1.0001", otros: 9 };
    const third = { ...sheet("010101002", null, votes(3, 4)), acta: "010101002.01.1.0001", otros: 8 };
    const placed = { state: "01", parish: "010102", egu: 10, nm: 5, otros: 9 };
    // One campaign sheet for two centre sheets: it pairs with the one of its parish and others.
    expect(unmatchedCentreSheets([placed], [first, second, third])).toEqual([first, third]);
    expect(unmatchedCentreSheets([{ ...placed, parish: "010199" }], [first, second])).toEqual([second]);
    // Each campaign sheet is used once; another state's sheet matches nothing.
    expect(unmatchedCentreSheets([placed, placed], [first, second])).toEqual([]);
    expect(unmatchedCentreSheets([{ ...placed, state: "02" }], [first])).toEqual([first]);
  });

  it("read a sheet's table from its acta code, and refuse a code of another centre", () => {
    expect(tableOf({ ...sheet("010101001", null, []), acta: "010101001.12.1.0001" })).toBe(12);
    expect(() => tableOf({ ...sheet("010101001", null, []), acta: "010101002.01.1.0001" })).toThrow(
      /acta code/,
    );
  });

  it("refuse a source whose columns changed or whose votes are not whole numbers", () => {
    const header = "Estado,Municipio,Parroquia,validos,nulos,egu,nm,otros";
    expect(parseCampaignCsv(`\uFEFF${header}\r\nLARA,CRESPO,FREITEZ,10,0,6,3,1\r\n`, "x.csv")).toHaveLength(
      1,
    );
    expect(() => parseCampaignCsv(`${header}\nLARA,CRESPO,FREITEZ,10,0,6,3.5,1\n`, "x.csv")).toThrow(
      'x.csv line 2: nm is "3.5", not a whole number',
    );
    expect(() => parseCampaignCsv(`${header}\nLARA,CRESPO,,10,0,6,3,1\n`, "x.csv")).toThrow(
      "x.csv line 2: Parroquia is empty",
    );
    expect(() => parseCentreCsv(`${header}\n`, "y.csv")).toThrow(/y\.csv: expected the columns Acta,Codcv/);
  });

  it("fold names for comparing and searching", () => {
    expect(foldName("  Bolívar  ")).toBe("BOLIVAR");
    expect(foldName("CAÑO  EL TIGRE")).toBe("CANO EL TIGRE");
  });
});
