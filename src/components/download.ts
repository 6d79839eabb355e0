/**
 * Downloads made in the browser: CSV text from rows, and any Blob saved under a file name.
 * papaparse is imported inside the call, so it loads on the first download, never on first paint.
 */
import type { Citation } from "../data/schemas";

/** A table ready for CSV: one header row and rows of plain text cells. */
export interface CsvTable {
  fields: string[];
  data: string[][];
}

/** Several citations of one row share each citation column, joined in the same order. */
export const CITATION_SEPARATOR = " | ";

/** The column headers of the citation columns, in the reader's language. */
export interface CitationHeaders {
  publishers: string;
  titles: string;
  urls: string;
  dates: string;
}

export const citationFields = (h: CitationHeaders) => [h.publishers, h.titles, h.urls, h.dates];

/**
 * Publisher names, titles, URLs and dates of the citations, each joined with " | ", so the
 * n-th part of every column belongs to the n-th citation. A citation without a date leaves
 * its part empty: the data does not know it, so neither does the file.
 */
export function citationCells(
  citations: readonly Citation[],
  sourceName: (id: string) => string,
): [string, string, string, string] {
  const join = (pick: (c: Citation) => string) => citations.map(pick).join(CITATION_SEPARATOR);
  return [
    join((c) => sourceName(c.publisher)),
    // A title the page did not show is an empty part, as an undated citation's date is.
    join((c) => c.title ?? ""),
    join((c) => c.url),
    join((c) => c.date ?? ""),
  ];
}

/** One copy of each cited page, in first-seen order. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => (seen.has(c.url) ? false : (seen.add(c.url), true)));
}

/**
 * UTF-8 CSV with a byte-order mark (so spreadsheets read "González" right) and CRLF line ends.
 * Cells that start like a formula (=, +, -, @) are prefixed with ' by papaparse, so a title from
 * the data can never run as a spreadsheet formula.
 */
export async function csvText(table: CsvTable): Promise<string> {
  const { default: Papa } = await import("papaparse");
  return `\uFEFF${Papa.unparse({ fields: table.fields, data: table.data }, { newline: "\r\n", escapeFormulae: true })}`;
}

/** Saves a Blob through a temporary <a download>; the blob: URL is released once the save has begun. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadCsv(table: CsvTable, fileName: string): Promise<void> {
  saveBlob(new Blob([await csvText(table)], { type: "text/csv;charset=utf-8" }), fileName);
}

export function downloadJson(value: unknown, fileName: string): void {
  saveBlob(new Blob([JSON.stringify(value, null, 2)], { type: "application/json" }), fileName);
}
