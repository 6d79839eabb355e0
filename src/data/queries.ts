/** One queryOptions factory per data file: key and fetcher stay together. */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson, type Loaded, type ParseRules } from "./fetch-json";
import { fileNameOf, type DataFileName } from "./files";
import type { Dataset } from "./integrity";

// zod and the schemas are a chunk of their own: requested with the first file, they download
// alongside the data instead of delaying the first paint (about a sixth of the page's script).
const rulesFor = (name: DataFileName) =>
  import("./file-schemas").then(({ fileSchemas }) => fileSchemas[name] as ParseRules<unknown>);

export function loadedFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({
    queryKey: ["data", name] as const,
    queryFn: ({ signal }) =>
      fetchJson(fileNameOf(name), () => rulesFor(name), signal) as Promise<Loaded<Dataset[N]>>,
    // The files are static for the life of the page.
    staleTime: Infinity,
  });
}

/** The file itself. */
export function dataFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({ ...loadedFileQuery(name), select: (loaded: Loaded<Dataset[N]>) => loaded.file });
}

/** The records of the file that were invalid and skipped (same query, same fetch). */
export function skippedRecordsQuery<N extends DataFileName>(name: N) {
  return queryOptions({ ...loadedFileQuery(name), select: (loaded: Loaded<Dataset[N]>) => loaded.skipped });
}
