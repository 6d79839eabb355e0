/** The recognition chart as a table: one row per step (the date a count changed), one column per stance drawn. */
import type { StanceId } from "../../data/schemas";
import { stanceMeta } from "../../data/stance";
import { useI18n } from "../../i18n/i18n";
import type { RecognitionStep } from "./recognition-series";

interface RecognitionTableProps {
  id: string;
  steps: readonly RecognitionStep[];
  drawn: readonly StanceId[];
  /** The step that holds the date on the map. */
  selected: number;
  bloc: string;
}

export function RecognitionTable({ id, steps, drawn, selected, bloc }: RecognitionTableProps) {
  const { t, f } = useI18n();
  return (
    // It scrolls (about 30 rows, and sideways on a phone) and holds nothing focusable, so it is a
    // named tab stop itself: a keyboard can scroll it too (axe: scrollable-region-focusable).
    <div
      id={id}
      role="region"
      aria-labelledby={`${id}caption`}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="mt-2 max-h-96 overflow-auto rounded border border-slate-200 focus-visible:outline-2 focus-visible:outline-slate-900"
    >
      <table className="w-full text-left text-sm">
        <caption id={`${id}caption`} className="p-2 text-left text-slate-700">
          {t.map.chart.caption}
        </caption>
        <thead className="sticky top-0 bg-white">
          <tr className="border-b border-slate-200">
            <th scope="col" className="p-1 px-2">
              {t.map.table.since}
            </th>
            {drawn.map((stance) => (
              <th key={stance} scope="col" className="p-1 px-2">
                <span
                  aria-hidden="true"
                  className={`mr-1 inline-block size-3 rounded-sm ${stanceMeta[stance].swatch}`}
                />
                {t.stances[stance].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr
              key={step.date}
              aria-current={i === selected ? "date" : undefined}
              className={`border-b border-slate-100 ${i === selected ? "bg-slate-100" : ""}`}
            >
              <th scope="row" className="p-1 px-2 font-normal whitespace-nowrap">
                {f.date(step.date)}
              </th>
              {drawn.map((stance) => (
                <td key={stance} className="p-1 px-2 tabular-nums">
                  {t.map.count(step.counts[stance].total, step.counts[stance].via, bloc)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Opens and closes the table, with its summary (closed, the summary is for screen readers only). */
export function TableToggle({
  open,
  controls,
  onToggle,
}: {
  open: boolean;
  controls: string;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-expanded={open}
      // Only while the table is there: closed, it is not in the page to point at.
      aria-controls={open ? controls : undefined}
      className="shrink-0 rounded border border-slate-300 px-3 py-1 text-xs whitespace-nowrap hover:bg-slate-50"
      onClick={onToggle}
    >
      {t.map.chart.table}
    </button>
  );
}
