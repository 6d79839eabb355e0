/**
 * One timeline entry: when, what, who was involved, who claims it, and the sources behind it.
 * Closed, it is one or two lines (date, kind, title, stance, how many sources); its summary,
 * quotes and citations are drawn only when it is open, so the page stays short and light.
 */
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
  /** Opens or closes an entry's details. */
  onToggle: (id: string, open: boolean) => void;
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
  open,
  ctx,
}: {
  entry: TimelineEntry;
  selected: boolean;
  open: boolean;
  ctx: EntryContext;
}) {
  const { t, f } = useI18n();
  const words = t.timeline.entry;
  const titleId = useId();
  const detailsId = useId();
  // The stance is in the title's words; the dot is the map's colour for it. Inside the title's
  // button, so that the two never part at a line's end.
  const dot = entry.stance ? (
    <span
      aria-hidden="true"
      className={`mr-1.5 inline-block size-2.5 rounded-full align-middle ${stanceMeta[entry.stance].swatch}`}
    />
  ) : null;
  return (
    <li
      id={entryDomId(entry.id)}
      aria-labelledby={titleId}
      aria-current={selected ? "true" : undefined}
      // Scrolled to, an entry stops below the sticky navigation and month heading, not under them.
      className={`scroll-mt-[calc(var(--page-nav-room)+3rem)] rounded-r border-l-4 py-1 pr-2 pl-3 ${selected ? "border-blue-700 bg-blue-50" : "border-slate-300"}`}
    >
      <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-slate-700">
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
        <span>{words.sourceCount(entry.citations.length)}</span>
        {selected ? (
          <span className="rounded bg-blue-800 px-1.5 font-semibold text-white">{words.selected}</span>
        ) : null}
      </p>
      {/*
        The details button is beside the heading, not in it: the title alone names the entry.
        On a phone it is an arrow only, so that the title keeps the width and a closed entry
        stays within two or three short lines.
      */}
      <div className="mt-0.5 flex items-start gap-1">
        <h4 id={titleId} className="min-w-0 flex-1 font-semibold">
          {entry.date ? (
            // Undated entries cannot be selected: the URL's `event` only names dated entries.
            <button
              type="button"
              aria-pressed={selected}
              onClick={() => ctx.onSelect(selected ? null : entry.id)}
              className="text-left underline decoration-slate-400 underline-offset-2 hover:decoration-blue-700 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              {dot}
              {entry.title}
            </button>
          ) : (
            <>
              {dot}
              {entry.title}
            </>
          )}
        </h4>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          // Named with the title, which the button's visible word starts: a list of "Details"
          // buttons alone would not say which entry each opens.
          aria-label={`${open ? words.hideDetails : words.details}: ${entry.title}`}
          onClick={() => ctx.onToggle(entry.id, !open)}
          className="inline-flex min-h-6 min-w-6 shrink-0 items-center justify-center gap-1 rounded px-1 text-sm text-blue-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 print:hidden"
        >
          <span className="hidden underline underline-offset-2 sm:inline">
            {open ? words.hideDetails : words.details}
          </span>
          <span aria-hidden="true">{open ? "▴" : "▾"}</span>
        </button>
      </div>
      {open ? <EntryDetails id={detailsId} entry={entry} ctx={ctx} /> : null}
    </li>
  );
});

/** What an open entry adds: the summary, notes, who claims it, who was involved, its sources. */
function EntryDetails({ id, entry, ctx }: { id: string; entry: TimelineEntry; ctx: EntryContext }) {
  const { t, text } = useI18n();
  const words = t.timeline.entry;
  const claimant = entry.claimant ? ctx.sourceById.get(entry.claimant) : undefined;
  return (
    <div id={id} className="pb-1">
      <p className="mt-1 text-xs text-slate-700">{t.timeline.origins[entry.origin]}</p>
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
    </div>
  );
}
