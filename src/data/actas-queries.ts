/**
 * One queryOptions factory for the tally-sheet files (public/data/actas/): the summary and the
 * shapes load with the panel; a state's areas, centres and sheets when a reader drills into it,
 * a link asks for it, or a search needs it (README, "The tally sheets").
 */
import { queryOptions } from "@tanstack/react-query";
import type {
  ActasAreasFile,
  ActasCompilationsFile,
  ActasCentreIndexFile,
  ActasCentresFile,
  ActasSheetsFile,
  ActasStatesFile,
  VenezuelaStatesFile,
} from "./actas-schemas";
import { fetchJson, type ParseRules } from "./fetch-json";

export interface ActasFiles {
  states: ActasStatesFile;
  shapes: VenezuelaStatesFile;
  centreIndex: ActasCentreIndexFile;
  compilations: ActasCompilationsFile;
  areas: ActasAreasFile;
  centres: ActasCentresFile;
  sheets: ActasSheetsFile;
}
export type ActasKind = keyof ActasFiles;
/** The files that hold one state each (`SS.json`). */
export type ActasStateKind = "areas" | "centres" | "sheets";

const PATHS: Record<Exclude<ActasKind, ActasStateKind>, string> = {
  states: "actas/states.json",
  shapes: "actas/venezuela-states.json",
  centreIndex: "actas/centre-index.json",
  compilations: "actas/compilations.json",
};

/** The file's path under data/: `actas/areas/17.json` for Sucre's areas. */
export const actasPath = (kind: ActasKind, state = "") =>
  kind === "areas" || kind === "centres" || kind === "sheets" ? `actas/${kind}/${state}.json` : PATHS[kind];

export function actasQuery<K extends ActasKind>(kind: K, state = "") {
  return queryOptions({
    queryKey: ["actas", kind, state] as const,
    queryFn: async ({ signal }) => {
      const loaded = await fetchJson(
        actasPath(kind, state),
        () =>
          import("./actas-rules").then(
            (module) => module.actasRules[kind] as unknown as ParseRules<ActasFiles[K]>,
          ),
        signal,
        "low",
      );
      return loaded.file;
    },
    // The files are static for the life of the page.
    staleTime: Infinity,
  });
}
