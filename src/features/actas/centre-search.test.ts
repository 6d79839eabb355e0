import { describe, expect, it } from "vitest";
import { searchCentres } from "./centre-search";

const centres = [
  { code: "170901001", name: "ESCUELA BÁSICA SIMÓN BOLÍVAR" },
  { code: "170901002", name: "LICEO ANDRÉS ELOY BLANCO" },
  { code: "170902001", name: "UNIDAD EDUCATIVA BOLIVARIANA SIMON RODRIGUEZ" },
  { code: "010101001", name: "UNIDAD EDUCATIVA DISTRITAL MADARIAGA" },
];

describe("searchCentres", () => {
  it.each([
    // Every word, in any order: "BOLIVARIANA SIMON" has both.
    ["simon bolivar", "", ["170901001", "170902001"]],
    ["eloy andres", "", ["170901002"]],
    ["SIMÓN", "", ["170901001", "170902001"]],
    ["  andres   eloy ", "", ["170901002"]],
    ["unidad", "17", ["170902001"]],
    ["unidad", "", ["170902001", "010101001"]],
    ["bolivar", "170902", ["170902001"]],
    ["zzz", "", []],
    ["", "", []],
  ])("%j in %j finds %j", (query, area, codes) => {
    expect(searchCentres(centres, query, area).matches.map((c) => c.code)).toEqual(codes);
  });

  it("puts names that start with the first word first", () => {
    expect(searchCentres(centres, "liceo", "").matches[0]?.code).toBe("170901002");
    expect(searchCentres(centres, "e", "").matches[0]?.name).toBe("ESCUELA BÁSICA SIMÓN BOLÍVAR");
  });

  it("counts every match but lists at most the limit", () => {
    const result = searchCentres(centres, "a", "", 2);
    expect(result.total).toBe(4);
    expect(result.matches).toHaveLength(2);
  });
});
