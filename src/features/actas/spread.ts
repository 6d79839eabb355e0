/**
 * The spread of the sheets: González's share on each campaign-file sheet of an area, in bins
 * of 5 points, and the plain counts a reader asks about. Arithmetic on the opposition's data,
 * never a finding about fraud; the panel says so beside it.
 */
import type { ActasSheetsFile } from "../../data/actas-schemas";

export const BIN_WIDTH = 5;
const BINS = 100 / BIN_WIDTH;

/** A sheet as the sheets file writes it: [egu, nm, otros, nulos]. */
type Sheet = ActasSheetsFile["parishes"][number]["sheets"][number];

/** The sheets of `area` ("" for all) in the files given. */
export function sheetsIn(files: readonly ActasSheetsFile[], area: string): Sheet[] {
  return files.flatMap((file) =>
    file.parishes.filter((p) => p.code.startsWith(area)).flatMap((p) => p.sheets),
  );
}

export interface Spread {
  /** Sheets per bin: [0, 5), [5, 10), … [95, 100]. */
  bins: number[];
  /** Sheets with valid votes (a sheet without any has no share). */
  total: number;
  /** Sheets with no valid votes, left out of the bins. */
  empty: number;
  maduroAtLeast: number;
  gonzalezAtMost: number;
  maduroLeads: number;
}

/** `cne` are the CNE's national shares in percent, as it printed them. */
export function spreadOf(sheets: readonly Sheet[], cne: { maduro: number; gonzalez: number }): Spread {
  const bins = new Array<number>(BINS).fill(0);
  let empty = 0;
  let maduroAtLeast = 0;
  let gonzalezAtMost = 0;
  let maduroLeads = 0;
  for (const [egu, nm, otros] of sheets) {
    const valid = egu + nm + otros;
    if (valid === 0) {
      empty += 1;
      continue;
    }
    const gonzalez = (100 * egu) / valid;
    const bin = Math.min(BINS - 1, Math.floor(gonzalez / BIN_WIDTH));
    bins[bin] = (bins[bin] ?? 0) + 1;
    if ((100 * nm) / valid >= cne.maduro) maduroAtLeast += 1;
    if (gonzalez <= cne.gonzalez) gonzalezAtMost += 1;
    if (nm > egu) maduroLeads += 1;
  }
  return { bins, total: sheets.length - empty, empty, maduroAtLeast, gonzalezAtMost, maduroLeads };
}
