/**
 * One voting centre and its sheets, one per table: the votes per candidate as the centre file
 * gives them, the electors registered where the file has them, and the turnout computed from
 * them (labelled as arithmetic).
 */
import { CENTRE_CANDIDATES } from "../../data/actas-areas";
import type { ActasCentresFile } from "../../data/actas-schemas";
import { useWords } from "./words";

const MADURO = CENTRE_CANDIDATES.indexOf("maduro");
const GONZALEZ = CENTRE_CANDIDATES.indexOf("gonzalez");

type Centre = ActasCentresFile["centres"][number];

export function CentreSheets({
  centre,
  place,
  onClose,
}: {
  centre: Centre;
  place: string;
  onClose: () => void;
}) {
  const { w, f } = useWords();
  const rows = centre.sheets.map(([table, ...votes]) => {
    const total = votes.reduce((sum, v) => sum + v, 0);
    const maduro = votes[MADURO] ?? 0;
    const gonzalez = votes[GONZALEZ] ?? 0;
    return { table, gonzalez, maduro, others: total - maduro - gonzalez, total };
  });
  const votes = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <section aria-labelledby="actas-centre-heading" className="mt-4 rounded border border-slate-300 p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id="actas-centre-heading" className="font-semibold">
            {w.centre.heading(centre.name)}
          </h3>
          <p className="text-sm text-slate-700">
            {place} · {w.centre.code(centre.code)}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="min-h-11 rounded border border-slate-400 bg-white px-3 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
        >
          {w.centre.close}
        </button>
      </div>
      <p className="mt-2 text-sm">
        {centre.registered === null ? (
          w.centre.registeredUnknown
        ) : (
          <>
            {w.centre.registered(f.number(centre.registered))}{" "}
            {centre.registered > 0 ? w.centre.turnout(f.percent((100 * votes) / centre.registered, 1)) : null}
          </>
        )}
      </p>
      <div className="max-w-full overflow-x-auto">
        <table className="mt-2 w-full border-collapse text-sm tabular-nums">
          <caption className="sr-only">{w.centre.caption(centre.name)}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-right">
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {w.centre.table}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                González
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Maduro
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {w.sums.what.others}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {w.centre.valid}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.table} className="border-b border-slate-200 text-right">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {row.table}
                </th>
                <td className="px-2 py-1">{f.number(row.gonzalez)}</td>
                <td className="px-2 py-1">{f.number(row.maduro)}</td>
                <td className="px-2 py-1">{f.number(row.others)}</td>
                <td className="px-2 py-1">{f.number(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-700">{w.centre.source}</p>
    </section>
  );
}
