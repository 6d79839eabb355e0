/** The difference view in words: one sentence per candidate, and what each tally rests on. */
import type { Tally } from "../../data/schemas";
import type { Formatters } from "../../i18n/format";
import type { I18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";
import type { CoverageRelation, Gap } from "./tally-diff";
import { coverageText, formatPoints } from "./tally-format";

export function gapSentence(
  gap: Gap,
  left: Tally,
  right: Tally,
  m: TalliesMessages,
  f: Formatters,
  text: I18n["text"],
): string {
  const { points } = gap;
  const share =
    points && gap.left.share && gap.right.share
      ? {
          change:
            points.value === 0
              ? ("same" as const)
              : points.value > 0
                ? ("higher" as const)
                : ("lower" as const),
          points: formatPoints(f, points.value, points.decimals),
          pointsPlural: new Intl.PluralRules(f.locale, {
            minimumFractionDigits: points.decimals,
          }).select(Math.abs(points.value)),
          right: f.share(gap.right.share),
          left: f.share(gap.left.share),
        }
      : null;
  return m.difference.gap({
    right: text(right.label),
    left: text(left.label),
    name: gap.name,
    votes: f.number(Math.abs(gap.votes)),
    count: Math.abs(gap.votes),
    change: gap.votes === 0 ? "same" : gap.votes > 0 ? "more" : "fewer",
    approximate: gap.approximate,
    share,
  });
}

export function coverageSentence(
  relation: CoverageRelation,
  left: Tally,
  right: Tally,
  m: TalliesMessages,
  f: Formatters,
  text: I18n["text"],
): string {
  return m.difference.coverage({
    relation,
    right: text(right.label),
    left: text(left.label),
    unit: text(right.coverage.of),
    rightCoverage: coverageText(right, m, f, text, { detail: false }),
    leftCoverage: coverageText(left, m, f, text, { detail: false }),
  });
}
