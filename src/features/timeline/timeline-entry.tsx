/** One timeline entry: when, what, who was involved, who claims it, and the sources behind it. */
import { memo, useId } from "react";
import type { Source } from "../../data/schemas";
import { stanceMeta } from "../../data/stance";
import { useI18n } from "../../i18n/i18n";
import { DisagreementView } from "./disagreement-view";
import type { TimelineEntry } from "./entries";
import { SourcingNote } from "../../components/sourcing-note";
import { SourceCitation } from "./source-citation";
import { ActorButtons } from "./actor-buttons";

export interface EntryContext {
  sourceById: ReadonlyMap<string, Source>;
  actorName: (id: string) => string;
  onSelect: (id: string | null) => void;
  onSelectCountry: (id: string) => void;
}

export function entryDomId(id: string) {
  return `timeline-entry-${id}`;
}

/**
 * Memoised: a search or a filter re-renders the list, and an entry whose props are the same
 * (the same record, still (un)selected, the same context) need not be drawn again.
 */
export const TimelineEntryItem = memo(function TimelineEntryItem({
  entry,
  selected,
  ctx,
}: {
  entry: TimelineEntry;
  selected: boolean;
  ctx: EntryContext;
}) {
  const { t, f, text } = useI18n();
  const words = t.timeline.entry;
  const titleId = useId();
  const claimant = entry.claimant ? ctx.sourceById.get(entry.claimant) : undefined;
  return (
    <li
      id={entryDomId(entry.id)}
      aria-labelledby={titleId}
      aria-current={selected ? "true" : undefined}
      // Scrolled to, an entry stops below the sticky month heading instead of under it.
      className={`scroll-mt-12 rounded-r border-l-4 py-2 pr-2 pl-3 ${selected ? "border-blue-700 bg-blue-50" : "border-slate-300"}`}
    >
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700">
        {entry.date ? (
          <time dateTime={entry.date} className="font-medium">
            {f.dateWithPrecision(entry.date, entry.datePrecision)}
          </time>
        ) : (
          <span className="font-medium">
            {entry.dateNote ? words.dateNotGivenBecause(entry.dateNote) : words.dateNotGiven}
          </span>
        )}
        <span aria-hidden="true">·</span>
        <span>{t.timeline.kinds[entry.kind]}</span>
        <span aria-hidden="true">·</span>
        <span>{t.timeline.origins[entry.origin]}</span>
        {selected ? (
          <span className="rounded bg-blue-800 px-1.5 text-xs font-semibold text-white">
            {words.selected}
          </span>
        ) : null}
      </p>
      <h4 id={titleId} className="mt-0.5 flex items-center gap-1.5 font-semibold">
        {entry.stance ? (
          // The stance is in the title's words; the dot is the map's colour for it.
          <span
            aria-hidden="true"
            className={`size-2.5 shrink-0 rounded-full ${stanceMeta[entry.stance].swatch}`}
          />
        ) : null}
        {entry.date ? (
          // Undated entries cannot be selected: the URL's `event` only names dated entries.
          <button
            type="button"
            aria-pressed={selected}
            onClick={() => ctx.onSelect(selected ? null : entry.id)}
            className="text-left underline decoration-slate-400 underline-offset-2 hover:decoration-blue-700 focus-visible:outline-2 focus-visible:outline-blue-700"
          >
            {entry.title}
          </button>
        ) : (
          entry.title
        )}
      </h4>
      <p className="mt-1 text-sm break-words">{entry.summary}</p>
      {entry.note ? <p className="mt-1 text-sm text-slate-700">{words.note(entry.note)}</p> : null}
      {claimant ? (
        <p className="mt-1 text-sm text-slate-700">
          {words.claimedBy(text(claimant.name), t.timeline.sourceKinds[claimant.kind].one)}
        </p>
      ) : null}
      <SourcingNote citations={entry.citations} kindOf={(id) => ctx.sourceById.get(id)?.kind} />
      <ActorButtons actors={entry.actors} actorName={ctx.actorName} onSelectCountry={ctx.onSelectCountry} />
      <ul aria-label={words.sources} className="mt-2 space-y-2">
        {entry.citations.map((c, i) => (
          <li key={`${i} ${c.url}`}>
            <SourceCitation citation={c} publisher={ctx.sourceById.get(c.publisher)} />
          </li>
        ))}
      </ul>
      {entry.disagreements.map((d) => (
        <DisagreementView key={d.id} disagreement={d} sourceById={ctx.sourceById} />
      ))}
    </li>
  );
});
