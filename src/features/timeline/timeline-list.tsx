/**
 * The entries grouped by month, PAGE at a time with a "Show more" button, so the page stays
 * short and render time and memory follow the page, not the dataset, while find-in-page and
 * keyboard order keep working for everything shown (a virtual list would break both). The
 * selected entry is always shown, and so is every match of a search, and everything in print.
 */
import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import type { TimelineEntry } from "./entries";
import { groupByMonth, type MonthGroup } from "./filter-entries";
import { formatMonth } from "./labels";
import { TimelineEntryItem, type EntryContext } from "./timeline-entry";

interface TimelineListProps {
  entries: readonly TimelineEntry[];
  selected: string | null;
  /** Every entry, without "Show more": a search's matches, a printout. */
  showAll: boolean;
  isOpen: (id: string) => boolean;
  ctx: EntryContext;
}

export const PAGE = 50;

export function TimelineList({ entries, selected, showAll, isOpen, ctx }: TimelineListProps) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(PAGE);
  // The selected entry is always rendered, however deep in the list it sits.
  const selectedIndex = selected ? entries.findIndex((e) => e.id === selected) : -1;
  const shown = showAll ? entries : entries.slice(0, Math.max(limit, selectedIndex + 1));
  const remaining = entries.length - shown.length;
  return (
    <>
      <ol aria-label={t.timeline.list} className="max-w-5xl space-y-6">
        {groupByMonth(shown).map((group) => (
          <MonthItem
            key={group.month ?? "undated"}
            group={group}
            selected={selected}
            isOpen={isOpen}
            ctx={ctx}
          />
        ))}
      </ol>
      {remaining > 0 ? (
        <button
          type="button"
          onClick={() => setLimit(shown.length + PAGE)}
          className="mt-4 min-h-11 rounded border border-slate-400 px-4 text-sm font-medium hover:bg-slate-100"
        >
          {t.timeline.showMore(Math.min(PAGE, remaining), remaining)}
        </button>
      ) : null}
    </>
  );
}

function MonthItem({
  group,
  selected,
  isOpen,
  ctx,
}: {
  group: MonthGroup;
  selected: string | null;
  isOpen: (id: string) => boolean;
  ctx: EntryContext;
}) {
  const { t, f } = useI18n();
  const headingId = useId();
  return (
    <li aria-labelledby={headingId}>
      <h3
        id={headingId}
        className="sticky top-(--page-nav-h) z-10 border-b border-slate-200 bg-white py-1 font-semibold text-slate-800"
      >
        {group.month ? (
          <time dateTime={group.month}>{formatMonth(group.month, f.locale)}</time>
        ) : (
          t.timeline.entry.dateNotGiven
        )}
      </h3>
      <ol aria-labelledby={headingId} className="mt-2 space-y-2">
        {group.entries.map((entry) => (
          <TimelineEntryItem
            key={entry.id}
            entry={entry}
            selected={entry.id === selected}
            open={isOpen(entry.id)}
            ctx={ctx}
          />
        ))}
      </ol>
    </li>
  );
}
