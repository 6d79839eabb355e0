/** The map as a table: country, stance, since, sources; sortable, in step with the filters. */
import { memo, useMemo, useState, type MouseEvent } from "react";
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

// One collator per language: localeCompare with a locale makes a new one on every comparison.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

export function StanceTable({ entries, date, blocName, sourceName, selected, onSelect }: StanceTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "name", dir: 1 });
  const { t, f } = useI18n();
  const rows = useMemo(() => {
    const value = (e: StanceEntry) => (sort.key === "stance" ? t.stances[e.stance].label : e[sort.key]);
    const { compare } = collatorFor(f.locale);
    return [...entries].sort((a, b) => compare(value(a), value(b)) * sort.dir);
  }, [entries, sort, t, f.locale]);
  // One handler for every row's button, so the rows themselves can skip drawing again.
  const choose = (event: MouseEvent<HTMLTableSectionElement>) => {
    const id = event.target instanceof Element ? event.target.closest("button")?.dataset.id : undefined;
    if (id) onSelect(id, event.shiftKey || event.metaKey || event.ctrlKey);
  };

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
        {/* Clicks come from the rows' buttons; the keyboard reaches those buttons. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onClick={choose}>
          {rows.map((entry) => (
            <Row
              key={entry.id}
              entry={entry}
              isSelected={selected.has(entry.id)}
              via={entry.via ? t.map.table.via(blocName(entry.via)) : ""}
              sources={currentSources(entry, sourceName)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row; memoised, so a selection redraws the two rows it concerns, not all of them. */
const Row = memo(function Row({
  entry,
  isSelected,
  via,
  sources,
}: {
  entry: StanceEntry;
  isSelected: boolean;
  via: string;
  sources: string;
}) {
  const { t, f } = useI18n();
  return (
    <tr className={`border-b border-slate-100 ${isSelected ? "bg-slate-100" : ""}`}>
      <th scope="row" className="p-1 font-normal">
        <button
          type="button"
          data-id={entry.id}
          aria-pressed={isSelected}
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
        {via ? <span className="text-slate-600">{via}</span> : null}
      </td>
      <td className="p-1">
        <span className="whitespace-nowrap">{f.date(entry.since)}</span>
        {entry.predatesChange ? (
          <span className="block text-xs text-slate-600">{t.map.predatesShort}</span>
        ) : null}
      </td>
      <td className="p-1 text-xs text-slate-700">{sources}</td>
    </tr>
  );
});
