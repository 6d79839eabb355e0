/** The published data files, their schemas, and what each one holds (for messages). */
import { actorsFile, disagreementsFile, eventsFile, sourcesFile, stancesFile, talliesFile } from "./schemas";

export const dataFiles = {
  sources: { schema: sourcesFile, holds: "the list of sources" },
  actors: { schema: actorsFile, holds: "the countries and organisations" },
  stances: { schema: stancesFile, holds: "who recognised whom" },
  tallies: { schema: talliesFile, holds: "the vote counts" },
  events: { schema: eventsFile, holds: "the timeline events" },
  disagreements: { schema: disagreementsFile, holds: "where sources disagree" },
} as const;

export type DataFileName = keyof typeof dataFiles;
export const DATA_FILE_NAMES = Object.keys(dataFiles) as DataFileName[];
export const fileNameOf = (name: DataFileName) => `${name}.json`;
