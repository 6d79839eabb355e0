/** The difference view in words: one sentence per candidate, and what each tally rests on. */
import { formatShare, formatVotes } from "../../components/format";
import type { Tally } from "../../data/schemas";
import type { CoverageRelation, Gap } from "./tally-diff";
import { formatPoints } from "./tally-format";

export function gapSentence(gap: Gap, left: Tally, right: Tally): string {
  const about = gap.approximate ? "about " : "";
  const count =
    gap.votes === 0
      ? `${about}the same number of votes as`
      : `${about}${formatVotes(Math.abs(gap.votes))} ${gap.votes > 0 ? "more" : "fewer"} votes than`;
  let share = "";
  if (gap.points && gap.left.share && gap.right.share) {
    const printed = `${formatShare(gap.right.share)} against ${formatShare(gap.left.share)}`;
    share =
      gap.points.value === 0
        ? `, the same share (${printed})`
        : `, a share ${formatPoints(gap.points.value, gap.points.decimals)} percentage points ${
            gap.points.value > 0 ? "higher" : "lower"
          } (${printed})`;
  }
  return `${right.label} gives ${gap.name} ${count} ${left.label}${share}.`;
}

export function coverageSentence(relation: CoverageRelation, left: Tally, right: Tally): string {
  const l = `${left.coverage.percent}% of ${left.coverage.of}`;
  const r = `${right.coverage.percent}% of ${right.coverage.of}`;
  if (relation === "different-measure") {
    return `${right.label} and ${left.label} measure what they rest on differently: ${r} against ${l}.`;
  }
  const amount = relation === "same" ? "as many" : relation;
  const than = relation === "same" ? "as" : "than";
  return `${right.label} rests on ${amount} ${right.coverage.of} ${than} ${left.label}: ${r} against ${l}.`;
}
