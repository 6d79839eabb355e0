/** One queryOptions factory per data file: key and fetcher stay together. */
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson } from "./fetch-json";
import { dataFiles, fileNameOf, type DataFileName } from "./files";
import type { Dataset } from "./integrity";

export function dataFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({
    queryKey: ["data", name] as const,
    queryFn: ({ signal }) =>
      fetchJson(fileNameOf(name), dataFiles[name].schema as z.ZodType<unknown>, signal) as Promise<
        Dataset[N]
      >,
    // The files are static for the life of the page.
    staleTime: Infinity,
  });
}
