/** The published data files, in the order they are checked and listed. Their schemas: file-schemas.ts. */
export const DATA_FILE_NAMES = [
  "sources",
  "actors",
  "stances",
  "tallies",
  "events",
  "disagreements",
] as const;

export type DataFileName = (typeof DATA_FILE_NAMES)[number];
export const fileNameOf = (name: DataFileName) => `${name}.json`;
