import { describe, expect, it } from "vitest";
import type { Disagreement, Tally } from "../../data/schemas";
import { sheetSums } from "./sheet-sums";

const sums = { sheets: 10, egu: 700, nm: 250, otros: 50, validos: 1000, nulos: 3 };
const citation = (publisher: string) => ({
  publisher,
  title: "t",
  url: `https://example.org/${publisher}`,
  date: null,
  quote: "q",
  quoteLang: "en" as const,
});
const stage = {
  id: "stage",
  coverage: {
    percent: "81.7",
    of: { en: "tally sheets", es: "actas" },
    detail: { en: "10 tally sheets", es: "10 actas" },
  },
  results: [
    { candidate: "gonzalez", votes: 690 },
    { candidate: "maduro", votes: 250 },
    { candidate: "others", votes: 50 },
  ],
  totals: { cast: 1003 },
  citations: [],
} as unknown as Tally;
const disputed = {
  id: "stage-gonzalez-votes",
  subject: { type: "tally", tally: "stage", field: "results.gonzalez.votes" },
  claims: [
    { value: { en: "690", es: "690" }, citations: [citation("a")] },
    { value: { en: "700", es: "700" }, citations: [citation("b")] },
    { value: { en: "7,173 (at another stage)", es: "7.173 (en otra etapa)" }, citations: [citation("c")] },
  ],
} as unknown as Disagreement;

describe("sheetSums", () => {
  const rows = Object.fromEntries(sheetSums(sums, stage, [disputed]).map((row) => [row.what, row]));

  it("checks every value sources printed for a disputed figure, each with its publisher", () => {
    expect(rows.gonzalez?.sum).toBe(700);
    expect(rows.gonzalez?.published).toEqual([
      { value: 690, publisher: "a" },
      { value: 700, publisher: "b" },
    ]);
    // A value with words around it is of another stage: shown, not compared.
    expect(rows.gonzalez?.elsewhere.map((e) => e.publisher)).toEqual(["c"]);
  });

  it.each([
    ["sheets", 10, [10]],
    ["maduro", 250, [250]],
    ["others", 50, [50]],
    ["cast", 1003, [1003]],
    ["valid", 1000, []],
    ["null", 3, []],
  ] as const)("%s: the sheets' sum %i against %j", (what, sum, published) => {
    expect(rows[what]?.sum).toBe(sum);
    expect(rows[what]?.published.map((p) => p.value)).toEqual(published);
  });
});
