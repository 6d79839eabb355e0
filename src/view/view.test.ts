import { describe, expect, it } from "vitest";
import { EMPTY_VIEW, parseView, serializeView, type ViewState } from "./view";

const view = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW, ...patch });

describe("parseView", () => {
  it.each<[string, string, Partial<ViewState>]>([
    ["an empty query", "", {}],
    ["countries, sorted and deduplicated", "?country=MEX,BRA,MEX", { country: ["BRA", "MEX"] }],
    ["a body by its slug", "?country=oas", { country: ["oas"] }],
    ["sources", "?source=the-economist,cne", { source: ["cne", "the-economist"] }],
    ["stances", "?stance=rejects-result", { stance: ["rejects-result"] }],
    ["a date", "?asof=2024-08-07", { asof: "2024-08-07" }],
    ["an event", "?event=tsj-ruling", { event: "tsj-ruling" }],
    [
      "two tallies, in the order given",
      "?compare=opposition-83-5,cne-2024-08-02",
      { compare: ["opposition-83-5", "cne-2024-08-02"] },
    ],
    ["commas encoded", "?country=BRA%2CMEX", { country: ["BRA", "MEX"] }],
    ["event kinds", "?kind=legal,diplomatic", { kind: ["diplomatic", "legal"] }],
    ["a search, tidied", "?q=%20%20Torrej%C3%B3n%0A%20base", { q: "Torrejón base" }],
    ["an empty search as no search", "?q=", {}],
    ["a language", "?lang=es", { lang: "es" }],
    ["an embed", "?embed=map", { embed: "map" }],
  ])("reads %s", (_, search, expected) => {
    const result = parseView(search);
    expect(result.view).toEqual(view(expected));
    expect(result.ignored).toEqual([]);
  });

  it.each<[string, string, Partial<ViewState>, string]>([
    ["a malformed country", "?country=BRA,<script>", { country: ["BRA"] }, "<script>"],
    ["an unknown stance", "?stance=loves-maduro", {}, "loves-maduro"],
    ["an unknown event kind", "?kind=gossip,legal", { kind: ["legal"] }, "gossip"],
    ["a language we do not have", "?lang=fr", {}, "fr"],
    ["an unknown embed", "?embed=everything", {}, "everything"],
    ["a date that does not exist", "?asof=2024-02-30", {}, "2024-02-30"],
    ["a date in another format", "?asof=7/8/2024", {}, "7/8/2024"],
    ["one tally to compare", "?compare=cne-2024-08-02", {}, "cne-2024-08-02"],
    ["the same tally twice", "?compare=cne,cne", {}, "cne,cne"],
    ["an unknown parameter", "?utm_source=x&country=BRA", { country: ["BRA"] }, "x"],
    ["a repeated parameter", "?country=BRA&country=MEX", { country: ["BRA"] }, "MEX"],
  ])("drops %s and says so", (_, search, expected, ignoredValue) => {
    const result = parseView(search);
    expect(result.view).toEqual(view(expected));
    expect(result.ignored.map((i) => i.value)).toContain(ignoredValue);
  });

  it("shortens a huge value in the notice instead of repeating it", () => {
    const result = parseView(`?country=${"A".repeat(100_000)}`);
    expect(result.view.country).toEqual([]);
    expect(result.ignored[0]?.value.length).toBeLessThan(80);
  });

  it("does not throw on broken percent-encoding", () => {
    expect(() => parseView("?country=%E0%A4%A&asof=%")).not.toThrow();
  });
});

describe("serializeView", () => {
  it.each<[Partial<ViewState>, string]>([
    [{}, ""],
    [{ country: ["MEX", "BRA"] }, "?country=BRA,MEX"],
    [{ asof: "2024-08-07", country: ["BRA"] }, "?country=BRA&asof=2024-08-07"],
    [
      {
        compare: ["cne-2024-07-29", "cne-2024-08-02"],
        event: "e1",
        stance: ["rejects-result"],
        source: ["cne"],
      },
      "?source=cne&stance=rejects-result&event=e1&compare=cne-2024-07-29,cne-2024-08-02",
    ],
  ])("writes %j as %s", (input, expected) => {
    expect(serializeView(view(input))).toBe(expected);
  });

  it.each([
    "?country=BRA,MEX&asof=2024-08-07",
    "?source=metro-world-news,the-economist&stance=demands-records,rejects-result",
    "?event=tsj-ruling&compare=opposition-83-5,cne-2024-07-29",
    "?country=EU,oas",
    "?kind=legal,report&q=Torrejón+base",
    "?country=VEN&asof=2024-08-07&lang=es",
    "?stance=rejects-result&lang=es&embed=map",
  ])("round-trips %s unchanged", (search) => {
    expect(serializeView(parseView(search).view)).toBe(search);
  });
});
