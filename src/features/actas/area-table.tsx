/**
 * The areas one level down, as a sortable table: sheets, each candidate's votes and share, the
 * margin. The first column stays in view when the table scrolls sideways on a phone. Each name
 * is a link one level further down. Sorting is the reader's own passing choice, kept here.
 *
 * The first FIRST_ROWS rows, in the order chosen, then "Show all": the table of the 24 states
 * took 1,250 px of a phone's page under a map that shows the same, and most readers look for
 * the largest margins or one place (sort, or the map). The CSV always has every row.
 */
import { useRef, useState } from "react";
import { usePrinting } from "../../components/use-printing";
import { flushSync } from "react-dom";
import { sharesOf, sortRows, type AreaRow, type SortKey } from "./area-model";
import { followLink } from "./breadcrumbs";
import { LEVEL_CAPTION_ID } from "./use-focus-after";
import { marginText, shareText, useWords } from "./words";

interface AreaTableProps {
  rows: readonly AreaRow[];
  caption: string;
  /** Rows link one level down; a parish's row links to the parish. */
  hrefOf: (area: string) => string;
  onArea: (area: string) => void;
}

const COLUMNS = [
  { key: "name", label: "name" },
  { key: "sheets", label: "sheets" },
  { key: null, label: "gonzalezVotes" },
  { key: "gonzalez", label: "gonzalez" },
  { key: null, label: "maduroVotes" },
  { key: "maduro", label: "maduro" },
  { key: "margin", label: "margin" },
] as const;

const STICKY = "sticky left-0 z-10 bg-white";
const FIRST_ROWS = 10;

export function AreaTable({ rows, caption, hrefOf, onArea }: AreaTableProps) {
  const words = useWords();
  const { w, f } = words;
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "name", descending: false });
  // "Show all" holds for the level it was pressed on (named by its caption), not the next one;
  // the sort, the reader's passing choice, carries on down.
  const [allFor, setAllFor] = useState<string | null>(null);
  // A printout has no button to press: it lists every row.
  const all = usePrinting() || allFor === caption;
  const body = useRef<HTMLTableSectionElement>(null);
  const sorted = sortRows(rows, sort.key, sort.descending);
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  const choose = (key: SortKey) =>
    setSort((now) => ({ key, descending: now.key === key ? !now.descending : key !== "name" }));
  if (rows.length === 0) return <p className="text-sm">{w.table.none}</p>;
  return (
    <div className="max-w-full overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm tabular-nums">
        <caption id={LEVEL_CAPTION_ID} tabIndex={-1} className="mb-1 text-left font-medium outline-none">
          {caption}
          {shown.length < sorted.length ? (
            <span className="font-normal text-slate-700">
              {" "}
              {w.table.firstRows(f.number(shown.length), f.number(sorted.length))}
            </span>
          ) : null}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {COLUMNS.map(({ key, label }, i) => {
              const name = w.table.columns[label];
              const active = key !== null && sort.key === key;
              return (
                <th
                  key={label}
                  scope="col"
                  aria-sort={active ? (sort.descending ? "descending" : "ascending") : undefined}
                  className={`px-2 py-1 align-bottom font-medium ${i === 0 ? STICKY : "text-right"}`}
                >
                  {key === null ? (
                    name
                  ) : (
                    <button
                      type="button"
                      onClick={() => choose(key)}
                      className="min-h-11 text-left underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-slate-800"
                    >
                      {name}
                      <span aria-hidden="true">{active ? (sort.descending ? " ↓" : " ↑") : ""}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.map((row) => {
            const shares = sharesOf(row.campaign);
            const c = row.campaign;
            return (
              <tr key={row.code} className="border-b border-slate-200">
                <th scope="row" className={`px-2 py-1 text-left font-normal ${STICKY}`}>
                  <a
                    href={hrefOf(row.code)}
                    data-view-link
                    onClick={followLink(() => onArea(row.code))}
                    className="text-blue-800 underline"
                  >
                    {row.name}
                  </a>
                </th>
                <td className="px-2 py-1 text-right">{c ? f.number(c.sheets) : "–"}</td>
                <td className="px-2 py-1 text-right">{c ? f.number(c.egu) : "–"}</td>
                <td className="px-2 py-1 text-right">{shares ? shareText(f, shares.gonzalez) : "–"}</td>
                <td className="px-2 py-1 text-right">{c ? f.number(c.nm) : "–"}</td>
                <td className="px-2 py-1 text-right">{shares ? shareText(f, shares.maduro) : "–"}</td>
                <td className="px-2 py-1 text-right">{shares ? marginText(words, shares.margin) : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length < sorted.length ? (
        <button
          type="button"
          onClick={() => {
            flushSync(() => setAllFor(caption));
            // The button goes: focus moves on to the first row it showed, not to the page's start.
            body.current?.querySelectorAll("a")[FIRST_ROWS]?.focus();
          }}
          className="mt-2 min-h-11 rounded border border-slate-400 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
        >
          {w.table.showAll(f.number(sorted.length), f.number(sorted.length - shown.length))}
        </button>
      ) : null}
    </div>
  );
}
