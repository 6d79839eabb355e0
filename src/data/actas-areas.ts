/**
 * The tally sheets' areas and their codes, a public API (links will carry them): the CNE's own
 * codes as the centre file writes them (`Codcv`): 2 digits for the state, 2 more for the
 * municipality, 2 more for the parish and 3 more for the voting centre. A municipality is the
 * first 4 digits of its centre codes, a parish the first 6 (data/actas/README.md). The codes'
 * forms, which the URL reads before any file loads, are in actas-codes.ts.
 */
import { STATE_CODE, MUNICIPALITY_CODE, PARISH_CODE, UNCODED_PARISH, CENTRE_CODE } from "./actas-codes";

export { STATE_CODE, MUNICIPALITY_CODE, PARISH_CODE, UNCODED_PARISH, CENTRE_CODE };

/**
 * The 24 states in the CNE's numbering, with INE's `ADM1_PCODE` for the same state (the two
 * differ: the CNE's 02 is Anzoátegui, INE's VE02 is Amazonas) and its name as the boundaries
 * write it (`ADM1_ES`). The Dependencias Federales have no tally sheets and no CNE number.
 */
export const ACTAS_STATES = [
  { code: "01", pcode: "VE01", name: "Distrito Capital" },
  { code: "02", pcode: "VE03", name: "Anzoátegui" },
  { code: "03", pcode: "VE04", name: "Apure" },
  { code: "04", pcode: "VE05", name: "Aragua" },
  { code: "05", pcode: "VE06", name: "Barinas" },
  { code: "06", pcode: "VE07", name: "Bolívar" },
  { code: "07", pcode: "VE08", name: "Carabobo" },
  { code: "08", pcode: "VE09", name: "Cojedes" },
  { code: "09", pcode: "VE11", name: "Falcón" },
  { code: "10", pcode: "VE12", name: "Guárico" },
  { code: "11", pcode: "VE13", name: "Lara" },
  { code: "12", pcode: "VE14", name: "Mérida" },
  { code: "13", pcode: "VE15", name: "Miranda" },
  { code: "14", pcode: "VE16", name: "Monagas" },
  { code: "15", pcode: "VE17", name: "Nueva Esparta" },
  { code: "16", pcode: "VE18", name: "Portuguesa" },
  { code: "17", pcode: "VE19", name: "Sucre" },
  { code: "18", pcode: "VE20", name: "Táchira" },
  { code: "19", pcode: "VE21", name: "Trujillo" },
  { code: "20", pcode: "VE22", name: "Yaracuy" },
  { code: "21", pcode: "VE23", name: "Zulia" },
  { code: "22", pcode: "VE02", name: "Amazonas" },
  { code: "23", pcode: "VE10", name: "Delta Amacuro" },
  { code: "24", pcode: "VE24", name: "La Guaira" },
] as const;

/**
 * The centre file's ten candidates, in its column order: every list of votes per candidate in
 * the derived files follows this order. The ids are tallies.json's.
 */
export const CENTRE_CANDIDATES = [
  "maduro",
  "martinez",
  "bertucci",
  "brito",
  "ecarri",
  "fermin",
  "ceballos",
  "gonzalez",
  "marquez",
  "rausseo",
] as const;

/**
 * A name folded for comparing and searching: accents and case removed, spaces collapsed, so
 * "Falcón", "FALCON" and " falcon " are one. Ñ folds to N, as the files' own folding does.
 */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase().replace(/\s+/g, " ").trim();
}

/** The id of a parish without a CNE code (UNCODED_PARISH): `uncodedParish("0302", "QUINTERO")` is `0302-quintero`. */
export function uncodedParish(municipality: string, name: string): string {
  const slug = foldName(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${municipality}-${slug}`;
}
