/**
 * The map's legend: the margin's bins drawn as one scale, Maduro's side to the left and
 * González's to the right, each swatch with its range in points under it, and the no-data
 * styling. The scale is what the eye reads (a list of nine lines took 320 px of a phone's
 * page); a screen reader hears the bins' words instead, as a list.
 */
import { MARGIN_BINS, NO_DATA, TIED } from "./margin-scale";
import { useWords } from "./words";

/** The range under each swatch, in order: points, so the same in both languages. */
const RANGES = ["45+", "30–45", "15–30", "<15", "0", "<15", "15–30", "30–45", "45+"];

export function MarginLegend() {
  const { w } = useWords();
  const items = [...MARGIN_BINS.slice(0, 4), TIED, ...MARGIN_BINS.slice(4)];
  return (
    <div className="text-sm">
      <p className="font-medium">{w.legend.title}</p>
      <ul className="sr-only">
        {items.map((bin) => (
          <li key={bin.id}>{w.legend.bins[bin.id]}</li>
        ))}
      </ul>
      <div aria-hidden="true" className="mt-1 max-w-md">
        <div className="grid grid-cols-9 gap-px">
          {items.map((bin, i) => (
            <div key={bin.id} className="text-center">
              <div className={`h-4 border border-slate-400 ${bin.swatch}`} />
              <div className="mt-0.5 text-[11px] leading-tight text-slate-700">{RANGES[i]}</div>
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
