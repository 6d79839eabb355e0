/** The recognition panel. Until the map lands (issue 3) it shows each actor's stance as a table. */
import { LoadError, Loading } from "../../components/panel";
import { formatDate } from "../../components/format";
import { stancesAsOf } from "../../data/selectors";
import { stanceMeta } from "../../data/stance";
import { useDataFiles } from "../../data/use-data-files";

import type { StanceId } from "../../data/schemas";

export interface StancePanelProps {
  /** The date whose stances are shown (`asof` resolved); null until the data loads. */
  date: string | null;
  dateRange: readonly [string, string] | undefined;
  /** Selected actors (`country`). */
  selected: readonly string[];
  stanceFilter: readonly StanceId[];
  sourceFilter: readonly string[];
  onSelect: (country: string[]) => void;
  onStanceFilter: (stance: StanceId[]) => void;
  onDate: (asof: string) => void;
}

export function StancePanel({ date }: StancePanelProps) {
  const { data, error, isPending, retry } = useDataFiles(["actors", "stances"] as const);
  if (error) return <LoadError error={error} onRetry={retry} />;
  if (isPending || !data || !date) return <Loading what="the recognition data" />;

  const asOf = stancesAsOf(data.stances.stances, data.actors.actors, date);
  const rows = data.actors.actors
    .flatMap((actor) => {
      const entry = asOf.get(actor.id);
      return entry ? [{ actor, entry }] : [];
    })
    .sort((a, b) => a.actor.name.localeCompare(b.actor.name));

  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-slate-600">Stances as of {formatDate(date)}</caption>
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className="py-1 pr-2">
            Country or body
          </th>
          <th scope="col" className="py-1 pr-2">
            Stance
          </th>
          <th scope="col" className="py-1">
            Since
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ actor, entry }) => (
          <tr key={actor.id} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-2 font-normal">
              {actor.name}
            </th>
            <td className="py-1 pr-2">
              <span
                aria-hidden="true"
                className={`mr-1 inline-block size-3 rounded-sm ${stanceMeta[entry.stance].swatch}`}
              />
              {stanceMeta[entry.stance].label}
            </td>
            <td className="py-1">{formatDate(entry.since)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
