/**
 * The entries grouped by month, PAGE at a time with a "Show more" button, so the page stays
 * short and render time and memory follow the page, not the dataset, while find-in-page and
 * keyboard order keep working for everything shown (a virtual list would break both). The
 * selected entry is always shown, and so is every match of a search, and everything in print.
 */
import { useState } from "react";
import { flushSync } from "react-dom";
import { bringIntoView } from "../../components/jump-to";
import { useI18n } from "../../i18n/i18n";
import type { TimelineEntry } from "./entries";
import { groupByMonth, type MonthGroup } from "./filter-entries";
import { formatMonth } from "./labels";
import { shownThrough, type AxisMonth } from "./month-axis";
import { TimeAxis } from "./time-axis";
import { TimelineEntryItem, type EntryContext } from "./timeline-entry";

interface TimelineListProps {
  entries: readonly TimelineEntry[];
  selected: string | null;
  /** Every entry, without "Show more": a search's matches, a printout. */
  showAll: boolean;
  /** The time axis's months (month-axis.ts). */
  axis: readonly AxisMonth[];
  isOpen: (id: string) => boolean;
  ctx: EntryContext;
}

export const PAGE = 50;

/** A month heading's id, for the time axis's jumps. */
const monthHeadingId = (month: string | null) => `timeline-month-${month ?? "undated"}`;

export function TimelineList({ entries, selected, showAll, axis, isOpen, ctx }: TimelineListProps) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(PAGE);
  // The selected entry is always rendered, however deep in the list it sits.
  const selectedIndex = selected ? entries.findIndex((e) => e.id === selected) : -1;
  const shown = showAll ? entries : entries.slice(0, Math.max(limit, selectedIndex + 1));
  const remaining = entries.length - shown.length;
  // A month past "Show more" is shown first, through its last entry, then scrolled to; at
  // once (flushSync), so its heading is there to move to.
  const jump = (month: string) => {
    flushSync(() => setLimit((before) => Math.max(before, shownThrough(entries, month))));
    const heading = document.getElementById(monthHeadingId(month));
    if (heading) bringIntoView(heading);
  };
  return (
    <>
      <TimeAxis months={axis} onJump={jump} />
      <ol aria-label={t.timeline.list} className="mt-4 max-w-5xl space-y-6">
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
  const headingId = monthHeadingId(group.month);
  return (
    <li aria-labelledby={headingId}>
      {/* Focusable by script: the time axis moves focus here, so Tab goes on into the month. */}
      <h3
        id={headingId}
        tabIndex={-1}
        className="sticky top-(--page-nav-h) z-10 scroll-mt-(--page-nav-room) border-b border-slate-200 bg-white py-1 font-semibold text-slate-800"
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
