/**
 * data/actas/crosswalk.csv against both tally-sheet files: every area of each is mapped, none
 * twice, each code carries one name, and the campaign's parishes are where their sheets are.
 */
import { describe, expect, it } from "vitest";
import { UNCODED_PARISH, foldName, uncodedParish } from "../src/data/actas-areas";
import { campaignResolver, rowKey, stateCodeOf } from "../scripts/actas/crosswalk";
import { readSources } from "../scripts/actas/build";

const { campaign, centre, crosswalk } = readSources();
const resolve = campaignResolver(crosswalk);
const centreNames = new Map(
  centre.flatMap((s) => [
    [s.centre.slice(0, 4), s.municipality],
    [s.centre.slice(0, 6), s.parish],
  ]),
);

describe("the crosswalk of the campaign file's names to the CNE's codes", () => {
  it("maps every municipality and parish of the campaign file, and none twice", () => {
    // campaignResolver refuses a key mapped twice; resolving every sheet proves every area mapped.
    const used = new Set<string>();
    for (const sheet of campaign) {
      const { state, municipality, parish } = resolve(sheet);
      expect(municipality.startsWith(state), sheet.municipality).toBe(true);
      expect(parish.startsWith(municipality), sheet.parish).toBe(true);
      used.add(`${state}|${sheet.municipality}`).add(`${municipality}|${sheet.parish}`);
    }
    const keys = crosswalk.map(rowKey);
    expect(new Set(keys).size).toBe(keys.length);
    // No row is left over for a spelling the campaign file does not use.
    expect(keys.filter((key) => !used.has(key))).toEqual([]);
  });

  it("maps every municipality and parish of the centre file to its own code and name", () => {
    const codes = new Set(crosswalk.map((row) => row.code));
    for (const sheet of centre) {
      expect(stateCodeOf(sheet.state), sheet.acta).toBe(sheet.centre.slice(0, 2));
      expect(codes.has(sheet.centre.slice(0, 4)), sheet.acta).toBe(true);
      expect(codes.has(sheet.centre.slice(0, 6)), sheet.acta).toBe(true);
    }
    expect(centreNames.size).toBe(326 + 1068); // data/actas/README.md: each code one name
  });

  it("gives each code exactly one name: the centre file's, where it has the code", () => {
    const names = new Map<string, Set<string>>();
    for (const row of crosswalk) names.set(row.code, (names.get(row.code) ?? new Set()).add(row.name));
    for (const [code, set] of names) {
      expect([...set], code).toHaveLength(1);
      if (centreNames.has(code)) expect([...set][0], code).toBe(centreNames.get(code));
    }
  });

  it("says 'name' exactly when the two spellings fold to the same", () => {
    for (const row of crosswalk.filter((r) => r.match !== "no-cne-code")) {
      const same = foldName(row.name) === foldName(row.campaign);
      expect(row.match === "name", `${row.code} ${row.campaign}`).toBe(same);
    }
  });

  it("gives a parish the centre file lacks no CNE code, but its municipality's code and its name", () => {
    const uncoded = crosswalk.filter((row) => row.match === "no-cne-code");
    expect(uncoded.map((row) => row.code)).toEqual([
      "0302-quintero",
      "1102-santa-rosa",
      "1303-tacata",
      "1303-el-jarillo",
    ]);
    const rest = crosswalk.filter((row) => row.match !== "no-cne-code");
    // Every other code is one the centre file carries; none of those has the second form.
    expect(rest.filter((row) => !centreNames.has(row.code) || UNCODED_PARISH.test(row.code))).toEqual([]);
    for (const row of uncoded) {
      const municipality = row.code.slice(0, 4);
      expect(row.code, row.campaign).toBe(uncodedParish(municipality, row.campaign));
      expect(row.name, row.code).toBe(row.campaign);
      // The municipality's code is sourced: the centre file has it, and the campaign file puts
      // the parish in the municipality the crosswalk gives that code.
      expect(centreNames.has(municipality), row.code).toBe(true);
      const sheets = campaign.filter((s) => s.parish === row.campaign && resolve(s).parish === row.code);
      expect(sheets.length, row.code).toBeGreaterThan(0);
      for (const s of sheets) expect(resolve(s).municipality, row.code).toBe(municipality);
      // The centre file has no parish of that name in that municipality.
      const named = [...centreNames].filter(
        ([code, name]) =>
          code.length === 6 && code.startsWith(municipality) && foldName(name) === foldName(row.campaign),
      );
      expect(named, row.code).toEqual([]);
      expect(row.note, row.code).not.toBe("");
    }
  });

  it("files each campaign parish where the centre file has the sheets with the same votes", () => {
    // A campaign sheet whose state, González, Maduro and others votes belong to sheets of only
    // one parish of the centre file points to that parish. (Votes repeat, so a sheet that
    // matches sheets of two parishes points nowhere.)
    const parishesOf = new Map<string, Set<string>>();
    for (const s of centre) {
      const key = `${s.centre.slice(0, 2)}|${s.votes[7]}|${s.votes[0]}|${s.otros}`;
      parishesOf.set(key, (parishesOf.get(key) ?? new Set()).add(s.centre.slice(0, 6)));
    }
    const pointers = new Map<string, Map<string, number>>();
    for (const sheet of campaign) {
      const { state, parish } = resolve(sheet);
      const found = parishesOf.get(`${state}|${sheet.egu}|${sheet.nm}|${sheet.otros}`);
      if (found?.size !== 1) continue;
      const [target = ""] = found;
      const counts = pointers.get(parish) ?? new Map<string, number>();
      pointers.set(parish, counts.set(target, (counts.get(target) ?? 0) + 1));
    }
    const disagreeing = [...pointers].filter(([parish, counts]) => {
      const [top] = [...counts].sort((a, b) => b[1] - a[1]);
      return top?.[0] !== parish;
    });
    expect(disagreeing).toEqual([]);
    // Every parish that both files have is confirmed so, but a handful whose sheets all differ.
    const both = [...centreNames.keys()].filter((code) => code.length === 6);
    expect(both.filter((code) => !pointers.has(code)).length).toBeLessThan(20);
  });

  it("joins the states by name, with the centre file's CAPITAL as the Distrito Capital", () => {
    expect(stateCodeOf("CAPITAL")).toBe("01");
    expect(stateCodeOf("DISTRITO CAPITAL")).toBe("01");
    expect(stateCodeOf("Anzoátegui")).toBe("02");
    expect(stateCodeOf("la guaira")).toBe("24");
    expect(() => stateCodeOf("Dependencias Federales")).toThrow(/not one of the 24 states/);
  });
});
