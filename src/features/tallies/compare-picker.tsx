/** Two selects that choose which tallies stand side by side (`compare` in the URL), and a swap. */
import type { Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { useTallyWords } from "./words";

interface ComparePickerProps {
  tallies: readonly Tally[];
  compare: readonly [string, string];
  onCompare: (compare: [string, string]) => void;
}

const KINDS = ["official", "opposition", "independent"] as const satisfies readonly Tally["kind"][];

export function ComparePicker({ tallies, compare, onCompare }: ComparePickerProps) {
  const { f, text } = useI18n();
  const m = useTallyWords().picker;
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
      {[m.left, m.right].map((label, side) => (
        <label key={label} className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
          <span className="font-medium">{label}</span>
          <select
            value={side === 0 ? left : right}
            onChange={(event) => choose(side as 0 | 1, event.target.value)}
            className="w-full max-w-full rounded border border-slate-400 bg-white px-2 py-2"
          >
            {KINDS.map((kind) => (
              <optgroup key={kind} label={m.kinds[kind]}>
                {tallies
                  .filter((tally) => tally.kind === kind)
                  .map((tally) => (
                    <option key={tally.id} value={tally.id}>
                      {tally.date ? m.option(text(tally.label), f.date(tally.date)) : text(tally.label)}
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
        {m.swap}
      </button>
    </div>
  );
}
