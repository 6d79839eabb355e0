/**
 * The tallies side by side: two regions on one shared scale, the difference between them,
 * and the arithmetic of each. Data is derived on every render from the query data and the
 * URL's `compare`; the only local state is whether every minor candidate is listed.
 */
import { useState } from "react";
import { Loading } from "../../components/panel";
import type { Files } from "../../data/use-data-files";
import { useI18n } from "../../i18n/i18n";
import { ComparePicker } from "./compare-picker";
import { DifferenceView } from "./difference-view";
import { NotShown } from "./not-shown";
import { TallyCard } from "./tally-card";
import { TallyDownloads } from "./tally-downloads";
import { matchingSources } from "./tally-context";
import { compareTallies } from "./tally-diff";
import { canExpand, localCandidates, sharedScale, tallySeries } from "./tally-series";
import { useTallyWords } from "./words";

interface TallyPanelProps {
  compare: readonly string[] | null;
  /** Selected sources (`source`): the tallies highlight what these sources reported. */
  sourceFilter: readonly string[];
  onCompare: (compare: [string, string]) => void;
  /** Whether the page has the tally-sheet panel to link to (not in an embed of the counts alone). */
  sheetsLink: boolean;
}

export function TallyPanel({
  compare,
  sourceFilter,
  onCompare,
  sheetsLink,
  data,
}: TallyPanelProps & { data: Files<"tallies" | "sources" | "disagreements"> }) {
  const [expanded, setExpanded] = useState(false);
  const { t, text } = useI18n();
  const m = useTallyWords();
  // `compare` has its default once the tallies are known to the view as well.
  if (!compare) return <Loading what={t.panels.countsLoading} />;

  const { tallies } = data.tallies;
  const candidates = localCandidates(data.tallies.candidates, text, m);
  const sourceNames = new Map(data.sources.sources.map((s) => [s.id, text(s.name)]));
  const sourceKinds = new Map(data.sources.sources.map((s) => [s.id, s.kind]));
  const [left, right] = compare.map((id) => tallies.find((t) => t.id === id));
  if (!left || !right) return <p className="text-sm">{m.notInData}</p>;

  const series = [left, right].map((t) => tallySeries(t, candidates, { expanded }));
  const scale = sharedScale(series);
  // The difference always compares the grouped rows, so the group of other candidates meets its match.
  const comparison = compareTallies(
    { tally: left, rows: tallySeries(left, candidates) },
    { tally: right, rows: tallySeries(right, candidates) },
  );
  const matches = [left, right].map((t) => matchingSources(t, sourceFilter));
  const expandable = [left, right].some((t) => canExpand(t, candidates));
  return (
    <>
      <ComparePicker tallies={tallies} compare={[left.id, right.id]} onCompare={onCompare} />
      {sourceFilter.length > 0 && matches.every((m) => m.length === 0) ? (
        <p className="mb-2 text-sm text-slate-700">{m.noneFromSources}</p>
      ) : null}
      {expandable ? (
        <button
          type="button"
          aria-pressed={expanded}
          onClick={() => setExpanded((value) => !value)}
          className="mb-3 rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800 aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {m.listEvery}
        </button>
      ) : null}
      {/* A container query: the two cards sit side by side when the panel, not the window, is wide enough. */}
      <div className="@container">
        <div className="grid gap-x-4 gap-y-6 @lg:grid-cols-2">
          {[left, right].map((tally, i) => (
            <TallyCard
              key={tally.id}
              tally={tally}
              rows={series[i] ?? []}
              scale={scale}
              candidates={candidates}
              disagreements={data.disagreements.disagreements}
              sourceNames={sourceNames}
              sourceKinds={sourceKinds}
              matches={matches[i] ?? []}
              sheetsLink={sheetsLink}
            />
          ))}
        </div>
      </div>
      <DifferenceView left={left} right={right} comparison={comparison} />
      <NotShown figures={data.disagreements.notShown ?? []} />
      <div className="mt-4">
        <TallyDownloads
          shown={[left, right].map((tally, i) => ({ tally, rows: series[i] ?? [] }))}
          max={scale.max}
          sourceName={(id) => sourceNames.get(id) ?? id}
        />
      </div>
    </>
  );
}
