/**
 * The "as of" date: a slider over the data's range with a mark at every stance change.
 * Arrow keys jump from change to change; dragging previews and commits on release, so one
 * drag is one history entry.
 */
import { useState, type KeyboardEvent } from "react";
import { useI18n } from "../../i18n/i18n";
import { addDays, daysBetween, stepChange } from "./date-steps";

interface DateControlProps {
  date: string;
  range: readonly [string, string];
  changes: readonly string[];
  onPreview: (date: string | null) => void;
  onCommit: (date: string) => void;
}

export function DateControl({ date, range, changes, onPreview, onCommit }: DateControlProps) {
  const { t, f } = useI18n();
  const [first, last] = range;
  const total = Math.max(daysBetween(first, last), 1);
  const [dragging, setDragging] = useState(false);

  const commit = (next: string) => {
    onPreview(null);
    if (next !== date) onCommit(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, () => string> = {
      ArrowRight: () => stepChange(changes, date, 1),
      ArrowUp: () => stepChange(changes, date, 1),
      ArrowLeft: () => stepChange(changes, date, -1),
      ArrowDown: () => stepChange(changes, date, -1),
      Home: () => first,
      End: () => last,
    };
    const target = keys[event.key];
    if (!target) return;
    event.preventDefault();
    commit(target());
  };

  return (
    <div>
      <label htmlFor="asof-slider" className="text-sm font-medium">
        {t.map.date.label} <span className="font-semibold">{f.date(date)}</span>
      </label>
      <div className="relative mt-1">
        <input
          id="asof-slider"
          type="range"
          min={0}
          max={total}
          step={1}
          value={daysBetween(first, date)}
          aria-valuetext={f.date(date)}
          aria-describedby="asof-help"
          className="h-11 w-full cursor-pointer accent-slate-800"
          onPointerDown={() => setDragging(true)}
          onPointerUp={(e) => {
            setDragging(false);
            commit(addDays(first, Number(e.currentTarget.value)));
          }}
          onChange={(e) => {
            const next = addDays(first, Number(e.target.value));
            if (dragging) onPreview(next);
            else commit(next);
          }}
          onKeyDown={onKeyDown}
        />
        <div aria-hidden="true" className="pointer-events-none relative h-2">
          {changes.map((d) => (
            <span
              key={d}
              className="absolute top-0 h-2 w-px bg-slate-500"
              style={{ left: `${(daysBetween(first, d) / total) * 100}%` }}
            />
          ))}
        </div>
      </div>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
        <span id="asof-help">{t.map.date.help}</span>
        <span className="flex gap-2">
          <button
            type="button"
            className="min-h-11 rounded border border-slate-300 px-3 hover:bg-slate-50"
            onClick={() => commit(stepChange(changes, date, -1))}
          >
            {t.map.date.previous}
          </button>
          <button
            type="button"
            className="min-h-11 rounded border border-slate-300 px-3 hover:bg-slate-50"
            onClick={() => commit(stepChange(changes, date, 1))}
          >
            {t.map.date.next}
          </button>
        </span>
      </div>
    </div>
  );
}
