/**
 * What the country and source pickers offer: grouped, sorted, each with the number of timeline
 * entries it supports, so a reader sees before choosing how much a source actually stands behind.
 */
import type { Actor, Source } from "../../data/schemas";
import type { TimelineEntry } from "./entries";
import { entrySourceIds } from "./filter-entries";
import type { I18n } from "../../i18n/i18n";
import { ACTOR_TYPE_ORDER, SOURCE_KIND_ORDER } from "./labels";

/** Group titles and names in the reader's language, sorted by that language's rules. */
export type PickerWords = Pick<I18n, "t" | "actorName" | "lang">;

export interface PickerOption {
  id: string;
  name: string;
  count: number;
}

export interface PickerSection {
  id: string;
  title: string;
  options: PickerOption[];
}

function countBy(entries: readonly TimelineEntry[], idsOf: (e: TimelineEntry) => Iterable<string>) {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const id of new Set(idsOf(entry))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function sections<T extends { id: string }, K extends string>(
  items: readonly T[],
  groupOf: (item: T) => K,
  order: readonly K[],
  title: (key: K) => string,
  nameOf: (item: T) => string,
  lang: string,
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
): PickerSection[] {
  return order.flatMap((key) => {
    const options = items
      // Offer only what would show something, and whatever is already chosen (so it can be unchosen).
      .filter((item) => groupOf(item) === key && ((counts.get(item.id) ?? 0) > 0 || chosen.includes(item.id)))
      .map((item) => ({ id: item.id, name: nameOf(item), count: counts.get(item.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
    return options.length > 0 ? [{ id: key, title: title(key), options }] : [];
  });
}

/** Source names in the page's language: a publisher's own name is the same in both, a descriptive one is translated. */
export function sourceSections(
  sources: readonly Source[],
  entries: readonly TimelineEntry[],
  { t, lang }: PickerWords,
  chosen: readonly string[] = [],
): PickerSection[] {
  const counts = countBy(entries, entrySourceIds);
  return sections(
    sources,
    (s) => s.kind,
    SOURCE_KIND_ORDER,
    (k) => t.timeline.sourceKinds[k].group,
    (s) => s.name[lang],
    lang,
    counts,
    chosen,
  );
}

/** Countries and bodies are named in the reader's language ("Perú" in Spanish). */
export function countrySections(
  actors: readonly Actor[],
  entries: readonly TimelineEntry[],
  { t, actorName, lang }: PickerWords,
  chosen: readonly string[] = [],
): PickerSection[] {
  const counts = countBy(entries, (e) => e.actors);
  return sections(
    actors,
    (a) => a.type,
    ACTOR_TYPE_ORDER,
    (type) => t.timeline.actorTypes[type],
    (a) => actorName(a.id, a.name),
    lang,
    counts,
    chosen,
  );
}
