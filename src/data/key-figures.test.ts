import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recognitionFigures, tallyFigures } from "./key-figures";
import type { Actor, Candidate, Disagreement, StanceStatement, Tally } from "./schemas";
import { countriesByStance } from "./stance-counts";

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, "utf8")) as T;
const { candidates, tallies } = read<{ candidates: Candidate[]; tallies: Tally[] }>("tallies.json");
const { stances } = read<{ stances: StanceStatement[] }>("stances.json");
const { actors } = read<{ actors: Actor[] }>("actors.json");
const { disagreements } = read<{ disagreements: Disagreement[] }>("disagreements.json");

describe("tallyFigures", () => {
  it("gives each compared count's two leaders with the votes it prints, in the order compared", () => {
    const [cne, opposition] = tallyFigures(candidates, tallies, ["cne-2024-08-02", "opposition-83-5"]);
    // The article's figures (Metro World News, 7 August 2024).
    expect(cne?.leaders.map((l) => [l.candidate.id, l.votes])).toEqual([
      ["maduro", 6408844],
      ["gonzalez", 5326104],
    ]);
    expect(opposition?.leaders.map((l) => [l.candidate.id, l.votes])).toEqual([
      ["gonzalez", 7303480],
      ["maduro", 3316142],
    ]);
  });

  it("carries the disagreement where sources print other votes for a leader", () => {
    const [cne] = tallyFigures(candidates, tallies, ["cne-2024-08-02"], disagreements);
    const [maduro, gonzalez] = cne?.leaders ?? [];
    expect(maduro?.disagreement?.claims.map((c) => c.value.en)).toEqual([
      "6,408,844",
      "6,408,855",
      "6,480,844",
    ]);
    expect(gonzalez?.disagreement).toBeUndefined();
  });

  it("follows the pair compared, and leaves out an id the data does not have", () => {
    const figures = tallyFigures(candidates, tallies, ["opposition-83-5", "no-such-count"]);
    expect(figures.map((f) => f.tally.id)).toEqual(["opposition-83-5"]);
  });
});

describe("recognitionFigures", () => {
  it("counts as the legend does, and adds the interim government from the change of government", () => {
    const before = recognitionFigures(stances, actors, "2025-12-31");
    const counts = countriesByStance(stances, actors, "2025-12-31");
    expect(before).toEqual([
      { stance: "recognizes-gonzalez", countries: counts["recognizes-gonzalez"].total },
      { stance: "recognizes-maduro", countries: counts["recognizes-maduro"].total },
    ]);
    const after = recognitionFigures(stances, actors, "2026-03-15");
    expect(after.map((f) => f.stance)).toContain("recognizes-interim-government");
    expect(after.find((f) => f.stance === "recognizes-interim-government")?.countries).toBeGreaterThan(0);
  });
});
