/** The tally-sheet files (public/data/actas/): their kinds, their types and where each lives. */
import type {
  ActasAreasFile,
  ActasCompilationsFile,
  ActasCentreIndexFile,
  ActasCentresFile,
  ActasSheetsFile,
  ActasStatesFile,
  VenezuelaStatesFile,
} from "./actas-schemas";

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
