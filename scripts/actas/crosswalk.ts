/**
 * The campaign file names its areas and gives no codes; the centre file gives the CNE's codes.
 * data/actas/crosswalk.csv gives each of the campaign file's municipalities and parishes the
 * CNE code of the same area, by name: one row per spelling in the campaign file.
 *
 *   code      the CNE code (4 digits: municipality; 6: parish); for a parish the centre file
 *             lacks, which no source gives a CNE code, its municipality's CNE code, `-` and the
 *             slug of the campaign file's name (`0302-quintero`: UNCODED_PARISH)
 *   name      the name the code carries: the centre file's spelling, or the campaign file's for
 *             a parish the centre file lacks
 *   campaign  the campaign file's spelling, inside its state (a municipality) or inside the
 *             municipality of the first 4 digits (a parish)
 *   match     name (the same once accents and case are folded), spelling (another spelling of
 *             the same name), other-name (another name; the area's parishes and sheets match),
 *             no-cne-code (the centre file lacks the parish: the code is the second form above)
 *   note      why, where it is not obvious
 *
 * tests/actas-crosswalk.test.ts holds the table to both files and to the sheets' votes.
 */
import { ACTAS_STATES, UNCODED_PARISH, foldName, uncodedParish } from "../../src/data/actas-areas.ts";
import { csvRecords, type CampaignSheet } from "./sources.ts";

export const MATCHES = ["name", "spelling", "other-name", "no-cne-code"] as const;
export type Match = (typeof MATCHES)[number];

export interface CrosswalkRow {
  code: string;
  name: string;
  campaign: string;
  match: Match;
  note: string;
  line: number;
}

const COLUMNS = ["code", "name", "campaign", "match", "note"];

export function parseCrosswalk(text: string, file: string): CrosswalkRow[] {
  return csvRecords(text, file, COLUMNS).map(({ record, line }) => {
    const match = record.match as Match;
    const code = record.code ?? "";
    if (!MATCHES.includes(match))
      throw new Error(`${file} line ${line}: match "${match}" is not one of ${MATCHES.join(", ")}`);
    if (match === "no-cne-code") {
      const wanted = uncodedParish(code.slice(0, 4), record.campaign ?? "");
      if (!UNCODED_PARISH.test(code) || code !== wanted)
        throw new Error(
          `${file} line ${line}: a parish without a CNE code must be "${wanted}", not "${code}"`,
        );
    } else if (!/^(\d{4}|\d{6})$/.test(code)) {
      throw new Error(`${file} line ${line}: "${code}" is not a 4- or 6-digit code`);
    }
    return {
      code,
      name: record.name ?? "",
      campaign: record.campaign ?? "",
      match,
      note: record.note ?? "",
      line,
    };
  });
}

/** `CAPITAL` is how the centre file writes the Distrito Capital (data/actas/README.md). */
const STATE_ALIASES: Record<string, string> = { CAPITAL: "DISTRITO CAPITAL" };

/** The CNE code of a state named as either file or the boundaries write it; throws for another name. */
export function stateCodeOf(name: string): string {
  const folded = foldName(name);
  const wanted = STATE_ALIASES[folded] ?? folded;
  const state = ACTAS_STATES.find((s) => foldName(s.name) === wanted);
  if (!state) throw new Error(`"${name}" is not one of the 24 states`);
  return state.code;
}

export interface AreaCodes {
  state: string;
  municipality: string;
  parish: string;
}

/** The lookup keys of a row: the parent's code (a parish's first 4 characters) and the campaign spelling. */
export function rowKey(row: Pick<CrosswalkRow, "code" | "campaign">): string {
  return `${row.code.slice(0, row.code.length === 4 ? 2 : 4)}|${row.campaign}`;
}

/**
 * A function giving a campaign sheet its CNE codes. Throws on an area the crosswalk does not
 * map, or maps twice, so the build never files a sheet under a guessed area.
 */
export function campaignResolver(rows: readonly CrosswalkRow[]): (sheet: CampaignSheet) => AreaCodes {
  const byKey = new Map<string, string>();
  for (const row of rows) {
    if (!row.campaign) continue;
    const key = rowKey(row);
    if (byKey.has(key)) throw new Error(`crosswalk line ${row.line}: ${key} is mapped twice`);
    byKey.set(key, row.code);
  }
  return (sheet) => {
    const state = stateCodeOf(sheet.state);
    const municipality = byKey.get(`${state}|${sheet.municipality}`);
    if (!municipality)
      throw new Error(`the crosswalk has no municipality ${sheet.state} / ${sheet.municipality}`);
    const parish = byKey.get(`${municipality}|${sheet.parish}`);
    if (!parish) {
      throw new Error(`the crosswalk has no parish ${sheet.state} / ${sheet.municipality} / ${sheet.parish}`);
    }
    return { state, municipality, parish };
  };
}

/** The name each code carries (every row of a code must carry the same one: checked by the test). */
export function namesByCode(rows: readonly CrosswalkRow[]): Map<string, string> {
  return new Map(rows.map((row) => [row.code, row.name]));
}
