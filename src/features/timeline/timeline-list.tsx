/**
 * The entries grouped by month. About 80 entries are rendered in full: at this size a virtual
 * list would cost find-in-page and keyboard order for no measurable gain (see README.md).
 */
import { useId } from "react";
import { useI18n } from "../../i18n/i18n";
import type { TimelineEntry } from "./entries";
import { groupByMonth, type MonthGroup } from "./filter-entries";
import { formatMonth } from "./labels";
import { TimelineEntryItem, type EntryContext } from "./timeline-entry";

interface TimelineListProps {
  entries: readonly TimelineEntry[];
  selected: string | null;
  ctx: EntryContext;
}

export function TimelineList({ entries, selected, ctx }: TimelineListProps) {
  const { t } = useI18n();
  return (
    <ol aria-label={t.timeline.list} className="max-w-5xl space-y-6">
      {groupByMonth(entries).map((group) => (
        <MonthItem key={group.month ?? "undated"} group={group} selected={selected} ctx={ctx} />
      ))}
    </ol>
  );
}

function MonthItem({
  group,
  selected,
  ctx,
}: {
  group: MonthGroup;
  selected: string | null;
  ctx: EntryContext;
}) {
  const { t, f } = useI18n();
  const headingId = useId();
  return (
    <li aria-labelledby={headingId}>
      <h3
        id={headingId}
        className="sticky top-0 z-10 border-b border-slate-200 bg-white py-1 font-semibold text-slate-800"
      >
        {group.month ? (
          <time dateTime={group.month}>{formatMonth(group.month, f.locale)}</time>
        ) : (
          t.timeline.entry.dateNotGiven
        )}
      </h3>
      <ol aria-labelledby={headingId} className="mt-2 space-y-4">
        {group.entries.map((entry) => (
          <TimelineEntryItem key={entry.id} entry={entry} selected={entry.id === selected} ctx={ctx} />
        ))}
      </ol>
    </li>
  );
}
