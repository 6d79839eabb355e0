/**
 * The visible timeline entries as CSV rows, one per entry in the order shown, each with all
 * of its citations. Dates stay ISO (`YYYY-MM-DD`) so spreadsheets sort them; how exact a date
 * is has its own column. Pure: words and names come in as arguments.
 */
import { citationCells, citationFields, type CsvTable } from "../../components/download";
import type { EventKind } from "../../data/schemas";
import type { Catalog } from "../../i18n/catalog";
import type { TimelineEntry } from "./entries";

export function timelineCsv(
  entries: readonly TimelineEntry[],
  words: {
    columns: Catalog["share"]["downloads"]["columns"];
    precision: Catalog["share"]["downloads"]["precision"];
    kind: (kind: EventKind) => string;
  },
  sourceName: (id: string) => string,
): CsvTable {
  const c = words.columns;
  return {
    fields: [c.date, c.datePrecision, c.title, c.kind, c.summary, ...citationFields(c)],
    data: entries.map((entry) => [
      entry.date ?? "",
      entry.date ? words.precision[entry.datePrecision] : "",
      entry.title,
      words.kind(entry.kind),
      entry.summary,
      ...citationCells(entry.citations, sourceName),
    ]),
  };
}
