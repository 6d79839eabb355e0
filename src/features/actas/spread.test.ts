import { describe, expect, it } from "vitest";
import { sheetsIn, spreadOf } from "./spread";

const cne = { maduro: 51.95, gonzalez: 43.18 };

describe("spreadOf", () => {
  it("bins González's share of the valid votes and counts against the CNE's shares", () => {
    const spread = spreadOf(
      [
        [300, 100, 0, 5], // 75%
        [40, 60, 0, 0], // 40%: Maduro 60% >= 51.95, González <= 43.18, Maduro leads
        [100, 0, 0, 0], // 100% goes in the last bin
        [0, 0, 0, 3], // no valid votes
        [4318, 5195, 487, 0], // exactly the CNE's shares: counted on both sides
      ],
      cne,
    );
    expect(spread.total).toBe(4);
    expect(spread.empty).toBe(1);
    expect(spread.bins[15]).toBe(1);
    expect(spread.bins[8]).toBe(2);
    expect(spread.bins[19]).toBe(1);
    expect(spread.bins.reduce((a, b) => a + b, 0)).toBe(4);
    expect(spread.maduroAtLeast).toBe(2);
    expect(spread.gonzalezAtMost).toBe(2);
    expect(spread.maduroLeads).toBe(2);
  });
});

describe("sheetsIn", () => {
  const file = {
    schemaVersion: 1 as const,
    state: "17",
    parishes: [
      { code: "170901", sheets: [[1, 2, 3, 0] as [number, number, number, number]] },
      { code: "171001", sheets: [[4, 5, 6, 0] as [number, number, number, number]] },
    ],
  };
  it("keeps the sheets whose parish is in the area", () => {
    expect(sheetsIn([file], "1709")).toEqual([[1, 2, 3, 0]]);
    expect(sheetsIn([file], "17")).toHaveLength(2);
    expect(sheetsIn([file], "")).toHaveLength(2);
  });
});
