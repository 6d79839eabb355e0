/**
 * The two compared tallies as CSV rows: one row per candidate row shown (grouped or listed
 * one by one, as on screen), each with its tally's citations (the figures' and the
 * publication's, each page once). Shares are the strings the sources printed; a share this
 * page computed for a group it added up has its own column, so the two are never mixed.
 */
import { citationCells, citationFields, uniqueCitations, type CsvTable } from "../../components/download";
import type { Tally } from "../../data/schemas";
import type { Catalog } from "../../i18n/catalog";
import type { Formatters } from "../../i18n/format";
import type { I18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";
import { coverageText } from "./tally-format";
import type { SeriesRow } from "./tally-series";

export interface ShownTally {
  tally: Tally;
  rows: readonly SeriesRow[];
}

export function talliesCsv(
  shown: readonly ShownTally[],
  words: {
    columns: Catalog["share"]["downloads"]["columns"];
    yes: string;
    m: TalliesMessages;
    f: Formatters;
    text: I18n["text"];
  },
  sourceName: (id: string) => string,
): CsvTable {
  const c = words.columns;
  return {
    fields: [
      c.tally,
      c.tallyDate,
      c.candidate,
      c.votes,
      c.approximate,
      c.share,
      c.computedShare,
      c.coverage,
      ...citationFields(c),
    ],
    data: shown.flatMap(({ tally, rows }) => {
      const citations = citationCells(
        uniqueCitations([...tally.citations, ...tally.publication.citations]),
        sourceName,
      );
      return rows.map((row) => [
        words.text(tally.label),
        tally.date ?? "",
        row.name,
        String(row.votes),
        row.approximate ? words.yes : "",
        row.share ?? "",
        row.computedShare === null ? "" : row.computedShare.toFixed(2),
        coverageText(tally, words.m, words.f, words.text),
        ...citations,
      ]);
    }),
  };
}
