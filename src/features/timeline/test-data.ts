/** Small hand-made records for the timeline's pure tests, plus the published dataset itself. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  actorsFile,
  disagreementsFile,
  eventsFile,
  sourcesFile,
  stancesFile,
  talliesFile,
  type Citation,
  type Disagreement,
  type StanceStatement,
  type Tally,
  type TimelineEvent,
} from "../../data/schemas";
import type { EntrySources } from "./entries";

export const cite = (publisher: string, quote = "a quote", extra: Partial<Citation> = {}): Citation => ({
  publisher,
  title: `${publisher} title`,
  url: `https://example.org/${publisher}/${encodeURIComponent(quote)}`,
  date: "2024-08-01",
  quote,
  quoteLang: "en",
  ...extra,
});

export const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: { en: `Event ${id}`, es: `Evento ${id}` },
  summary: { en: `Summary of ${id}`, es: `Resumen de ${id}` },
  kind: "diplomatic",
  actors: ["VEN"],
  citations: [cite("news-a")],
  ...extra,
});

export const stance = (id: string, date: string, extra: Partial<StanceStatement> = {}): StanceStatement => ({
  id,
  actor: "PER",
  stance: "recognizes-gonzalez",
  date,
  claimant: "government-of-peru",
  summary: { en: `Stance ${id}`, es: `Posición ${id}` },
  citations: [cite("news-b")],
  ...extra,
});

export const tally = (id: string, date: string | null, extra: Partial<Tally> = {}): Tally => ({
  id,
  label: { en: `Tally ${id}`, es: `Conteo ${id}` },
  kind: "official",
  claimant: "cne",
  date,
  coverage: { percent: "80", of: { en: "polling stations", es: "centros de votación" } },
  publication: {
    method: "read-aloud",
    description: { en: `Read out ${id}`, es: `Leído en voz alta ${id}` },
    citations: [cite("news-c", id)],
  },
  results: [
    { candidate: "a", votes: 1 },
    { candidate: "b", votes: 2 },
  ],
  shareBase: null,
  citations: [cite("news-c", id)],
  ...extra,
});

export const disagreement = (id: string, subject: Disagreement["subject"]): Disagreement => ({
  id,
  topic: { en: `Topic ${id}`, es: `Tema ${id}` },
  subject,
  claims: [
    { value: { en: "one", es: "uno" }, citations: [cite("news-a")] },
    { value: { en: "two", es: "dos" }, citations: [cite("news-b")] },
  ],
});

export const noRecords: EntrySources = {
  events: [],
  stances: [],
  tallies: [],
  actors: [],
  disagreements: [],
};

const read = (file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, "../../../public/data", file), "utf8")) as unknown;

/** The published files, parsed with the app's own schemas. */
export function publishedData() {
  return {
    events: eventsFile.parse(read("events.json")).events,
    stances: stancesFile.parse(read("stances.json")).stances,
    tallies: talliesFile.parse(read("tallies.json")).tallies,
    actors: actorsFile.parse(read("actors.json")).actors,
    disagreements: disagreementsFile.parse(read("disagreements.json")).disagreements,
    sources: sourcesFile.parse(read("sources.json")).sources,
  };
}
