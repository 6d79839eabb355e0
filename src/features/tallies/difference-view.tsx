/** The gap between the two selected tallies, per candidate, in words and as a chart. */
import type { Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { colourOf } from "./candidate-colours";
import { coverageSentence, gapSentence } from "./gap-words";
import { LazyGapBars } from "./lazy-charts";
import type { Comparison } from "./tally-diff";
import { shortName } from "../../i18n/format";
import { formatList } from "./tally-format";
import { sharedScale } from "./tally-series";
import { useTallyWords } from "./words";

interface DifferenceViewProps {
  left: Tally;
  right: Tally;
  comparison: Comparison;
}

export function DifferenceView({ left, right, comparison }: DifferenceViewProps) {
  const { f, text } = useI18n();
  const m = useTallyWords();
  const { gaps, onlyLeft, onlyRight, coverage } = comparison;
  // The gap chart's own symmetric scale: its bars measure differences, not totals.
  const scale = sharedScale([gaps.map((g) => ({ ...g.left, votes: Math.abs(g.votes) }))]);
  const partial = [left, right].some((t) => Number(t.coverage.percent) < 100);
  return (
    <section aria-labelledby="tally-difference" className="mt-4 rounded border border-slate-200 p-3 text-sm">
      <h3 id="tally-difference" className="font-semibold">
        {m.difference.heading}
      </h3>
      <p className="mt-1 text-slate-700">{m.difference.explain}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {gaps.map((gap) => (
          <li key={gap.key}>{gapSentence(gap, left, right, m, f, text)}</li>
        ))}
        <li>{coverageSentence(coverage, left, right, m, f, text)}</li>
        {onlyLeft.length > 0 ? (
          <li>{m.difference.onlyOne(text(left.label), formatList(f, onlyLeft))}</li>
        ) : null}
        {onlyRight.length > 0 ? (
          <li>{m.difference.onlyOne(text(right.label), formatList(f, onlyRight))}</li>
        ) : null}
      </ul>
      {partial ? <p className="mt-2 text-slate-700">{m.difference.partial}</p> : null}
      {gaps.length > 0 ? (
        <div className="mt-2">
          <LazyGapBars
            title={m.difference.chartTitle}
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
