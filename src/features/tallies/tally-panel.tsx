/** The tallies side by side. Until the charts land (issue 4) each tally is an accessible table. */
import { LoadError, Loading } from "../../components/panel";
import { useDataFiles } from "../../data/use-data-files";
import { ComparePicker } from "./compare-picker";
import { TallyCard } from "./tally-card";

interface TallyPanelProps {
  compare: readonly string[] | null;
  /** Selected sources (`source`): the tallies highlight what these sources reported. */
  sourceFilter: readonly string[];
  onCompare: (compare: [string, string]) => void;
}

export function TallyPanel({ compare, onCompare }: TallyPanelProps) {
  const { data, error, isPending, retry } = useDataFiles(["tallies", "sources"] as const);
  if (error) return <LoadError error={error} onRetry={retry} />;
  if (isPending || !data || !compare) return <Loading what="the vote counts" />;

  const candidates = new Map(data.tallies.candidates.map((c) => [c.id, c.name]));
  const sources = new Map(data.sources.sources.map((s) => [s.id, s.name]));
  const shown = compare.flatMap((id) => data.tallies.tallies.filter((t) => t.id === id));
  return (
    <>
      <ComparePicker tallies={data.tallies.tallies} compare={compare} onCompare={onCompare} />
      <div className="grid gap-4 md:grid-cols-2">
        {shown.map((tally) => (
          <TallyCard key={tally.id} tally={tally} candidates={candidates} sources={sources} />
        ))}
      </div>
    </>
  );
}
