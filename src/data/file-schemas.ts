/**
 * Each data file's schema and its record lists (for skipping one bad record), and the checks
 * across files. The app loads this module, and zod with it, as its own chunk alongside the data; `npm run data:check`
 * imports it directly. One set of schemas for both.
 */
import type { DataFileName } from "./files";
export { checkIntegrity } from "./integrity";
export { parseLeniently } from "./lenient-parse";
import type { RecordSchemas } from "./lenient-parse";
import {
  actor,
  actorsFile,
  candidate,
  disagreement,
  disagreementsFile,
  event,
  eventsFile,
  source,
  sourcesFile,
  stanceStatement,
  stancesFile,
  tally,
  talliesFile,
  series,
  notShownFigure,
} from "./schemas";

export const fileSchemas = {
  sources: { schema: sourcesFile, records: { sources: source } },
  actors: { schema: actorsFile, records: { actors: actor } },
  stances: { schema: stancesFile, records: { stances: stanceStatement } },
  tallies: { schema: talliesFile, records: { candidates: candidate, tallies: tally } },
  events: { schema: eventsFile, records: { events: event, series } },
  disagreements: {
    schema: disagreementsFile,
    records: { disagreements: disagreement, notShown: notShownFigure },
  },
} as const satisfies Record<DataFileName, { records: RecordSchemas; schema: unknown }>;
