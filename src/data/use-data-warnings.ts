/**
 * What a panel should warn about once its files have loaded: records that were invalid and
 * skipped, and references that point nowhere (a citation naming a source that is not listed).
 */
import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Loaded } from "./fetch-json";
import type { DataFileName } from "./files";
import type { Dataset } from "./integrity";
import type { DataProblem } from "./issues";
import { checkLoaded, loadedFileQuery } from "./queries";

export function useDataWarnings(names: readonly DataFileName[]): DataProblem[] {
  const key = names.join();
  const combine = useCallback(
    (results: UseQueryResult<Loaded<unknown>>[]) => {
      const skipped = results.flatMap((r) => r.data?.skipped ?? []);
      const present = Object.fromEntries(
        key.split(",").flatMap((name, i) => (results[i]?.data ? [[name, results[i].data.file]] : [])),
      ) as Partial<Dataset>;
      const broken = checkLoaded(present).filter((p) => p.code === "reference");
      return [...skipped, ...broken];
    },
    [key],
  );
  return useQueries({ queries: names.map((name) => loadedFileQuery(name)), combine });
}
