/** A row of toggle buttons for a short, fixed list of filter values (stances, kinds). */
import type { ReactNode } from "react";

interface ToggleGroupProps<T extends string> {
  label: string;
  options: readonly { id: T; label: string; swatch?: ReactNode }[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

export function ToggleGroup<T extends string>({ label, options, chosen, onChange }: ToggleGroupProps<T>) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{label}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {options.map((option) => {
          const on = chosen.includes(option.id);
          return (
            <button
              key={option.id}
              type="button"
              aria-pressed={on}
              onClick={() => onChange(on ? chosen.filter((c) => c !== option.id) : [...chosen, option.id])}
              className={`flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-700 ${
                on
                  ? "border-blue-800 bg-blue-800 text-white"
                  : "border-slate-400 bg-white text-slate-800 hover:bg-slate-100"
              }`}
            >
              {option.swatch}
              {option.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
