import { describe, expect, it } from "vitest";
import { talliesMessages } from "../../i18n/catalog-tallies";
import { makeI18n } from "../../i18n/i18n";
import { coverageSentence, gapSentence } from "./gap-words";
import { compareCoverage, compareTallies, pointGap } from "./tally-diff";
import { tallySeries } from "./tally-series";
import { candidates, candidatesIn, tallyById } from "./test-data";

const compare = (leftId: string, rightId: string) => {
  const side = (id: string) => ({ tally: tallyById(id), rows: tallySeries(tallyById(id), candidates) });
  return compareTallies(side(leftId), side(rightId));
};
const en = makeI18n("en");
const [m, f, text] = [talliesMessages.en, en.f, en.text];
const gapOf = (leftId: string, rightId: string, key: string) =>
  compare(leftId, rightId).gaps.find((g) => g.key === key);

describe("compareTallies", () => {
  it.each([
    // The tally-sheet count against the CNE's 2 August bulletin: 7,303,480 − 5,326,104.
    { left: "cne-2024-08-02", right: "opposition-83-5", key: "gonzalez", votes: 1977376, points: 24 },
    { left: "cne-2024-08-02", right: "opposition-83-5", key: "maduro", votes: -3092702, points: -22 },
    { left: "cne-2024-07-29", right: "cne-2024-08-02", key: "maduro", votes: 1258752, points: 0.75 },
    { left: "cne-2024-07-29", right: "cne-2024-08-02", key: "gonzalez", votes: 880126, points: -1 },
    {
      left: "opposition-2024-07-29",
      right: "opposition-83-5",
      key: "gonzalez",
      votes: 1028298,
      points: null,
    },
  ])("$right minus $left for $key", ({ left, right, key, votes, points }) => {
    const gap = gapOf(left, right, key);
    expect(gap?.votes).toBe(votes);
    expect(gap?.points?.value ?? null).toBe(points);
  });

  it("compares only what both list, and names the rest", () => {
    const result = compare("cne-2024-08-02", "opposition-83-5");
    expect(result.gaps.map((g) => g.key)).toEqual(["maduro", "gonzalez"]);
    expect(result.onlyLeft).toEqual(["Other candidates"]);
    expect(result.onlyRight).toEqual([]);
  });

  it("names what only one side lists in the reader's language", () => {
    const side = (id: string) => ({
      tally: tallyById(id),
      rows: tallySeries(tallyById(id), candidatesIn("es")),
    });
    expect(compareTallies(side("cne-2024-08-02"), side("opposition-83-5")).onlyLeft).toEqual([
      "Otros candidatos",
    ]);
  });

  it("marks a gap that involves a rounded figure as approximate", () => {
    expect(gapOf("opposition-83-5", "moe-colombia-check", "gonzalez")?.approximate).toBe(true);
    expect(gapOf("cne-2024-08-02", "opposition-83-5", "gonzalez")?.approximate).toBe(false);
  });
});

describe("pointGap and compareCoverage", () => {
  it.each([
    ["43.18", "67", { value: 24, decimals: 0 }],
    ["51.20", "51.95", { value: 0.75, decimals: 2 }],
    ["44.2", "43.18", { value: -1, decimals: 1 }],
  ])("%s → %s", (left, right, expected) => {
    expect(pointGap(left, right)).toEqual(expected);
  });

  it.each([
    ["cne-2024-08-02", "opposition-83-5", "fewer"],
    ["opposition-83-5", "cne-2024-08-02", "more"],
    ["cne-2024-07-29", "cne-2024-08-02", "different-measure"],
    ["opposition-81-7", "opposition-81-7", "same"],
  ])("%s against %s: %s", (left, right, expected) => {
    expect(compareCoverage(tallyById(left).coverage, tallyById(right).coverage)).toBe(expected);
  });

  it("compares the measures by their names, not by which record holds them", () => {
    const of = (en: string, es: string) => ({ en, es });
    const coverage = (percent: string, measure = of("tally sheets", "actas")) => ({ percent, of: measure });
    expect(compareCoverage(coverage("80"), coverage("90"))).toBe("more");
    expect(
      compareCoverage(coverage("80"), coverage("80", of("polling stations", "centros de votación"))),
    ).toBe("different-measure");
  });
});

describe("the difference in words", () => {
  it("says how many more votes the tally-sheet count gives González, and on what it rests", () => {
    const [left, right] = [tallyById("cne-2024-08-02"), tallyById("opposition-83-5")];
    const result = compare(left.id, right.id);
    const gonzalez = result.gaps.find((g) => g.key === "gonzalez")!;
    expect(gapSentence(gonzalez, left, right, m, f, text)).toBe(
      `${right.label.en} gives Edmundo González Urrutia 1,977,376 more votes than ${left.label.en}, ` +
        "a share 24 percentage points higher (67% against 43.18%).",
    );
    expect(coverageSentence(result.coverage, left, right, m, f, text)).toBe(
      `${right.label.en} rests on fewer tally sheets than ${left.label.en}: ` +
        "83.5% of tally sheets against 96.87% of tally sheets.",
    );
  });

  it("says 'about' when a figure is rounded, and 'fewer' for a loss", () => {
    const [left, right] = [tallyById("opposition-83-5"), tallyById("moe-colombia-check")];
    const maduro = compare(left.id, right.id).gaps.find((g) => g.key === "maduro")!;
    expect(gapSentence(maduro, left, right, m, f, text)).toContain(
      "Nicolás Maduro about 416,142 fewer votes than",
    );
  });
});

describe("the difference in Spanish words", () => {
  const spanish = makeI18n("es");
  const es = [talliesMessages.es, spanish.f, spanish.text] as const;

  it("writes the gap and the coverage with Spanish figures and units", () => {
    const [left, right] = [tallyById("cne-2024-08-02"), tallyById("opposition-83-5")];
    const result = compare(left.id, right.id);
    const gonzalez = result.gaps.find((g) => g.key === "gonzalez")!;
    expect(gapSentence(gonzalez, left, right, ...es)).toBe(
      `Para Edmundo González Urrutia, ${right.label.es} registra 1.977.376 votos más que ${left.label.es}, ` +
        "con un porcentaje 24 puntos porcentuales más alto (67% frente a 43,18%).",
    );
    expect(coverageSentence(result.coverage, left, right, ...es)).toBe(
      `${right.label.es} se basa en menos actas que ${left.label.es}: ` +
        "83,5% de las actas frente a 96,87% de las actas.",
    );
  });

  it.each([
    // "1,0" is singular in Spanish (CLDR), unlike English "1.0 points"; a rounded figure says "unos".
    ["cne-2024-07-29", "cne-2024-08-02", "gonzalez", "880.126 votos más", "1,0 punto porcentual más bajo"],
    [
      "cne-2024-07-29",
      "cne-2024-08-02",
      "maduro",
      "1.258.752 votos más",
      "0,75 puntos porcentuales más alto",
    ],
    ["opposition-83-5", "moe-colombia-check", "maduro", "unos 416.142 votos menos", null],
  ])("%s → %s, %s", (leftId, rightId, key, votes, points) => {
    const sentence = gapSentence(gapOf(leftId, rightId, key)!, tallyById(leftId), tallyById(rightId), ...es);
    expect(sentence).toContain(votes);
    if (points) expect(sentence).toContain(points);
  });
});
