/** Loads several data files for one panel and reports them as one: all ready, loading, or failed. */
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
        isPending: !ready && failed.length === 0,
        retry: () => failed.forEach((r) => void r.refetch()),
      };
    },
  });
}
