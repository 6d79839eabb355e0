/** What the recognition chart says in words: each step's counts, and a summary of the whole. */
import type { StanceId } from "../../data/schemas";
import { STANCE_IDS } from "../../data/vocabulary";
import type { Catalog } from "../../i18n/catalog";
import type { Formatters } from "../../i18n/format";
import { peaks, type RecognitionStep } from "./recognition-series";

/** "On 7 Aug 2024: 11 countries recognize Maduro, 10 countries recognize González, …". */
export function stepWords(
  t: Catalog,
  f: Formatters,
  step: RecognitionStep,
  drawn: readonly StanceId[],
  bloc: string,
) {
  // Without a filter a stance nobody holds goes unsaid, as in the map's summary; with one, the
  // chosen stances are said even at zero, since that is what the reader asked about.
  const all = drawn.length === STANCE_IDS.length;
  const parts = drawn
    .filter((id) => !all || step.counts[id].total > 0)
    .map((id) => {
      const { total, via } = step.counts[id];
      return `${t.map.count(total, via, bloc)} ${t.stances[id].verb(total)}`;
    });
  const date = f.date(step.date);
  return parts.length > 0 ? t.map.summary(date, parts) : t.map.summaryEmpty(date);
}

/** The span, how many times the counts changed, and each drawn stance's highest count. */
export function chartSummary(
  t: Catalog,
  f: Formatters,
  steps: readonly RecognitionStep[],
  drawn: readonly StanceId[],
  range: readonly [string, string],
  bloc: string,
) {
  const most = peaks(steps, drawn)
    .filter((p) => p.total > 0)
    .map((p) =>
      t.map.chart.peak(
        `${t.map.count(p.total, 0, bloc)} ${t.stances[p.stance].verb(p.total)}`,
        f.date(p.date),
      ),
    );
  return t.map.chart.summary(f.date(range[0]), f.date(range[1]), Math.max(steps.length - 1, 0), most);
}
