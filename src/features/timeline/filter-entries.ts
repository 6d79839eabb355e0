/**
 * Which entries the timeline shows for the filters in the URL, and how they group by month.
 * Different filters narrow together (AND); several values of one filter widen it (OR).
 */
import type { EventKind, StanceId } from "../../data/schemas";
import type { TimelineEntry } from "./entries";
import { shownTranslation } from "./translation";

export interface TimelineFilters {
  country: string[];
  source: string[];
  stance: StanceId[];
  kind: EventKind[];
  q: string | null;
}

export const NO_FILTERS: TimelineFilters = { country: [], source: [], stance: [], kind: [], q: null };

/** Lower case without accents, so "gonzalez" finds "González" and "Bolivar" finds "Bolívar". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

// Folding every entry's text again on every key press was most of a search's work; entries
// are built once per dataset and language, so each one's folded text is kept with it.
const folded = new WeakMap<TimelineEntry, string>();

/**
 * Everything a reader can search: titles, summaries, notes (in the entry's language), and each
 * citation's title, quote and the translation the page shows beside it (not one it hides).
 */
function searchableText(entry: TimelineEntry): string {
  let text = folded.get(entry);
  if (text === undefined) {
    const parts = [entry.title, entry.summary, entry.note ?? ""];
    for (const c of entry.citations)
      parts.push(c.title ?? "", c.quote, shownTranslation(c, entry.lang)?.text ?? "");
    folded.set(entry, (text = foldText(parts.join("\n"))));
  }
  return text;
}

/** Every word of the search must appear somewhere in the entry, in any order. */
export function matchesSearch(entry: TimelineEntry, q: string | null): boolean {
  const words = foldText(q ?? "")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const text = searchableText(entry);
  return words.every((w) => text.includes(w));
}

/** Who stands behind an entry: the body that made the claim and every publisher that reported it. */
export function entrySourceIds(entry: TimelineEntry): Set<string> {
  const ids = new Set(entry.citations.map((c) => c.publisher));
  if (entry.claimant) ids.add(entry.claimant);
  return ids;
}

export function matchesFilters(entry: TimelineEntry, f: TimelineFilters): boolean {
  if (f.country.length > 0 && !entry.actors.some((a) => f.country.includes(a))) return false;
  if (f.source.length > 0) {
    const ids = entrySourceIds(entry);
    if (!f.source.some((s) => ids.has(s))) return false;
  }
  // A stance belongs to a statement, not to an event: the stance filter keeps stance statements
  // only. Events of an actor are found with the country filter instead.
  if (f.stance.length > 0 && !(entry.stance && f.stance.includes(entry.stance))) return false;
  if (f.kind.length > 0 && !f.kind.includes(entry.kind)) return false;
  return matchesSearch(entry, f.q);
}

export function filterEntries(entries: readonly TimelineEntry[], f: TimelineFilters): TimelineEntry[] {
  return entries.filter((entry) => matchesFilters(entry, f));
}

export function hasFilters(f: TimelineFilters): boolean {
  return (
    f.country.length + f.source.length + f.stance.length + f.kind.length > 0 || (f.q ?? "").trim() !== ""
  );
}

export interface MonthGroup {
  /** `YYYY-MM`, or null for the entries whose sources give no date. */
  month: string | null;
  entries: TimelineEntry[];
}

/** Consecutive entries of one month; expects entries in date order, undated last. */
export function groupByMonth(entries: readonly TimelineEntry[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const month = entry.date ? entry.date.slice(0, 7) : null;
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.entries.push(entry);
    else groups.push({ month, entries: [entry] });
  }
  return groups;
}
