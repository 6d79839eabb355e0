/**
 * Number formats and small words of the tally comparison, in the reader's language. Shared
 * formats (votes, dates, printed shares) are the Formatters of src/i18n; these are the ones
 * only this feature needs, built on the same locale. Pure: the caller passes `f` and `m`.
 */
import type { Tally } from "../../data/schemas";
import type { Formatters } from "../../i18n/format";
import type { I18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";

const made = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let format = made.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    made.set(id, format);
  }
  return format;
}

const fixed = (f: Formatters, digits: number) =>
  numberFormat(f.locale, `fixed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Axis ticks only ("6M", "6 M"): the exact figures are in the tables. */
export const formatCompact = (f: Formatters, votes: number) =>
  numberFormat(f.locale, "compact", { notation: "compact", maximumFractionDigits: 1 }).format(votes);

/** A recomputed share, to four decimals so that "exactly 51.2000%" can be seen. */
export const formatRecomputed = (f: Formatters, percent: number) => f.percent(percent, 4);
/** A computed (not printed) share, to two decimals. */
export const formatComputedShare = (f: Formatters, percent: number) => f.percent(percent, 2);
/** A count implied by a share, which is rarely whole: "5,150,092.29" / "5.150.092,29". */
export const formatImplied = (f: Formatters, votes: number) => fixed(f, 2).format(votes);

/** The size of a gap in percentage points, at the precision it was computed to. */
export function formatPoints(f: Formatters, value: number, decimals: number): string {
  return fixed(f, decimals).format(Math.abs(value));
}

/** Names as a list in the reader's language: "A, B, and C" / "A, B y C". */
export const formatList = (f: Formatters, items: readonly string[]) =>
  new Intl.ListFormat(f.locale, { type: "conjunction" }).format(items);

export function tallyWhen(tally: Tally, m: TalliesMessages, f: Formatters): string {
  return tally.date ? f.dateWithPrecision(tally.date, tally.datePrecision) : m.card.dateNotStated;
}

/** What a tally rests on: "96.87% of tally sheets" / "96,87% de las actas". */
export function coverageText(
  tally: Tally,
  m: TalliesMessages,
  f: Formatters,
  text: I18n["text"],
  { detail = true } = {},
): string {
  const { percent, of, detail: note } = tally.coverage;
  return m.coverage(f.share(percent), text(of), detail && note ? text(note) : undefined);
}

/** Chart height from its number of bars, so both panels draw bars of the same thickness. */
export function chartHeight(bars: number): number {
  return bars * 30 + 40;
}
