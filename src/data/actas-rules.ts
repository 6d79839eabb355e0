/**
 * How each tally-sheet file is checked when it loads: its schema (actas-schemas.ts, the same
 * the command-line check uses). A chunk of its own with zod, requested with the file. These
 * files are derived by the build, not written by hand, so there is no record to skip: a file
 * that fails its schema fails whole, and the panel says which.
 */
import { parseLeniently } from "./lenient-parse";
import {
  actasAreasFile,
  actasCompilationsFile,
  actasCentreIndexFile,
  actasCentresFile,
  actasSheetsFile,
  actasStatesFile,
  venezuelaStatesFile,
} from "./actas-schemas";

const whole = <S>(schema: S) => ({ schema, records: {}, parse: parseLeniently });

export const actasRules = {
  states: whole(actasStatesFile),
  shapes: whole(venezuelaStatesFile),
  areas: whole(actasAreasFile),
  centres: whole(actasCentresFile),
  sheets: whole(actasSheetsFile),
  centreIndex: whole(actasCentreIndexFile),
  compilations: whole(actasCompilationsFile),
};
