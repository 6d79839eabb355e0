/** The published data files, their schemas, their record lists, and what each one holds (for messages). */
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
} from "./schemas";

export const dataFiles = {
  sources: { schema: sourcesFile, records: { sources: source }, holds: "the list of sources" },
  actors: { schema: actorsFile, records: { actors: actor }, holds: "the countries and organisations" },
  stances: { schema: stancesFile, records: { stances: stanceStatement }, holds: "who recognised whom" },
  tallies: {
    schema: talliesFile,
    records: { candidates: candidate, tallies: tally },
    holds: "the vote counts",
  },
  events: { schema: eventsFile, records: { events: event }, holds: "the timeline events" },
  disagreements: {
    schema: disagreementsFile,
    records: { disagreements: disagreement },
    holds: "where sources disagree",
  },
} as const satisfies Record<string, { records: RecordSchemas; holds: string; schema: unknown }>;

export type DataFileName = keyof typeof dataFiles;
export const DATA_FILE_NAMES = Object.keys(dataFiles) as DataFileName[];
export const fileNameOf = (name: DataFileName) => `${name}.json`;
