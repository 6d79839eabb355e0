/**
 * One queryOptions factory for the tally-sheet files (public/data/actas/): the summary and the
 * shapes load with the panel; a state's areas, centres and sheets when a reader drills into it,
 * a link asks for it, or a search needs it (README, "The tally sheets").
 */
import { queryOptions } from "@tanstack/react-query";
import type { ActasKind } from "./actas-files";

export function actasQuery<K extends ActasKind>(kind: K, state = "") {
  return queryOptions({
    queryKey: ["actas", kind, state] as const,
    // The loader (and its worker) is a chunk of its own: links and the panel need it, the first paint does not.
    queryFn: ({ signal }) => import("./actas-load").then((module) => module.loadActas(kind, state, signal)),
    // The files are static for the life of the page.
    // Retried by the query client's one policy (data/retry-policy.ts): the worker's errors come
    // back as DataErrors of the same kind and status.
    staleTime: Infinity,
  });
}
