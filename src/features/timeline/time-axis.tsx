/**
 * The time axis above the timeline: a bar a month, its height the entries shown in that month
 * and its darker part the stance statements among them, from which a reader jumps to a month.
 * A toolbar: one tab stop, the arrow keys, Home and End moving between the months that have
 * entries, rather than a stop per month, which would put two dozen between the filters and
 * the list. Bars are drawn with SVG attributes, never style attributes, which the page's
 * Content-Security-Policy refuses in markup. Each month's button says its counts in words.
 */
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "../../i18n/i18n";
import { formatMonth, formatShortMonth } from "./labels";
import type { AxisMonth } from "./month-axis";

const BAR_HEIGHT = 28;
const BAR_WIDTH = 20;

export function TimeAxis({
  months,
  onJump,
}: {
  months: readonly AxisMonth[];
  onJump: (month: string) => void;
}) {
  const { t, f } = useI18n();
  const labelId = useId();
  const list = useRef<HTMLOListElement>(null);
  const usable = months.flatMap((m, index) => (m.entries > 0 ? [index] : []));
  const [stop, setStop] = useState<number | undefined>(undefined);
  const focusIndex = stop !== undefined && usable.includes(stop) ? stop : usable[0];
  const most = Math.max(1, ...months.map((m) => m.entries));
  const bar = (count: number) => Math.max(count > 0 ? 2 : 0, Math.round((count / most) * BAR_HEIGHT));

  const onKeyDown = (event: KeyboardEvent) => {
    const at = usable.indexOf(focusIndex ?? -1);
    const moves: Record<string, number | undefined> = {
      ArrowRight: usable[Math.min(at + 1, usable.length - 1)],
      ArrowLeft: usable[Math.max(at - 1, 0)],
      Home: usable[0],
      End: usable.at(-1),
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = moves[event.key];
    setStop(next);
    if (next !== undefined) list.current?.children[next]?.querySelector("button")?.focus();
  };

  if (usable.length === 0) return null;
  return (
    <div role="toolbar" aria-labelledby={labelId} onKeyDown={onKeyDown} className="print:hidden">
      <p className="flex flex-wrap items-center gap-x-3 text-sm">
        <span id={labelId} className="font-medium">
          {t.timeline.axis.label}
        </span>
        <span className="flex items-center gap-1 text-xs text-slate-600">
          <span aria-hidden="true" className="inline-block size-2.5 bg-slate-500" />
          {t.timeline.axis.entries}
          <span aria-hidden="true" className="ml-2 inline-block size-2.5 bg-slate-800" />
          {t.timeline.axis.stances}
        </span>
      </p>
      <ol ref={list} className="mt-1 flex overflow-x-auto pb-1">
        {months.map((m, index) => {
          const total = bar(m.entries);
          const stances = Math.min(total, bar(m.stances));
          const year = index === 0 || m.month.endsWith("-01") ? m.month.slice(0, 4) : "\u00a0";
          const picture = (
            <svg width={BAR_WIDTH} height={BAR_HEIGHT} aria-hidden="true" className="overflow-visible">
              <rect
                x={0}
                y={BAR_HEIGHT - total}
                width={BAR_WIDTH}
                height={total}
                className="fill-slate-500"
              />
              <rect
                x={0}
                y={BAR_HEIGHT - stances}
                width={BAR_WIDTH}
                height={stances}
                className="fill-slate-800"
              />
            </svg>
          );
          const labels = (
            <>
              <span className="order-first text-[11px] leading-tight text-slate-600">
                {m.entries > 0 ? f.number(m.entries) : "\u00a0"}
              </span>
              <span className="mt-0.5 text-[11px] leading-tight">{formatShortMonth(m.month, f.locale)}</span>
              <span className="text-[11px] leading-tight text-slate-600">{year}</span>
            </>
          );
          const empty = m.entries === 0;
          // One element for every month, a button, so that a search or a filter that empties a
          // month changes its attributes rather than making its element again (the bench saw the
          // search slower with two dozen bars remade on each key press). A month with no entry
          // shown keeps its place on the scale, with nothing to jump to: disabled, and hidden
          // from screen readers; its words in slate-600, which keeps 4.5:1 in the dark theme too.
          return (
            <li key={m.month} className="shrink-0" aria-hidden={empty ? true : undefined}>
              <button
                type="button"
                disabled={empty}
                tabIndex={index === focusIndex ? 0 : -1}
                aria-label={
                  empty
                    ? undefined
                    : t.timeline.axis.month(formatMonth(m.month, f.locale), m.entries, m.stances)
                }
                onClick={() => {
                  setStop(index);
                  onJump(m.month);
                }}
                className={`flex w-11 flex-col items-center justify-end rounded py-1 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 ${empty ? "text-slate-600" : "text-slate-800 hover:bg-slate-100"}`}
              >
                {picture}
                {labels}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
