/**
 * The pure step behind the recognition chart: how many countries held each stance from the
 * first day of the record to its last, as steps that begin on each date a count changed. Each
 * step's counts are the legend's (countriesByStance: EU members without a stance of their own
 * counted through the bloc), so chart, legend and key figures can never say different numbers.
 * They are this page's arithmetic on the recorded statements, not a figure any source gave.
 */
import type { Actor, StanceId, StanceStatement } from "../../data/schemas";
import { countriesByStance, statementsFromSources, type StanceCounts } from "../../data/stance-counts";
import { STANCE_IDS } from "../../data/vocabulary";
import { daysBetween } from "./date-steps";

/** What the chart is drawn from, on the page (recognition-chart.tsx) and in the picture (export-chart.ts). */
export interface ChartData {
  stances: readonly StanceStatement[];
  actors: readonly Actor[];
  range: readonly [string, string];
  /** The map's date, marked (on the page, the slider's preview while it is dragged). */
  date: string;
  stanceFilter: readonly StanceId[];
  sourceFilter: readonly string[];
}

export interface RecognitionStep {
  /** The first day of the step: the record's first day, or a day on which a count changed. */
  date: string;
  counts: StanceCounts;
}

const same = (a: StanceCounts, b: StanceCounts) =>
  STANCE_IDS.every((id) => a[id].total === b[id].total && a[id].via === b[id].via);

/**
 * One step per date on which some country's count changed, from `range`'s first day. A
 * statement that changes nothing the legend counts (a body's, or a repeat) makes no step.
 */
export function recognitionSteps(
  stances: readonly StanceStatement[],
  actors: readonly Actor[],
  range: readonly [string, string],
  sources: readonly string[] = [],
): RecognitionStep[] {
  const counted = statementsFromSources(stances, sources);
  const dates = new Set(counted.map((s) => s.date).filter((d) => d > range[0] && d <= range[1]));
  const steps: RecognitionStep[] = [];
  for (const date of [range[0], ...[...dates].sort()]) {
    const counts = countriesByStance(counted, actors, date);
    const last = steps[steps.length - 1];
    if (!last || !same(last.counts, counts)) steps.push({ date, counts });
  }
  return steps;
}

/** The stances drawn under the legend's filter, in the legend's order: all of them without one. */
export const drawnStances = (filter: readonly StanceId[]): StanceId[] =>
  filter.length > 0 ? STANCE_IDS.filter((s) => filter.includes(s)) : [...STANCE_IDS];

/** The index of the step that holds `date` (the last one starting on or before it). */
export function stepIndexAt(steps: readonly RecognitionStep[], date: string): number {
  let index = 0;
  steps.forEach((step, i) => {
    if (step.date <= date) index = i;
  });
  return index;
}

/** For each stance: the most countries that held it at once, and the first day they did. */
export function peaks(steps: readonly RecognitionStep[], stances: readonly StanceId[]) {
  return stances.map((stance) => {
    let best = { stance, total: 0, date: steps[0]?.date ?? "" };
    for (const step of steps)
      if (step.counts[stance].total > best.total)
        best = { stance, total: step.counts[stance].total, date: step.date };
    return best;
  });
}

export interface ChartGeometry {
  /** One closed step-shaped band per stance drawn, stacked in `stances` order from the bottom. */
  bands: { stance: StanceId; d: string }[];
  /** Each step's left and right edge. */
  spans: { x: number; width: number }[];
  /** The largest stack: the top of the chart. */
  max: number;
  /** Where a date falls across the chart's width. */
  xOf: (date: string) => number;
}

/** The chart drawn into a width × height box: the same shapes on the page and in the picture. */
export function chartGeometry(
  steps: readonly RecognitionStep[],
  stances: readonly StanceId[],
  range: readonly [string, string],
  width: number,
  height: number,
): ChartGeometry {
  const days = Math.max(daysBetween(range[0], range[1]), 1);
  const xOf = (date: string) => (Math.min(Math.max(daysBetween(range[0], date), 0), days) / days) * width;
  const edges = [...steps.map((s) => xOf(s.date)), width];
  const stack = (step: RecognitionStep, upTo: number) =>
    stances.slice(0, upTo).reduce((sum, id) => sum + step.counts[id].total, 0);
  const max = Math.max(1, ...steps.map((s) => stack(s, stances.length)));
  const y = (count: number) => +(height - (count / max) * height).toFixed(2);
  const r = (x: number) => +x.toFixed(2);
  // Each band runs left to right along its top, then back right to left along its bottom.
  const bands = stances.map((stance, i) => {
    const edge = (s: RecognitionStep, k: number, level: number) => [
      `${r(edges[k] ?? 0)},${y(stack(s, level))}`,
      `${r(edges[k + 1] ?? 0)},${y(stack(s, level))}`,
    ];
    const top = steps.flatMap((s, k) => edge(s, k, i + 1));
    const bottom = steps.flatMap((s, k) => edge(s, k, i)).reverse();
    return { stance, d: `M${[...top, ...bottom].join("L")}Z` };
  });
  const spans = steps.map((_, k) => ({ x: edges[k] ?? 0, width: (edges[k + 1] ?? 0) - (edges[k] ?? 0) }));
  return { bands, spans, max, xOf };
}

/** The first year at the left edge, then each later year where it begins. */
export function yearTicks(range: readonly [string, string], xOf: (date: string) => number) {
  const first = Number(range[0].slice(0, 4));
  return Array.from({ length: Number(range[1].slice(0, 4)) - first + 1 }, (_, i) => ({
    year: `${first + i}`,
    x: i === 0 ? 0 : xOf(`${first + i}-01-01`),
  }));
}

/**
 * Where a key moves the chart's cursor from step `current` of `count`: a step index, "choose"
 * (Enter and Space choose the step under the cursor), or null for a key the chart leaves alone.
 */
export function stepKey(key: string, current: number, count: number): number | "choose" | null {
  const moves: Record<string, number> = {
    ArrowRight: current + 1,
    ArrowDown: current + 1,
    ArrowLeft: current - 1,
    ArrowUp: current - 1,
    Home: 0,
    End: count - 1,
  };
  if (key === "Enter" || key === " ") return "choose";
  const to = moves[key];
  return to === undefined ? null : Math.min(Math.max(to, 0), count - 1);
}
