/** The map as a table: country, stance, since, sources; sortable, in step with the filters. */
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { stanceMeta } from "../../data/stance";
import type { StanceEntry } from "./stance-model";

type SortKey = "name" | "stance" | "since";
const COLUMNS = [
  { key: "name", label: "country" },
  { key: "stance", label: "stance" },
  { key: "since", label: "since" },
] as const satisfies { key: SortKey; label: "country" | "stance" | "since" }[];

interface StanceTableProps {
  entries: readonly StanceEntry[];
  date: string;
  blocName: (id: string) => string;
  sourceName: (id: string) => string;
  selected: ReadonlySet<string>;
  onSelect: (id: string, additive: boolean) => void;
}

/** The publishers behind the current run of the stance (the statements since `since`). */
function currentSources(entry: StanceEntry, sourceName: (id: string) => string): string {
  const run = entry.history.filter((s) => s.date >= entry.since && s.stance === entry.stance);
  return [...new Set(run.flatMap((s) => s.citations.map((c) => sourceName(c.publisher))))].join(", ");
}

export function StanceTable({ entries, date, blocName, sourceName, selected, onSelect }: StanceTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "name", dir: 1 });
  const { t, f } = useI18n();
  const value = (e: StanceEntry) => (sort.key === "stance" ? t.stances[e.stance].label : e[sort.key]);
  const rows = [...entries].sort((a, b) => value(a).localeCompare(value(b), f.locale) * sort.dir);

  return (
    <div className="max-h-96 overflow-auto rounded border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="p-2 text-left text-slate-700">
          {t.map.table.caption(f.date(date), rows.length)}
        </caption>
        <thead className="sticky top-0 bg-white">
          <tr className="border-b border-slate-200">
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
                className="p-1"
              >
                <button
                  type="button"
                  className="min-h-11 w-full px-1 text-left font-semibold hover:underline"
                  onClick={() =>
                    setSort((s) => ({ key: column.key, dir: s.key === column.key ? (-s.dir as 1 | -1) : 1 }))
                  }
                >
                  {t.map.table[column.label]}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" className="p-1 px-2">
              {t.map.table.sources}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr
              key={entry.id}
              className={`border-b border-slate-100 ${selected.has(entry.id) ? "bg-slate-100" : ""}`}
            >
              <th scope="row" className="p-1 font-normal">
                <button
                  type="button"
                  aria-pressed={selected.has(entry.id)}
                  onClick={(e) => onSelect(entry.id, e.shiftKey || e.metaKey || e.ctrlKey)}
                  className="min-h-11 px-1 text-left text-blue-800 underline"
                >
                  {entry.name}
                </button>
              </th>
              <td className="p-1">
                <span
                  aria-hidden="true"
                  className={`mr-1 inline-block size-3 rounded-sm ${stanceMeta[entry.stance].swatch}`}
                />
                {t.stances[entry.stance].label}
                {entry.via ? (
                  <span className="text-slate-600">{t.map.table.via(blocName(entry.via))}</span>
                ) : null}
              </td>
              <td className="p-1 whitespace-nowrap">{f.date(entry.since)}</td>
              <td className="p-1 text-xs text-slate-700">{currentSources(entry, sourceName)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
