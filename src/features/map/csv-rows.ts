/**
 * The map table as CSV rows: exactly the rows the table shows, one per country, with the
 * citations of the statements in its current run of the stance (the ones the table's
 * "Sources" column names). Pure: names and words come in as arguments.
 */
import { citationCells, citationFields, uniqueCitations, type CsvTable } from "../../components/download";
import type { StanceId } from "../../data/schemas";
import type { Catalog } from "../../i18n/catalog";
import type { StanceEntry } from "./stance-model";

/** The statements since the stance was last taken up, i.e. those behind "since". */
export function currentRun(entry: StanceEntry) {
  return entry.history.filter((s) => s.date >= entry.since && s.stance === entry.stance);
}

export function mapCsv(
  entries: readonly StanceEntry[],
  words: { columns: Catalog["share"]["downloads"]["columns"]; stanceLabel: (id: StanceId) => string },
  names: { bloc: (id: string) => string; source: (id: string) => string },
): CsvTable {
  const c = words.columns;
  return {
    fields: [c.code, c.country, c.stance, c.since, c.via, ...citationFields(c)],
    data: entries.map((entry) => [
      entry.id,
      entry.name,
      words.stanceLabel(entry.stance),
      entry.since,
      entry.via ? names.bloc(entry.via) : "",
      ...citationCells(uniqueCitations(currentRun(entry).flatMap((s) => s.citations)), names.source),
    ]),
  };
}
