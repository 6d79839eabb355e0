/** The map's legend: every bin of the margin with its words, and the no-data styling. */
import { MARGIN_BINS, NO_DATA, TIED } from "./margin-scale";
import { useWords } from "./words";

export function MarginLegend() {
  const { w } = useWords();
  const items = [...MARGIN_BINS.slice(0, 4), TIED, ...MARGIN_BINS.slice(4)];
  return (
    <div className="text-sm">
      <p className="font-medium">{w.legend.title}</p>
      <ul className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {items.map((bin) => (
          <li key={bin.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-block size-4 shrink-0 rounded-sm border border-slate-400 ${bin.swatch}`}
            />
            {w.legend.bins[bin.id]}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className={`inline-block size-4 shrink-0 rounded-sm border border-slate-400 ${NO_DATA.swatch}`}
          />
          {w.legend.noData}
        </li>
      </ul>
    </div>
  );
}
