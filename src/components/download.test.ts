import { describe, expect, it } from "vitest";
import type { Citation } from "../data/schemas";
import { citationCells, csvText, uniqueCitations } from "./download";

const citation = (url: string, extra: Partial<Citation> = {}): Citation => ({
  publisher: "pub",
  title: "A title",
  url,
  date: "2024-08-01",
  quote: "q",
  quoteLang: "en",
  ...extra,
});

describe("csvText", () => {
  it.each([
    { name: "plain cells", data: [["a", "b"]], body: "h1,h2\r\na,b" },
    { name: "accents stay UTF-8", data: [["González", "Perú"]], body: "h1,h2\r\nGonzález,Perú" },
    {
      name: "commas and quotes are quoted",
      data: [['say "hi", then', "x"]],
      body: 'h1,h2\r\n"say ""hi"", then",x',
    },
    { name: "line breaks are quoted", data: [["one\ntwo", "x"]], body: 'h1,h2\r\n"one\ntwo",x' },
    {
      name: "formulas are defused",
      data: [["=HYPERLINK(1)", "@x"]],
      body: 'h1,h2\r\n"\'=HYPERLINK(1)","\'@x"',
    },
  ])("$name", async ({ data, body }) => {
    const text = await csvText({ fields: ["h1", "h2"], data });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(body);
  });
});

describe("citationCells", () => {
  it.each([
    {
      name: "one",
      citations: [citation("https://a.org")],
      cells: ["Pub", "A title", "https://a.org", "2024-08-01"],
    },
    {
      name: "two, one undated",
      citations: [citation("https://a.org"), citation("https://b.org", { date: null, title: "B" })],
      cells: ["Pub | Pub", "A title | B", "https://a.org | https://b.org", "2024-08-01 | "],
    },
    { name: "none", citations: [], cells: ["", "", "", ""] },
  ])("$name", ({ citations, cells }) => {
    expect(citationCells(citations, () => "Pub")).toEqual(cells);
  });

  it("lists each cited page once", () => {
    expect(
      uniqueCitations([citation("https://a.org"), citation("https://a.org"), citation("https://b.org")]),
    ).toHaveLength(2);
  });
});
