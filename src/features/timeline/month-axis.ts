/**
 * The timeline's time axis: every month from the first dated entry to the last, months
 * without entries included so the axis is to scale, each with how many of the entries now
 * shown (after the filters) fall in it and how many of those are stance statements. The
 * range is the whole record's, so a filter changes the bars, never where a month sits.
 */
import type { TimelineEntry } from "./entries";

export interface AxisMonth {
  /** "2024-07" */
  month: string;
  entries: number;
  stances: number;
}

const monthOf = (date: string) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

export function monthAxis(all: readonly TimelineEntry[], shown: readonly TimelineEntry[]): AxisMonth[] {
  const dates = all.flatMap((entry) => (entry.date ? [monthOf(entry.date)] : [])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return [];
  const months = new Map<string, AxisMonth>();
  for (let month = first; month <= last; month = nextMonth(month)) {
    months.set(month, { month, entries: 0, stances: 0 });
  }
  for (const entry of shown) {
    const counted = entry.date ? months.get(monthOf(entry.date)) : undefined;
    if (!counted) continue;
    counted.entries += 1;
    if (entry.origin === "stance") counted.stances += 1;
  }
  return [...months.values()];
}

/** How many of the entries, in their order, must be shown for the whole of `month` to be. */
export function shownThrough(entries: readonly TimelineEntry[], month: string): number {
  let through = 0;
  entries.forEach((entry, index) => {
    if (entry.date && monthOf(entry.date) === month) through = index + 1;
  });
  return through;
}
