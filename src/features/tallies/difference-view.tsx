/** The gap between the two selected tallies, per candidate, in words and as a chart. */
import type { Tally } from "../../data/schemas";
import { colourOf } from "./candidate-colours";
import { coverageSentence, gapSentence } from "./gap-words";
import { LazyGapBars } from "./lazy-charts";
import type { Comparison } from "./tally-diff";
import { shortName } from "./tally-format";
import { sharedScale } from "./tally-series";

interface DifferenceViewProps {
  left: Tally;
  right: Tally;
  comparison: Comparison;
}

export function DifferenceView({ left, right, comparison }: DifferenceViewProps) {
  const { gaps, onlyLeft, onlyRight, coverage } = comparison;
  // The gap chart's own symmetric scale: its bars measure differences, not totals.
  const scale = sharedScale([gaps.map((g) => ({ ...g.left, votes: Math.abs(g.votes) }))]);
  const partial = [left, right].some((t) => Number(t.coverage.percent) < 100);
  return (
    <section aria-labelledby="tally-difference" className="mt-4 rounded border border-slate-200 p-3 text-sm">
      <h3 id="tally-difference" className="font-semibold">
        The difference between the two counts
      </h3>
      <p className="mt-1 text-slate-700">
        Right tally minus left tally (on a narrow screen, the lower one minus the upper one), candidate by
        candidate.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {gaps.map((gap) => (
          <li key={gap.key}>{gapSentence(gap, left, right)}</li>
        ))}
        <li>{coverageSentence(coverage, left, right)}</li>
        {onlyLeft.length > 0 ? (
          <li>
            Only {left.label} lists {onlyLeft.join(", ")}; not compared.
          </li>
        ) : null}
        {onlyRight.length > 0 ? (
          <li>
            Only {right.label} lists {onlyRight.join(", ")}; not compared.
          </li>
        ) : null}
      </ul>
      {partial ? (
        <p className="mt-2 text-slate-700">
          The figures are compared as published: a count of part of the tally sheets or polling stations is
          never scaled up here to all of them.
        </p>
      ) : null}
      {gaps.length > 0 ? (
        <div className="mt-2">
          <LazyGapBars
            title="Votes more (right of zero) or fewer (left of zero) in the right tally than in the left, per candidate"
            scale={scale}
            data={gaps.map((g) => ({
              key: g.key,
              label: shortName(g.name),
              votes: g.votes,
              colour: colourOf(g.key).bar,
            }))}
          />
        </div>
      ) : null}
    </section>
  );
}
