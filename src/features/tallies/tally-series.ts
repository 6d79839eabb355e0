/**
 * Tallies → rows for the tables and charts. Pure: no React, no chart library.
 * Candidates other than Maduro and González are grouped by default (one "Other candidates"
 * row, their votes added up); expanded, every candidate the tally lists gets its own row.
 */
import type { Candidate, Tally } from "../../data/schemas";
import type { I18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";
import { MAIN_CANDIDATES } from "./candidate-colours";

export interface SeriesRow {
  /** A candidate id; for a group, the id of the data's group candidate ("others"). */
  key: string;
  name: string;
  votes: number;
  approximate: boolean;
  /** The share exactly as the source printed it; null when it printed none. */
  share: string | null;
  /** Candidate ids whose votes make up this row (more than one for a group added up here). */
  members: string[];
  /** For a group added up here: its share of the tally's stated base, computed; else null. */
  computedShare: number | null;
}

const GROUP_ID = "others";

/** A candidate with its name in the reader's language. */
export interface NamedCandidate {
  id: string;
  name: string;
  group?: boolean;
}

// Callers that show the rows pass candidates through localCandidates, which always holds a group.
const groupOf = (candidates: readonly NamedCandidate[]) =>
  candidates.find((c) => c.group) ?? { id: GROUP_ID, name: GROUP_ID };

/**
 * The candidates as the page names them, in the reader's language (the data gives each name in
 * every language); the group of other candidates is added, named by the catalog, when the data
 * has none.
 */
export function localCandidates(
  candidates: readonly Candidate[],
  text: I18n["text"],
  m: TalliesMessages,
): NamedCandidate[] {
  const named = candidates.map((c) => ({ ...c, name: text(c.name) }));
  return named.some((c) => c.group)
    ? named
    : [...named, { id: GROUP_ID, name: m.otherCandidates, group: true }];
}

/** True when the tally lists candidates beyond the main two one by one, so there is more to show. */
export function canExpand(tally: Tally, candidates: readonly NamedCandidate[]): boolean {
  const group = groupOf(candidates).id;
  return tally.results.some((r) => !MAIN_CANDIDATES.includes(r.candidate) && r.candidate !== group);
}

export function tallySeries(
  tally: Tally,
  candidates: readonly NamedCandidate[],
  { expanded = false }: { expanded?: boolean } = {},
): SeriesRow[] {
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const order = new Map(candidates.map((c, i) => [c.id, i]));
  const group = groupOf(candidates);
  const rowOf = (r: Tally["results"][number]): SeriesRow => ({
    key: r.candidate,
    name: names.get(r.candidate) ?? r.candidate,
    votes: r.votes,
    approximate: r.approximate ?? false,
    share: r.share ?? null,
    members: [r.candidate],
    computedShare: null,
  });
  const sorted = [...tally.results].sort(
    (a, b) => (order.get(a.candidate) ?? Infinity) - (order.get(b.candidate) ?? Infinity),
  );
  if (expanded) return sorted.map(rowOf);

  const main = sorted.filter((r) => MAIN_CANDIDATES.includes(r.candidate));
  const rest = sorted.filter((r) => !MAIN_CANDIDATES.includes(r.candidate));
  const [only] = rest;
  if (!only) return main.map(rowOf);
  // A single row (the data's own group, or one minor candidate) is shown as the source gave it.
  if (rest.length === 1) return [...main.map(rowOf), rowOf(only)];
  const votes = rest.reduce((sum, r) => sum + r.votes, 0);
  const summed: SeriesRow = {
    key: group.id,
    name: group.name,
    votes,
    approximate: rest.some((r) => r.approximate),
    share: null,
    members: rest.map((r) => r.candidate),
    computedShare: tally.shareBase ? (votes / tally.shareBase.votes) * 100 : null,
  };
  return [...main.map(rowOf), summed];
}

export interface Scale {
  max: number;
  ticks: number[];
}

/**
 * One scale for both panels, so equal bars mean equal votes: from 0 to the largest figure
 * of either tally, rounded up to a whole step (1, 2 or 5 times a power of ten).
 */
export function sharedScale(series: readonly (readonly SeriesRow[])[]): Scale {
  const largest = Math.max(1, ...series.flat().map((row) => row.votes));
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [0.2, 0.5, 1, 2].map((f) => f * magnitude).find((s) => largest / s <= 6) ?? 2 * magnitude;
  const max = Math.ceil(largest / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  return { max, ticks };
}
