/** One tally's figures as an accessible table: the exact votes and printed shares, with markers. */
import type { Disagreement } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { colourOf } from "./candidate-colours";
import { DisagreementMarkers } from "./disagreement-marker";
import { rowFields } from "./tally-context";
import { formatComputedShare } from "./tally-format";
import type { SeriesRow } from "./tally-series";
import { useTallyWords } from "./words";

interface TallyTableProps {
  caption: string;
  rows: readonly SeriesRow[];
  disagreements: ReadonlyMap<string, Disagreement[]>;
  open: string | null;
  detailsId: string;
  onToggle: (id: string, button: HTMLButtonElement) => void;
}

function ShareCell({ row }: { row: SeriesRow }) {
  const { f } = useI18n();
  const m = useTallyWords().table;
  if (row.share) return <span>{f.share(row.share)}</span>;
  if (row.computedShare !== null)
    return (
      <span>
        {formatComputedShare(f, row.computedShare)}{" "}
        <span className="text-xs text-slate-600">{m.computed}</span>
      </span>
    );
  return <span className="text-slate-600">{m.notGiven}</span>;
}

export function TallyTable({ caption, rows, disagreements, ...marker }: TallyTableProps) {
  const { f } = useI18n();
  const m = useTallyWords().table;
  const about = (fields: string[]) => fields.flatMap((field) => disagreements.get(field) ?? []);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1">
            {m.candidate}
          </th>
          <th scope="col" className="py-1 pl-2 text-right">
            {m.votes}
          </th>
          <th scope="col" className="py-1 pl-2 text-right">
            {m.share}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              <span
                aria-hidden="true"
                className={`mr-1.5 inline-block size-2.5 rounded-sm ${colourOf(row.key).swatch}`}
              />
              {row.name}
              {row.members.length > 1 ? (
                <span className="block text-xs text-slate-600">{m.grouped(row.members.length)}</span>
              ) : null}
            </th>
            <td className="py-1 pl-2 text-right tabular-nums">
              <span>{row.approximate ? m.about(f.number(row.votes)) : f.number(row.votes)}</span>
              <DisagreementMarkers disagreements={about(rowFields(row.members, "votes"))} {...marker} />
            </td>
            <td className="py-1 pl-2 text-right tabular-nums">
              <ShareCell row={row} />
              <DisagreementMarkers disagreements={about(rowFields(row.members, "share"))} {...marker} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
