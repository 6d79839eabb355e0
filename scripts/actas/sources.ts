/**
 * Reads the two tally-sheet compilations in data/actas/ (their origin and columns:
 * data/actas/README.md) into typed rows. The parsers are strict: a changed header, an empty
 * cell or a vote that is not a whole number stops the build with the file, row and column,
 * so a derived file is never made from a source this code does not understand.
 */
import Papa from "papaparse";
import { CENTRE_CANDIDATES } from "../../src/data/actas-areas.ts";

export const ACTAS_DIR = "data/actas";
export const CAMPAIGN_CSV = `${ACTAS_DIR}/resultadosconvzla-2024-v1.csv`;
export const CENTRE_CSV = `${ACTAS_DIR}/actas-by-centre-2024.csv`;
export const CROSSWALK_CSV = `${ACTAS_DIR}/crosswalk.csv`;
export const BOUNDARIES = `${ACTAS_DIR}/boundaries/ven_admbnda_adm1_ine_20210223`;

/** One row of resultadosconvzla-2024-v1.csv: one tally sheet, located by names only. */
export interface CampaignSheet {
  state: string;
  municipality: string;
  parish: string;
  validos: number;
  nulos: number;
  egu: number;
  nm: number;
  otros: number;
}

/** One row of actas-by-centre-2024.csv: one tally sheet of a voting centre. */
export interface CentreSheet {
  /** `Acta`: the centre code, the table, then `.1.0001` on every row of the file. */
  acta: string;
  centre: string;
  state: string;
  municipality: string;
  parish: string;
  centreName: string;
  /** Electors registered at the centre; null where the file leaves it empty. */
  registered: number | null;
  /** Votes per candidate, in CENTRE_CANDIDATES order. */
  votes: number[];
  /** `Otros`: the eight candidates other than González and Maduro, summed by the file. */
  otros: number;
}

const CAMPAIGN_COLUMNS = ["Estado", "Municipio", "Parroquia", "validos", "nulos", "egu", "nm", "otros"];
const CENTRE_VOTE_COLUMNS = [
  "Maduro",
  "Martinez",
  "Bertucci",
  "Brito",
  "Ecarri",
  "Fermin",
  "Ceballos",
  "Gonzalez",
  "Marquez",
  "Rausseo",
] as const;
const CENTRE_COLUMNS = [
  "Acta",
  "Codcv",
  "ESTADO",
  "municipio",
  "parroquia",
  "NombreCV",
  "votantes",
  ...CENTRE_VOTE_COLUMNS,
  "Otros",
];

/** Rows of a CSV text (UTF-8, with or without a byte-order mark), as header-keyed records. */
export function csvRecords(text: string, file: string, columns: readonly string[]) {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  const [firstError] = parsed.errors;
  if (firstError) throw new Error(`${file}: row ${firstError.row}: ${firstError.message}`);
  const header = parsed.meta.fields ?? [];
  if (header.join(",") !== columns.join(",")) {
    throw new Error(`${file}: expected the columns ${columns.join(",")}, found ${header.join(",")}`);
  }
  return parsed.data.map((record, index) => ({ record, line: index + 2 }));
}

function cell(record: Record<string, string>, column: string, where: string): string {
  const value = record[column];
  if (value === undefined || value.trim() === "") throw new Error(`${where}: ${column} is empty`);
  return value;
}

function count(record: Record<string, string>, column: string, where: string): number {
  const value = cell(record, column, where);
  if (!/^\d+$/.test(value)) throw new Error(`${where}: ${column} is "${value}", not a whole number`);
  return Number(value);
}

export function parseCampaignCsv(text: string, file = CAMPAIGN_CSV): CampaignSheet[] {
  return csvRecords(text, file, CAMPAIGN_COLUMNS).map(({ record, line }) => {
    const where = `${file} line ${line}`;
    return {
      state: cell(record, "Estado", where),
      municipality: cell(record, "Municipio", where),
      parish: cell(record, "Parroquia", where),
      validos: count(record, "validos", where),
      nulos: count(record, "nulos", where),
      egu: count(record, "egu", where),
      nm: count(record, "nm", where),
      otros: count(record, "otros", where),
    };
  });
}

export function parseCentreCsv(text: string, file = CENTRE_CSV): CentreSheet[] {
  const ids = CENTRE_VOTE_COLUMNS.map((column) => column.toLowerCase());
  if (ids.join() !== CENTRE_CANDIDATES.join()) throw new Error("CENTRE_CANDIDATES is out of column order");
  return csvRecords(text, file, CENTRE_COLUMNS).map(({ record, line }) => {
    const where = `${file} line ${line}`;
    const registered = record.votantes?.trim() ? count(record, "votantes", where) : null;
    return {
      acta: cell(record, "Acta", where),
      centre: cell(record, "Codcv", where),
      state: cell(record, "ESTADO", where),
      municipality: cell(record, "municipio", where),
      parish: cell(record, "parroquia", where),
      centreName: cell(record, "NombreCV", where),
      registered,
      votes: CENTRE_VOTE_COLUMNS.map((column) => count(record, column, where)),
      otros: count(record, "Otros", where),
    };
  });
}
