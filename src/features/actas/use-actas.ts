/** The panel's tally-sheet files: which it needs for the area and centre on screen, and how each is doing. */
import { useQueries, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { STATE_CODES } from "../../data/actas-codes";
import type { ActasFiles, ActasKind, ActasStateKind } from "../../data/actas-files";
import { actasQuery } from "../../data/actas-queries";

/** One file of a state (none while `state` is empty). */
export function useStateFile<K extends ActasStateKind>(kind: K, state: string) {
  return useQuery({ ...actasQuery(kind, state), enabled: state !== "" }) as UseQueryResult<ActasFiles[K]>;
}

export const useActasFile = <K extends ActasKind>(kind: K, enabled = true) =>
  useQuery({ ...actasQuery(kind), enabled }) as UseQueryResult<ActasFiles[K]>;

/** Every state's sheets, for the spread of the whole country (24 small files, cached for drill-downs). */
export function useAllSheets(enabled: boolean) {
  return useQueries({
    queries: STATE_CODES.map((code) => ({ ...actasQuery("sheets", code), enabled })),
    combine: (results) => ({
      data: results.every((r) => r.isSuccess)
        ? results.map((r) => r.data as ActasFiles["sheets"])
        : undefined,
      error: results.find((r) => r.isError)?.error ?? null,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
}
