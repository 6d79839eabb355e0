/**
 * The arithmetic behind each tally, computed from the data so readers can check it:
 * shares recomputed from the votes, candidate votes added up against the stated totals,
 * and whether every count is exactly its printed share of the base, to the vote (the
 * pattern analysts found in the CNE's bulletin of 29 July 2024).
 */
import { shareAgrees } from "../../data/integrity";
import type { Tally } from "../../data/schemas";
import type { I18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";
import type { NamedCandidate } from "./tally-series";

export interface ShareCheck {
  name: string;
  votes: number;
  printed: string;
  /** votes ÷ base × 100, unrounded. */
  recomputed: number;
  /** The printed share is the recomputed one rounded to the printed decimals. */
  agrees: boolean;
}

export interface SumCheck {
  /** The candidate votes added up. */
  sum: number;
  approximate: boolean;
  /**
   * Each stated total and how far the sum is from it (sum minus total). Votes cast also count
   * null votes, so the candidates' sum falls short of them by right (`cast`); of any other
   * total, a difference is a failed check.
   */
  against: { label: string; votes: number; difference: number; cast: boolean }[];
}

export interface ExactShare {
  name: string;
  printed: string;
  votes: number;
  /** printed share × base ÷ 100: the count the share alone implies. */
  implied: number;
}

export interface ArithmeticCheck {
  /** Null when no source states the total the shares are taken of. */
  shares: { base: number; baseLabel: string; rows: ShareCheck[] } | null;
  sum: SumCheck;
  /** Valid plus null votes against votes cast, where all three are stated. */
  castAddsUp: { valid: number; null: number; cast: number; agrees: boolean } | null;
  /** Null unless there is a base and every result has a printed share. */
  exact: { base: number; rows: ExactShare[]; exactToTheVote: boolean; largestGap: number } | null;
}

/**
 * `m` names the stated totals in the reader's language ("valid votes", "votos válidos"), and
 * `text` gives the data's name of the share base in it.
 */
export function checkArithmetic(
  tally: Tally,
  candidates: readonly NamedCandidate[],
  m: TalliesMessages,
  text: I18n["text"],
): ArithmeticCheck {
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const base = tally.shareBase;
  const printed = tally.results.flatMap((r) => (r.share ? [{ ...r, share: r.share }] : []));

  const shares = base && {
    base: base.votes,
    baseLabel: text(base.label),
    rows: printed.map((r) => ({
      name: nameOf(r.candidate),
      votes: r.votes,
      printed: r.share,
      recomputed: (r.votes / base.votes) * 100,
      agrees: shareAgrees(r.votes, base.votes, r.share),
    })),
  };

  const sum = tally.results.reduce((total, r) => total + r.votes, 0);
  const totals = [
    { label: m.checks.totals.valid, votes: tally.totals?.valid, cast: false },
    { label: base ? text(base.label) : "", votes: base?.votes, cast: false },
    { label: m.checks.totals.cast, votes: tally.totals?.cast, cast: true },
  ].filter((t): t is { label: string; votes: number; cast: boolean } => t.votes !== undefined);
  // The base is often the valid-vote total under another name: list each number once.
  const against = totals
    .filter((t, i) => totals.findIndex((u) => u.votes === t.votes) === i)
    .map((t) => ({ ...t, difference: sum - t.votes }));

  const t = tally.totals;
  const castAddsUp =
    t?.valid !== undefined && t.null !== undefined && t.cast !== undefined
      ? { valid: t.valid, null: t.null, cast: t.cast, agrees: t.valid + t.null === t.cast }
      : null;

  const everyShare = base && printed.length === tally.results.length;
  const exactRows = everyShare
    ? printed.map((r) => ({
        name: nameOf(r.candidate),
        printed: r.share,
        votes: r.votes,
        implied: (Number(r.share) * base.votes) / 100,
      }))
    : [];
  const gaps = exactRows.map((r) => Math.abs(r.votes - r.implied));
  const exact = everyShare
    ? {
        base: base.votes,
        rows: exactRows,
        // "To the vote": each count is the implied count rounded to a whole vote.
        exactToTheVote: gaps.every((g) => g <= 0.5),
        largestGap: Math.max(...gaps),
      }
    : null;

  return {
    shares,
    sum: { sum, approximate: tally.results.some((r) => r.approximate), against },
    castAddsUp,
    exact,
  };
}
