/** Two selects that choose which tallies stand side by side (`compare` in the URL). */
import type { Tally } from "../../data/schemas";

interface ComparePickerProps {
  tallies: readonly Tally[];
  compare: readonly string[];
  onCompare: (compare: [string, string]) => void;
}

export function ComparePicker({ tallies, compare, onCompare }: ComparePickerProps) {
  const [left = "", right = ""] = compare;
  const choose = (side: 0 | 1, id: string) => {
    // Picking the tally already on the other side swaps the two.
    const other = side === 0 ? right : left;
    const next: [string, string] =
      side === 0 ? [id, id === other ? left : right] : [id === other ? right : left, id];
    onCompare(next);
  };
  return (
    <div className="mb-3 flex flex-wrap gap-3 text-sm">
      {(["Left tally", "Right tally"] as const).map((label, side) => (
        <label key={label} className="flex min-w-0 flex-col gap-1">
          <span className="font-medium">{label}</span>
          <select
            value={side === 0 ? left : right}
            onChange={(event) => choose(side as 0 | 1, event.target.value)}
            className="max-w-full rounded border border-slate-300 bg-white px-2 py-2"
          >
            {tallies.map((tally) => (
              <option key={tally.id} value={tally.id}>
                {tally.label}
                {tally.date ? ` (${tally.date})` : ""}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
