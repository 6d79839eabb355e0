/**
 * The difference between two tallies, per candidate: votes and percentage points, right
 * minus left. Only figures both tallies give are compared, exactly as published: a partial
 * count is never scaled up to 100%, because that would be a projection no source made.
 */
import type { Tally } from "../../data/schemas";
import { LANGS } from "../../data/vocabulary";
import type { SeriesRow } from "./tally-series";

export interface Gap {
  key: string;
  name: string;
  left: SeriesRow;
  right: SeriesRow;
  /** Right minus left, in votes. */
  votes: number;
  /** True when either figure is a rounded one ("6.4 million"). */
  approximate: boolean;
  /** Right minus left in percentage points, from the printed shares; null unless both printed one. */
  points: { value: number; decimals: number } | null;
}

export type CoverageRelation = "more" | "fewer" | "same" | "different-measure";

export interface Comparison {
  gaps: Gap[];
  /** Names of candidates (or the group) that only one side lists. */
  onlyLeft: string[];
  onlyRight: string[];
  /** How much the right tally rests on, compared with the left. */
  coverage: CoverageRelation;
}

const decimalsOf = (printed: string) => printed.split(".")[1]?.length ?? 0;

/** The gap in points, to the coarser of the two printed precisions (67 − 43.18 is "24", not "23.82"). */
export function pointGap(left: string, right: string): { value: number; decimals: number } {
  const decimals = Math.min(decimalsOf(left), decimalsOf(right));
  const factor = 10 ** decimals;
  return { value: Math.round((Number(right) - Number(left)) * factor) / factor, decimals };
}

export function compareCoverage(left: Tally["coverage"], right: Tally["coverage"]): CoverageRelation {
  // The same measure has the same name in every language; a name that differs is another measure.
  if (LANGS.some((lang) => left.of[lang] !== right.of[lang])) return "different-measure";
  const delta = Number(right.percent) - Number(left.percent);
  return delta > 0 ? "more" : delta < 0 ? "fewer" : "same";
}

export function compareTallies(
  left: { tally: Tally; rows: readonly SeriesRow[] },
  right: { tally: Tally; rows: readonly SeriesRow[] },
): Comparison {
  const rightByKey = new Map(right.rows.map((row) => [row.key, row]));
  const leftKeys = new Set(left.rows.map((row) => row.key));
  const gaps = left.rows.flatMap((l): Gap[] => {
    const r = rightByKey.get(l.key);
    if (!r) return [];
    return [
      {
        key: l.key,
        name: l.name,
        left: l,
        right: r,
        votes: r.votes - l.votes,
        approximate: l.approximate || r.approximate,
        points: l.share && r.share ? pointGap(l.share, r.share) : null,
      },
    ];
  });
  return {
    gaps,
    onlyLeft: left.rows.filter((row) => !rightByKey.has(row.key)).map((row) => row.name),
    onlyRight: right.rows.filter((row) => !leftKeys.has(row.key)).map((row) => row.name),
    coverage: compareCoverage(left.tally.coverage, right.tally.coverage),
  };
}
