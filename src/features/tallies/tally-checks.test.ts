import { describe, expect, it } from "vitest";
import { talliesMessages } from "../../i18n/catalog-tallies";
import { makeI18n } from "../../i18n/i18n";
import { checkArithmetic } from "./tally-checks";
import { candidates, candidatesIn, tallyById } from "./test-data";

const en = makeI18n("en");
const check = (id: string) => checkArithmetic(tallyById(id), candidates, talliesMessages.en, en.text);

describe("the exact-percentage finding", () => {
  it("finds every count of the 29 July bulletin exact to the vote at its printed share of 10,058,774", () => {
    const exact = check("cne-2024-07-29").exact;
    expect(exact?.base).toBe(10058774);
    expect(exact?.exactToTheVote).toBe(true);
    expect(exact?.largestGap).toBeLessThan(0.5);
    expect(exact?.rows.map((r) => [r.printed, Math.round(r.implied), r.votes])).toEqual([
      ["51.20", 5150092, 5150092],
      ["44.2", 4445978, 4445978],
      ["4.6", 462704, 462704],
    ]);
  });

  it.each([
    // Shares rounded from counts are off by hundreds of votes at this size.
    { id: "cne-2024-08-02", exact: false },
    { id: "opposition-83-5", exact: null },
    { id: "washington-post-check", exact: null },
  ])("$id: exact to the vote is $exact", ({ id, exact }) => {
    expect(check(id).exact?.exactToTheVote ?? null).toBe(exact);
  });
});

describe("recomputed shares", () => {
  it.each([
    { id: "cne-2024-07-29", base: 10058774, rows: 3 },
    { id: "cne-2024-08-02", base: 12335884, rows: 10 },
  ])("$id: every printed share agrees with votes ÷ $base", ({ id, base, rows }) => {
    const shares = check(id).shares;
    expect(shares?.base).toBe(base);
    expect(shares?.rows).toHaveLength(rows);
    expect(shares?.rows.every((r) => r.agrees)).toBe(true);
  });

  it.each(["opposition-81-7", "opposition-83-5", "moe-colombia-check"])(
    "%s states no base, so nothing is recomputed",
    (id) => expect(check(id).shares).toBeNull(),
  );

  it("recomputes Maduro's 2 August share from the votes", () => {
    const maduro = check("cne-2024-08-02").shares?.rows[0];
    expect(maduro?.recomputed).toBeCloseTo((6408844 / 12335884) * 100, 10);
  });
});

describe("the sum check", () => {
  it.each([
    // The ten candidates of the 2 August bulletin add up exactly to the valid votes.
    {
      id: "cne-2024-08-02",
      sum: 12335884,
      against: [
        { label: "valid votes", votes: 12335884, difference: 0, cast: false },
        { label: "votes cast", votes: 12386669, difference: -50785, cast: true },
      ],
    },
    {
      id: "cne-2024-07-29",
      sum: 10058774,
      against: [{ label: "votes counted", votes: 10058774, difference: 0, cast: false }],
    },
    {
      id: "opposition-81-7",
      sum: 10654128,
      against: [{ label: "votes cast", votes: 10660267, difference: -6139, cast: true }],
    },
    { id: "opposition-83-5", sum: 10619622, against: [] },
  ])("$id adds up to $sum", ({ id, sum, against }) => {
    expect(check(id).sum).toEqual({ sum, approximate: false, against });
  });

  it("says the valid and null votes of 2 August add up to the votes cast", () => {
    expect(check("cne-2024-08-02").castAddsUp).toEqual({
      valid: 12335884,
      null: 50785,
      cast: 12386669,
      agrees: true,
    });
  });

  it("flags a sum of rounded figures as approximate", () => {
    expect(check("moe-colombia-check").sum.approximate).toBe(true);
  });
});

describe("in Spanish", () => {
  const es = makeI18n("es");
  const checkEs = (id: string) =>
    checkArithmetic(tallyById(id), candidatesIn("es"), talliesMessages.es, es.text);

  it("names the stated totals and the share base in Spanish", () => {
    const check = checkEs("cne-2024-08-02");
    expect(check.shares?.baseLabel).toBe("votos válidos");
    expect(check.sum.against.map((a) => a.label)).toEqual(["votos válidos", "votos emitidos"]);
    expect(checkEs("cne-2024-07-29").sum.against.map((a) => a.label)).toEqual(["votos contabilizados"]);
  });
});
