/** Says which filters left the timeline empty, and offers to clear them one by one or all at once. */
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";

export interface ActiveFilter {
  /** A stable key, e.g. "country:PER". */
  key: string;
  /** What the reader sees, e.g. "country: Peru" / "país u organismo: Perú". */
  label: string;
  clear: () => void;
}

export function EmptyState({ active, onClearAll }: { active: ActiveFilter[]; onClearAll: () => void }) {
  const { t } = useI18n();
  const words = t.timeline.empty;
  return (
    <div className="rounded border border-slate-300 bg-slate-50 p-4 text-sm">
      <p className="font-medium">{words.title}</p>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={words.inUse}>
        {active.map((f) => (
          <li key={f.key}>
            <Chip onClick={f.clear} label={words.remove(f.label)}>
              {f.label}
            </Chip>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="mt-3 rounded border border-blue-800 bg-blue-800 px-3 py-1 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {words.clearAll}
      </button>
    </div>
  );
}

function Chip({ children, label, onClick }: { children: ReactNode; label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      className="rounded-full border border-slate-400 bg-white px-2 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      {children} <span aria-hidden="true">×</span>
    </button>
  );
}
