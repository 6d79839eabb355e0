import { describe, expect, it } from "vitest";
import { makeI18n } from "../../i18n/i18n";
import { buildEntries as build, type EntrySources } from "./entries";
import { cite, disagreement, event, noRecords, publishedData, stance, tally } from "./test-data";

const en = makeI18n("en");
const es = makeI18n("es");
const buildEntries = (data: EntrySources) => build(data, en);
const peru = { id: "PER", name: { en: "Peru", es: "Perú" }, type: "country" } as const;

describe("buildEntries", () => {
  it("merges events, stances and tallies in date order; same day: event, tally, stance", () => {
    const entries = buildEntries({
      ...noRecords,
      events: [event("e2", "2024-08-02"), event("e1", "2024-07-29")],
      stances: [stance("s1", "2024-07-29")],
      tallies: [tally("t-undated", null), tally("t1", "2024-07-29")],
    });
    expect(entries.map((e) => e.id)).toEqual(["e1", "t1", "s1", "e2", "t-undated"]);
  });

  it.each([
    [
      "event",
      { events: [event("e", "2024-08-01", { claimant: "telesur" })] },
      {
        kind: "diplomatic",
        actors: ["VEN"],
        claimant: "telesur",
        summary: "Summary of e",
      },
    ],
    [
      "stance",
      {
        stances: [
          stance("s", "2024-08-01", {
            note: { en: "won the majority", es: "ganó la mayoría" },
            datePrecision: "by",
          }),
        ],
      },
      {
        kind: "recognition",
        actors: ["PER"],
        stance: "recognizes-gonzalez",
        note: "won the majority",
        datePrecision: "by",
      },
    ],
    [
      "tally",
      { tallies: [tally("t", "2024-08-01")] },
      { kind: "election-results", actors: [], claimant: "cne", title: "Tally t", summary: "Read out t" },
    ],
  ] as const)("derives a %s entry from its record", (origin, records, expected) => {
    const [entry] = buildEntries({ ...noRecords, ...records });
    expect(entry).toMatchObject({ origin, ...expected });
  });

  it("titles a stance with the actor's name and the stance label", () => {
    const [entry] = buildEntries({
      ...noRecords,
      actors: [peru],
      stances: [stance("s", "2024-07-30")],
    });
    expect(entry?.title).toBe("Peru: Recognizes González");
    expect(entry?.kind).toBe("recognition");
  });

  it("titles a stance in Spanish with the country's Spanish name", () => {
    const [entry] = build(
      {
        ...noRecords,
        actors: [peru],
        stances: [stance("s", "2024-07-30")],
      },
      es,
    );
    expect(entry?.title).toBe("Perú: Reconoce a González");
  });

  it("gives every text of a record in Spanish to a Spanish reader", () => {
    const entries = build(
      {
        ...noRecords,
        events: [event("e", "2024-08-01")],
        stances: [stance("s", "2024-08-02", { note: { en: "won the majority", es: "ganó la mayoría" } })],
        tallies: [
          tally("t", null, { dateNote: { en: "not stated by the source", es: "la fuente no la indica" } }),
        ],
      },
      es,
    );
    expect(
      entries.map(({ id, lang, title, summary, note, dateNote }) => ({
        id,
        lang,
        title,
        summary,
        note,
        dateNote,
      })),
    ).toEqual([
      {
        id: "e",
        lang: "es",
        title: "Evento e",
        summary: "Resumen de e",
        note: undefined,
        dateNote: undefined,
      },
      {
        id: "s",
        lang: "es",
        title: "Perú: Reconoce a González",
        summary: "Posición s",
        note: "ganó la mayoría",
        dateNote: undefined,
      },
      {
        id: "t",
        lang: "es",
        title: "Conteo t",
        summary: "Leído en voz alta t",
        note: undefined,
        dateNote: "la fuente no la indica",
      },
    ]);
  });

  it("lists a page that a tally cites twice only once", () => {
    const shared = cite("news-c", "same page");
    const [entry] = buildEntries({
      ...noRecords,
      tallies: [
        tally("t", "2024-08-01", {
          citations: [shared, cite("news-d")],
          publication: {
            method: "read-aloud",
            description: { en: "Read out", es: "Leído en voz alta" },
            citations: [shared],
          },
        }),
      ],
    });
    expect(entry?.citations.map((c) => c.publisher)).toEqual(["news-c", "news-d"]);
  });

  it("attaches each disagreement to the entry it is about", () => {
    const entries = buildEntries({
      ...noRecords,
      events: [event("e", "2024-08-01")],
      stances: [stance("s", "2024-08-01")],
      tallies: [tally("t", "2024-08-01")],
      disagreements: [
        disagreement("d-tally", { type: "tally", tally: "t", field: "results.a.votes" }),
        disagreement("d-stance", { type: "stance", stance: "s" }),
        disagreement("d-event", { type: "event", event: "e" }),
      ],
    });
    expect(Object.fromEntries(entries.map((e) => [e.id, e.disagreements.map((d) => d.id)]))).toEqual({
      e: ["d-event"],
      s: ["d-stance"],
      t: ["d-tally"],
    });
  });

  it("derives one entry per record of the published data, and ids never collide", () => {
    const data = publishedData();
    const entries = buildEntries(data);
    expect(entries).toHaveLength(data.events.length + data.stances.length + data.tallies.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries[0]?.id).toBe("election-day");
  });
});
