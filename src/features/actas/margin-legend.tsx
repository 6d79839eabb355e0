/**
 * The map's legend: the margin's bins drawn as one scale, Maduro's side to the left and
 * González's to the right, each swatch with its range in points under it, and the no-data
 * styling. The scale is what the eye reads (a list of nine lines took 320 px of a phone's
 * page); a screen reader hears the bins' words instead, as a list.
 */
import { LEGEND_BINS, NO_DATA, rangeLabel } from "./margin-scale";
import { useWords } from "./words";

export function MarginLegend() {
  const { w } = useWords();
  const items = LEGEND_BINS;
  return (
    <div className="text-sm">
      <p className="font-medium">{w.legend.title}</p>
      <ul className="sr-only">
        {items.map((bin) => (
          <li key={bin.id}>{w.legend.bins[bin.id]}</li>
        ))}
      </ul>
      <div aria-hidden="true" className="mt-1 max-w-md">
        <div className="grid auto-cols-fr grid-flow-col gap-px">
          {items.map((bin) => (
            <div key={bin.id} className="text-center">
              <div className={`h-4 border border-slate-400 ${bin.swatch}`} />
              <div className="mt-0.5 text-[11px] leading-tight text-slate-700">{rangeLabel(bin)}</div>
            </div>
          ))}
        </div>
        <div className="mt-0.5 flex justify-between text-xs text-slate-700">
          <span>← {w.legend.ends.maduro}</span>
          <span>{w.legend.ends.gonzalez} →</span>
        </div>
      </div>
      <p className="mt-1 flex items-center gap-2">
        <span
          aria-hidden="true"
          className={`inline-block size-4 shrink-0 rounded-sm border border-slate-400 ${NO_DATA.swatch}`}
        />
        {w.legend.noData}
      </p>
    </div>
  );
}
