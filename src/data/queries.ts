/** One queryOptions factory per data file: key and fetcher stay together. */
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson, type Loaded } from "./fetch-json";
import { dataFiles, fileNameOf, type DataFileName } from "./files";
import type { Dataset } from "./integrity";

export function loadedFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({
    queryKey: ["data", name] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        fileNameOf(name),
        dataFiles[name].schema as z.ZodType<unknown>,
        dataFiles[name].records,
        signal,
      ) as Promise<Loaded<Dataset[N]>>,
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
