/**
 * Timeline entries: events, stance statements and tally publications merged into one list.
 * Entries are derived on every load from the same records the map and the tallies read, so
 * a stance or a count is never copied into events.json and can never drift from its source.
 */
import type {
  Actor,
  Citation,
  Disagreement,
  EventKind,
  LocalText,
  StanceId,
  StanceStatement,
  Tally,
  TimelineEvent,
} from "../../data/schemas";
import type { Lang } from "../../data/vocabulary";
import type { I18n } from "../../i18n/i18n";

export type EntryOrigin = "event" | "stance" | "tally";

/**
 * An entry's texts are in the reader's language (`lang`), resolved when the entries are built
 * (they are built again when the language changes), so the list, its search and its CSV all
 * read the words the reader sees. Quotes and headlines stay as published, in their citations.
 */
export interface TimelineEntry {
  /** Event, stance and tally ids share one id space (the data check enforces it). */
  id: string;
  origin: EntryOrigin;
  /** The language of the entry's texts: the reader's, when the entries were built. */
  lang: Lang;
  /** Null only for a tally whose sources give no date; it is listed apart, at the end. */
  date: string | null;
  datePrecision: "on" | "by" | "about";
  dateNote?: string;
  title: string;
  summary: string;
  /** A qualification the record carries (stance notes). */
  note?: string;
  kind: EventKind;
  actors: string[];
  claimant?: string;
  stance?: StanceId;
  citations: Citation[];
  /** Disagreements whose subject is this entry, shown beside it. */
  disagreements: Disagreement[];
}

export interface EntrySources {
  events: readonly TimelineEvent[];
  stances: readonly StanceStatement[];
  tallies: readonly Tally[];
  actors: readonly Actor[];
  disagreements: readonly Disagreement[];
}

/**
 * The reader's language and the words an entry's own title needs: a stance statement is
 * titled "Peru: Recognizes González".
 */
export type EntryWords = Pick<I18n, "lang" | "t" | "actorName" | "text">;

/** Within one day: what happened, then the counts published, then the reactions to them. */
const ORIGIN_ORDER: Record<EntryOrigin, number> = { event: 0, tally: 1, stance: 2 };

function subjectId(d: Disagreement): string {
  const s = d.subject;
  return s.type === "tally" ? s.tally : s.type === "stance" ? s.stance : s.event;
}

/** A tally is cited for its figures and for its publication; list each page once. */
function uniqueByUrl(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => (seen.has(c.url) ? false : (seen.add(c.url), true)));
}

export function buildEntries(data: EntrySources, { lang, t, actorName, text }: EntryWords): TimelineEntry[] {
  const dataName = new Map(data.actors.map((a) => [a.id, a.name]));
  const optional = (value: LocalText | undefined) => (value ? text(value) : undefined);
  const disagreementsOf = new Map<string, Disagreement[]>();
  for (const d of data.disagreements) {
    const id = subjectId(d);
    disagreementsOf.set(id, [...(disagreementsOf.get(id) ?? []), d]);
  }
  const common = (id: string) => ({ id, lang, disagreements: disagreementsOf.get(id) ?? [] });

  const events = data.events.map((e): TimelineEntry => ({
    ...common(e.id),
    origin: "event",
    date: e.date,
    datePrecision: e.datePrecision ?? "on",
    title: text(e.title),
    summary: text(e.summary),
    kind: e.kind,
    actors: e.actors,
    claimant: e.claimant,
    citations: e.citations,
  }));
  const stances = data.stances.map((s): TimelineEntry => ({
    ...common(s.id),
    origin: "stance",
    date: s.date,
    datePrecision: s.datePrecision ?? "on",
    title: t.timeline.stanceTitle(actorName(s.actor, dataName.get(s.actor)), t.stances[s.stance].label),
    summary: text(s.summary),
    note: optional(s.note),
    kind: "recognition",
    actors: [s.actor],
    claimant: s.claimant,
    stance: s.stance,
    citations: s.citations,
  }));
  const tallies = data.tallies.map((t): TimelineEntry => ({
    ...common(t.id),
    origin: "tally",
    date: t.date,
    datePrecision: t.datePrecision ?? "on",
    dateNote: optional(t.dateNote),
    title: text(t.label),
    summary: text(t.publication.description),
    kind: "election-results",
    // A count is about Venezuela's vote, but the data names no actor for it, so none is invented.
    actors: [],
    claimant: t.claimant,
    citations: uniqueByUrl([...t.publication.citations, ...t.citations]),
  }));

  return [...events, ...tallies, ...stances]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const [da, db] = [a.entry.date, b.entry.date];
      if (da !== db) return da === null ? 1 : db === null ? -1 : da.localeCompare(db);
      return ORIGIN_ORDER[a.entry.origin] - ORIGIN_ORDER[b.entry.origin] || a.index - b.index;
    })
    .map(({ entry }) => entry);
}
