import { describe, expect, it } from "vitest";
import { makeI18n } from "../../i18n/i18n";
import { buildEntries as build, type EntrySources } from "./entries";
import {
  filterEntries,
  foldText,
  groupByMonth,
  hasFilters,
  NO_FILTERS,
  type TimelineFilters,
} from "./filter-entries";
import { cite, event, noRecords, publishedData, stance, tally } from "./test-data";

const records: EntrySources = {
  ...noRecords,
  events: [
    event("us-offer", "2024-08-07", {
      kind: "report",
      actors: ["USA", "VEN"],
      claimant: "the-economist",
      title: { en: "The Economist reports a US offer", es: "The Economist informa de una oferta de EE. UU." },
      citations: [
        cite("metro", "give him “whatever he wants”"),
        cite("semana", "le daremos lo que quiera", {
          quoteLang: "es",
          translation: { en: "we will give him what he wants" },
        }),
      ],
    }),
    event("ruling", "2024-08-02", { kind: "legal", claimant: "tsj", citations: [cite("allworldnews")] }),
  ],
  stances: [
    stance("per", "2024-07-30", {
      summary: {
        en: "Peru recognised Edmundo González Urrutia",
        es: "Perú reconoció a Edmundo González Urrutia como ganador",
      },
    }),
    stance("bra", "2024-08-01", {
      actor: "BRA",
      stance: "demands-records",
      claimant: "government-of-brazil",
    }),
  ],
  tallies: [tally("cne", "2024-07-29"), tally("moe", null, { claimant: "moe-colombia" })],
};
const buildEntries = (data: EntrySources) => build(data, makeI18n("en"));
const entries = buildEntries(records);
const spanishEntries = build(records, makeI18n("es"));

const ids = (f: Partial<TimelineFilters>, from = entries) =>
  filterEntries(from, { ...NO_FILTERS, ...f }).map((e) => e.id);

describe("filterEntries", () => {
  it.each<[string, Partial<TimelineFilters>, string[]]>([
    ["no filter keeps everything, in order", {}, ["cne", "per", "bra", "ruling", "us-offer", "moe"]],
    ["country: an actor of the entry", { country: ["USA"] }, ["us-offer"]],
    ["country: several widen", { country: ["PER", "BRA"] }, ["per", "bra"]],
    ["country: tallies name no actor", { country: ["VEN"] }, ["ruling", "us-offer"]],
    ["source: the claimant", { source: ["the-economist"] }, ["us-offer"]],
    ["source: a citation's publisher", { source: ["semana"] }, ["us-offer"]],
    ["source: a tally's claimant", { source: ["moe-colombia"] }, ["moe"]],
    ["stance: statements with that stance only", { stance: ["demands-records"] }, ["bra"]],
    ["kind", { kind: ["legal", "report"] }, ["ruling", "us-offer"]],
    ["kind: stances are recognition", { kind: ["recognition"] }, ["per", "bra"]],
    ["kind: tallies are election results", { kind: ["election-results"] }, ["cne", "moe"]],
    ["search: title, any case", { q: "ECONOMIST" }, ["us-offer"]],
    ["search: without accents", { q: "gonzalez urrutia" }, ["per"]],
    ["search: accents typed that the data lacks", { q: "Perú" }, ["per"]],
    ["search: inside a quote, straight quotes", { q: '"whatever he wants"' }, ["us-offer"]],
    ["search: a quote in its own language", { q: "lo que quiera" }, ["us-offer"]],
    ["search: this site's translation beside a quote", { q: "we will give him" }, ["us-offer"]],
    ["search: every word must match", { q: "economist ruling" }, []],
    ["search: blank is no search", { q: "   " }, ["cne", "per", "bra", "ruling", "us-offer", "moe"]],
    ["filters narrow together", { country: ["VEN"], kind: ["legal"] }, ["ruling"]],
    ["nothing matches", { country: ["PER"], source: ["the-economist"] }, []],
  ])("%s", (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe("a search on the Spanish page", () => {
  it.each<[string, string, string[]]>([
    ["finds a word of a Spanish summary, without its accent", "reconocio ganador", ["per"]],
    ["finds a Spanish title", "oferta", ["us-offer"]],
    ["finds a stance title in Spanish", "reconoce", ["per"]],
    ["does not find a word only the English text has", "recognised", []],
    // The quote is in the page's language, so its English translation is not shown, nor searched.
    ["does not search a translation the page does not show", "we will give him", []],
  ])("%s: %s", (_, q, expected) => {
    expect(ids({ q }, spanishEntries)).toEqual(expected);
  });
});

describe("on the published data", () => {
  const filter = (f: Partial<TimelineFilters>) =>
    filterEntries(buildEntries(publishedData()), { ...NO_FILTERS, ...f });

  it("source=the-economist shows the Economist's report of the US offer and not the TSJ ruling", () => {
    const shown = filter({ source: ["the-economist"] }).map((e) => e.id);
    expect(shown).toContain("economist-whatever-he-wants");
    expect(shown).not.toContain("tsj-ruling-026");
  });

  it("country=PER finds Peru's recognition and its withdrawal", () => {
    const shown = filter({ country: ["PER"] }).map((e) => e.id);
    expect(shown).toEqual(expect.arrayContaining(["per-2024-07-30", "per-2024-09-05"]));
  });
});

describe("foldText", () => {
  it.each([
    ["González", "gonzalez"],
    ["Bolívar", "bolivar"],
    ["Venezuela’s “whatever”", 'venezuela\'s "whatever"'],
    ["Doğru Haber", "dogru haber"],
  ])("%s → %s", (input, output) => expect(foldText(input)).toBe(output));
});

describe("hasFilters", () => {
  it.each<[Partial<TimelineFilters>, boolean]>([
    [{}, false],
    [{ q: " " }, false],
    [{ q: "x" }, true],
    [{ kind: ["legal"] }, true],
  ])("%j → %s", (f, expected) => expect(hasFilters({ ...NO_FILTERS, ...f })).toBe(expected));
});

describe("groupByMonth", () => {
  it("groups consecutive entries by month and keeps undated entries apart, last", () => {
    const groups = groupByMonth(entries).map((g) => [g.month, g.entries.map((e) => e.id)]);
    expect(groups).toEqual([
      ["2024-07", ["cne", "per"]],
      ["2024-08", ["bra", "ruling", "us-offer"]],
      [null, ["moe"]],
    ]);
  });
});
