/**
 * Words and number formats of the tally comparison. Shared formats (votes, dates, printed
 * shares) come from src/components/format.ts; these are the ones only this feature needs.
 */
import { formatDateWithPrecision } from "../../components/format";
import type { Tally } from "../../data/schemas";

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
/** Axis ticks only ("6M"): the exact figures are in the tables. */
export const formatCompact = (votes: number) => compact.format(votes);

const fixed = (digits: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const fourDecimals = fixed(4);
const twoDecimals = fixed(2);

/** A recomputed share, to four decimals so that "exactly 51.2000%" can be seen. */
export const formatRecomputed = (percent: number) => `${fourDecimals.format(percent)}%`;
/** A computed (not printed) share, to two decimals. */
export const formatComputedShare = (percent: number) => `${twoDecimals.format(percent)}%`;
/** A count implied by a share, which is rarely whole: "5,150,092.29". */
export const formatImplied = (votes: number) => twoDecimals.format(votes);

export function formatPoints(value: number, decimals: number): string {
  return fixed(decimals).format(Math.abs(value));
}

export const METHOD_LABELS = {
  "read-aloud": "Read aloud",
  "tally-sheet-images": "Tally-sheet images published online",
  "press-report": "Known from press reports",
  "independent-analysis": "Independent analysis",
} satisfies Record<Tally["publication"]["method"], string>;

export const KIND_LABELS = {
  official: "The electoral council (CNE)",
  opposition: "The opposition's count from the tally sheets",
  independent: "Independent checks",
} satisfies Record<Tally["kind"], string>;

export function tallyWhen(tally: Tally): string {
  return tally.date ? formatDateWithPrecision(tally.date, tally.datePrecision) : "date not stated";
}

export function coverageText(tally: Tally): string {
  const { percent, of, detail } = tally.coverage;
  return `${percent}% of ${of}${detail ? ` (${detail})` : ""}`;
}

/**
 * A name short enough for a chart axis in a narrow panel ("Edmundo González Urrutia" →
 * "Edmundo González"). Only for axis ticks: tables and sentences use the full name.
 */
export function shortName(name: string): string {
  return name.length <= 16 ? name : name.split(" ").slice(0, 2).join(" ");
}

/** Chart height from its number of bars, so both panels draw bars of the same thickness. */
export function chartHeight(bars: number): number {
  return bars * 30 + 40;
}
