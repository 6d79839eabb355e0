/**
 * One queryOptions factory for the tally-sheet files (public/data/actas/): the summary and the
 * shapes load with the panel; a state's areas, centres and sheets when a reader drills into it,
 * a link asks for it, or a search needs it (README, "The tally sheets").
 */
import { queryOptions } from "@tanstack/react-query";
import type { ActasKind } from "./actas-files";
import { DataError } from "./fetch-json";

/**
 * A file that is not there (404), not JSON or not in the expected shape will be the same on the
 * next try: the panel says so at once. A server or network failure may pass: tried twice more.
 */
const retryActas = (failures: number, error: unknown) =>
  failures < 2 && !(error instanceof DataError && ["missing", "not-json", "invalid"].includes(error.kind));

export function actasQuery<K extends ActasKind>(kind: K, state = "") {
  return queryOptions({
    queryKey: ["actas", kind, state] as const,
    // The loader (and its worker) is a chunk of its own: links and the panel need it, the first paint does not.
    queryFn: ({ signal }) => import("./actas-load").then((module) => module.loadActas(kind, state, signal)),
    // The files are static for the life of the page.
    staleTime: Infinity,
    retry: retryActas,
  });
}
