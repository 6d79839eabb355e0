import { describe, expect, it } from "vitest";
import type { Actor, Source } from "../../data/schemas";
import { makeI18n } from "../../i18n/i18n";
import { buildEntries } from "./entries";
import { countrySections, sourceSections } from "./picker-options";
import { cite, event, noRecords, publishedData, stance } from "./test-data";

const sources: Source[] = [
  { id: "the-economist", name: { en: "The Economist", es: "The Economist" }, kind: "news" },
  { id: "cnn", name: { en: "CNN", es: "CNN" }, kind: "news" },
  { id: "pledgetimes", name: { en: "pledgetimes.com", es: "pledgetimes.com" }, kind: "aggregator" },
  {
    id: "government-of-peru",
    name: { en: "Government of Peru", es: "Gobierno de Perú" },
    kind: "government",
  },
  { id: "unused", name: { en: "Never cited", es: "Nunca citada" }, kind: "forum" },
];

const peru: Actor = { id: "PER", name: { en: "Peru", es: "Perú" }, type: "country" };
const argentina: Actor = { id: "ARG", name: { en: "Argentina", es: "Argentina" }, type: "country" };
// A body's Spanish name comes from the data; countries are named by Intl.
const oas: Actor = {
  id: "oas",
  name: { en: "OAS", es: "Organización de los Estados Americanos" },
  type: "organization",
};

const en = makeI18n("en");
const es = makeI18n("es");

const entries = buildEntries(
  {
    ...noRecords,
    actors: [peru, oas, argentina],
    events: [
      event("a", "2024-08-01", {
        actors: ["PER", "oas"],
        claimant: "the-economist",
        citations: [cite("pledgetimes")],
      }),
      event("b", "2024-08-02", { actors: ["PER"], citations: [cite("cnn"), cite("cnn", "second quote")] }),
    ],
    stances: [stance("s", "2024-08-03", { citations: [cite("pledgetimes")] })],
  },
  en,
);

describe("sourceSections", () => {
  it("groups by kind, reporters first, counts each entry once, and leaves out unused sources", () => {
    expect(sourceSections(sources, entries, en)).toEqual([
      {
        id: "news",
        title: "News outlets",
        options: [
          { id: "cnn", name: "CNN", count: 1 },
          { id: "the-economist", name: "The Economist", count: 1 },
        ],
      },
      {
        id: "aggregator",
        title: "Republishers and aggregators",
        options: [{ id: "pledgetimes", name: "pledgetimes.com", count: 2 }],
      },
      {
        id: "government",
        title: "Governments",
        options: [{ id: "government-of-peru", name: "Government of Peru", count: 1 }],
      },
    ]);
  });

  it("keeps a chosen source even when it supports no entry, so it can be unchosen", () => {
    const titles = sourceSections(sources, entries, en, ["unused"]).map((s) => s.title);
    expect(titles).toEqual(["News outlets", "Republishers and aggregators", "Forums", "Governments"]);
  });
});

describe("countrySections", () => {
  it("groups countries apart from organisations, with their entry counts", () => {
    expect(countrySections([peru, argentina, oas], entries, en)).toEqual([
      { id: "country", title: "Countries", options: [{ id: "PER", name: "Peru", count: 3 }] },
      { id: "organization", title: "Organisations", options: [{ id: "oas", name: "OAS", count: 1 }] },
    ]);
  });

  it("names groups and countries in Spanish and sorts them by Spanish rules", () => {
    const actors: Actor[] = [peru, argentina, oas];
    const involved = buildEntries(
      { ...noRecords, actors, events: [event("x", "2024-08-01", { actors: ["PER", "ARG", "oas"] })] },
      es,
    );
    expect(countrySections(actors, involved, es)).toEqual([
      {
        id: "country",
        title: "Países",
        options: [
          { id: "ARG", name: "Argentina", count: 1 },
          { id: "PER", name: "Perú", count: 1 },
        ],
      },
      {
        id: "organization",
        title: "Organismos",
        options: [{ id: "oas", name: "Organización de los Estados Americanos", count: 1 }],
      },
    ]);
    expect(sourceSections(sources, entries, es).map((s) => s.title)).toEqual([
      "Medios de noticias",
      "Agregadores y sitios que republican",
      "Gobiernos",
    ]);
  });

  it("offers The Economist on the published data with the one entry it supports", () => {
    const data = publishedData();
    const news = sourceSections(data.sources, buildEntries(data, en), en).find((s) => s.id === "news");
    expect(news?.options).toContainEqual({ id: "the-economist", name: "The Economist", count: 1 });
  });
});
