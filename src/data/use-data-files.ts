/**
 * Loads several data files for one panel and reports them as one: all ready, loading, or failed;
 * `retrying` when a file that failed is tried again (the reader pressed Retry), and `failures`,
 * the tries that failed so far of a file still loading ("trying again (2 of 3)").
 */
import { useQueries } from "@tanstack/react-query";
import type { DataFileName } from "./files";
import type { Dataset } from "./integrity";
import { dataFileQuery } from "./queries";

export type Files<N extends DataFileName> = { [K in N]: Dataset[K] };

export function useDataFiles<N extends DataFileName>(names: readonly N[]) {
  return useQueries({
    queries: names.map((name) => dataFileQuery(name)),
    combine: (results) => {
      const failed = results.filter((r) => r.isError);
      const ready = results.every((r) => r.isSuccess);
      const data = ready
        ? (Object.fromEntries(names.map((name, i) => [name, results[i]?.data])) as unknown as Files<N>)
        : undefined;
      return {
        data,
        error: failed[0]?.error ?? null,
        retrying: results.some((r) => r.isPending && r.isFetching && r.errorUpdateCount > 0),
        failures: Math.max(0, ...results.map((r) => (r.isFetching ? r.failureCount : 0))),
        retry: () => failed.forEach((r) => void r.refetch()),
      };
    },
  });
}
