import { describe, expect, it } from "vitest";
import { fileSchemas } from "./file-schemas";
import { parseLeniently } from "./lenient-parse";
import { localText, SCHEMA_VERSION } from "./schemas";

/** The issues zod reports, as "path: message". */
const issues = (value: unknown) =>
  localText.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

const citation = {
  publisher: "news-a",
  title: "A headline",
  url: "https://example.org/a",
  date: "2024-08-01",
  quote: "a quote",
  quoteLang: "en",
};
const event = (id: string, summary: unknown) => ({
  id,
  date: "2024-08-01",
  title: { en: "Protests in Caracas", es: "Protestas en Caracas" },
  summary,
  kind: "protest-repression",
  actors: ["VEN"],
  citations: [citation],
});

describe("localText", () => {
  it("accepts a text given in English and Spanish", () => {
    expect(localText.parse({ en: "Protests in Caracas", es: "Protestas en Caracas" })).toEqual({
      en: "Protests in Caracas",
      es: "Protestas en Caracas",
    });
  });

  it.each<[string, unknown, RegExp]>([
    ["a missing Spanish text", { en: "x" }, /^es: /],
    ["an empty Spanish text", { en: "x", es: "" }, /^es: the Spanish text is empty$/],
    ["an empty English text", { en: "", es: "x" }, /^en: the English text is empty$/],
    ["a plain string (the shape of schema version 1)", "x", /^: /],
    ["a language the page does not have", { en: "x", es: "x", pt: "x" }, /pt/],
  ])("refuses %s", (_, value, message) => {
    expect(issues(value)).toEqual([expect.stringMatching(message)]);
  });
});

describe("a record whose text lacks its Spanish", () => {
  const file = {
    schemaVersion: SCHEMA_VERSION,
    events: [
      event("kept", { en: "Crowds marched.", es: "Multitudes marcharon." }),
      event("no-spanish", { en: "Crowds marched." }),
      event("empty-spanish", { en: "Crowds marched.", es: "" }),
    ],
  };
  const { schema, records } = fileSchemas.events;

  it("fails the data check", () => {
    const paths = schema.safeParse(file).error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["events.1.summary.es", "events.2.summary.es"]);
  });

  it("is skipped by the app, and said to be, rather than shown in English to a Spanish reader", () => {
    const result = parseLeniently("events.json", file, schema, records);
    expect(result.ok && result.data.events.map((e) => e.id)).toEqual(["kept"]);
    expect(result.ok && result.skipped.map((p) => p.message)).toEqual([
      expect.stringContaining('"no-spanish" is invalid and was skipped (summary.es:'),
      'the record "empty-spanish" is invalid and was skipped (summary.es: the Spanish text is empty)',
    ]);
  });
});

describe("a figure of a series whose text lacks its Spanish", () => {
  const value = (measure: unknown) => ({
    date: "2024-08-12",
    value: 23,
    bound: "exact",
    claimant: "news-a",
    measure,
    citations: [citation],
  });
  const file = {
    schemaVersion: SCHEMA_VERSION,
    events: [event("kept", { en: "Crowds marched.", es: "Multitudes marcharon." })],
    series: [
      {
        id: "deaths",
        topic: { en: "Deaths", es: "Muertes" },
        values: [value({ en: "deaths", es: "muertes" })],
      },
      { id: "arrests", topic: { en: "Arrests" }, values: [value({ en: "arrests", es: "arrestos" })] },
    ],
  };

  it("takes only that series out, not the events beside it", () => {
    const { schema, records } = fileSchemas.events;
    const result = parseLeniently("events.json", file, schema, records);
    expect(result.ok && result.data.events.map((e) => e.id)).toEqual(["kept"]);
    expect(result.ok && result.data.series?.map((s) => s.id)).toEqual(["deaths"]);
    expect(result.ok && result.skipped.map((p) => p.path)).toEqual(["$.series[1]"]);
  });
});
