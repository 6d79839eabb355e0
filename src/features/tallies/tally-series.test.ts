import { describe, expect, it } from "vitest";
import { canExpand, sharedScale, tallySeries } from "./tally-series";
import { candidates, tallyById } from "./test-data";

const summary = (id: string, expanded = false) =>
  tallySeries(tallyById(id), candidates, { expanded }).map((r) => [r.key, r.votes, r.share]);

describe("tallySeries", () => {
  it.each([
    {
      id: "cne-2024-08-02",
      expanded: false,
      // The eight other candidates added up: 152,360 + 116,421 + … + 20,056.
      rows: [
        ["maduro", 6408844, "51.95"],
        ["gonzalez", 5326104, "43.18"],
        ["others", 600936, null],
      ],
    },
    {
      id: "cne-2024-07-29",
      expanded: false,
      rows: [
        ["maduro", 5150092, "51.20"],
        ["gonzalez", 4445978, "44.2"],
        ["others", 462704, "4.6"],
      ],
    },
    {
      // Listed González first in the data; rows follow the candidates' order in both panels.
      id: "opposition-83-5",
      expanded: false,
      rows: [
        ["maduro", 3316142, "30"],
        ["gonzalez", 7303480, "67"],
      ],
    },
  ])("$id (expanded: $expanded)", ({ id, expanded, rows }) => {
    expect(summary(id, expanded)).toEqual(rows);
  });

  it("lists every candidate when expanded", () => {
    const rows = tallySeries(tallyById("cne-2024-08-02"), candidates, { expanded: true });
    expect(rows).toHaveLength(10);
    expect(rows[2]).toMatchObject({ name: "Luis E Martínez", votes: 152360, share: "1.24" });
  });

  it("computes the grouped share from the stated base and says which candidates it holds", () => {
    const others = tallySeries(tallyById("cne-2024-08-02"), candidates).at(-1);
    expect(others?.members).toHaveLength(8);
    expect(others?.computedShare).toBeCloseTo((600936 / 12335884) * 100, 10);
  });

  it("keeps a rounded figure marked as approximate", () => {
    const rows = tallySeries(tallyById("moe-colombia-check"), candidates);
    expect(rows.every((r) => r.approximate)).toBe(true);
  });

  it.each([
    ["cne-2024-08-02", true],
    ["cne-2024-07-29", false],
    ["opposition-83-5", false],
  ])("%s can expand: %s", (id, expected) => {
    expect(canExpand(tallyById(id), candidates)).toBe(expected);
  });
});

describe("sharedScale", () => {
  it.each([
    { largest: 7303480, max: 8000000, ticks: 5 },
    { largest: 6408844, max: 8000000, ticks: 5 },
    { largest: 5150092, max: 6000000, ticks: 7 },
    { largest: 950, max: 1000, ticks: 6 },
  ])("largest $largest → 0 to $max", ({ largest, max, ticks }) => {
    const rows = tallySeries(tallyById("opposition-83-5"), candidates).map((r) => ({ ...r, votes: 0 }));
    const scale = sharedScale([rows, [{ ...rows[0]!, votes: largest }]]);
    expect(scale.max).toBe(max);
    expect(scale.ticks).toHaveLength(ticks);
    expect(scale.ticks.at(-1)).toBe(max);
  });
});
