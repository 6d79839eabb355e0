/** Two selects that choose which tallies stand side by side (`compare` in the URL), and a swap. */
import { formatDate } from "../../components/format";
import type { Tally } from "../../data/schemas";
import { KIND_LABELS } from "./tally-format";

interface ComparePickerProps {
  tallies: readonly Tally[];
  compare: readonly [string, string];
  onCompare: (compare: [string, string]) => void;
}

const KINDS = Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[];

export function ComparePicker({ tallies, compare, onCompare }: ComparePickerProps) {
  const [left, right] = compare;
  const choose = (side: 0 | 1, id: string) => {
    // Picking the tally already on the other side swaps the two.
    const other = side === 0 ? right : left;
    const next: [string, string] =
      side === 0 ? [id, id === other ? left : right] : [id === other ? right : left, id];
    onCompare(next);
  };
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3 text-sm">
      {(["Left tally", "Right tally"] as const).map((label, side) => (
        <label key={label} className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
          <span className="font-medium">{label}</span>
          <select
            value={side === 0 ? left : right}
            onChange={(event) => choose(side as 0 | 1, event.target.value)}
            className="w-full max-w-full rounded border border-slate-400 bg-white px-2 py-2"
          >
            {KINDS.map((kind) => (
              <optgroup key={kind} label={KIND_LABELS[kind]}>
                {tallies
                  .filter((t) => t.kind === kind)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                      {t.date ? ` (${formatDate(t.date)})` : ""}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
      ))}
      <button
        type="button"
        onClick={() => onCompare([right, left])}
        className="rounded border border-slate-400 bg-white px-3 py-2 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
      >
        Swap sides
      </button>
    </div>
  );
}
