/**
 * The pure step behind the map, legend, table and details: which actor holds which stance
 * on a date, under the source and stance filters. Drawing code only reads its results.
 */
import { countryName } from "../../data/country-names";
import type { Actor, LocalText, StanceId, StanceStatement } from "../../data/schemas";
import { stancesAsOf, type ActorStance } from "../../data/selectors";
import { isOnMap, statementsFromSources, type StanceCounts } from "../../data/stance-counts";
import { STANCE_IDS } from "../../data/vocabulary";
import type { Catalog } from "../../i18n/catalog";

export interface StanceEntry extends ActorStance {
  id: string;
  name: string;
  /** Drawn on the map (a country), or listed beside it (a bloc or body). */
  onMap: boolean;
  /** The stance passes the stance filter (always true when no filter is set). */
  matches: boolean;
}

export function stanceEntries(
  stances: readonly StanceStatement[],
  actors: readonly Actor[],
  date: string,
  options: {
    sources?: readonly string[];
    stances?: readonly StanceId[];
    /** The actor's name in the reader's language (`I18n.actorName`); English without it. */
    nameOf?: (id: string, name?: LocalText) => string;
    /** The reader's language, whose rules sort the names. */
    lang?: string;
  } = {},
): StanceEntry[] {
  const asOf = stancesAsOf(statementsFromSources(stances, options.sources ?? []), actors, date);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const filter = new Set(options.stances ?? []);
  const entries: StanceEntry[] = [];
  for (const [id, stance] of asOf) {
    const actor = actorById.get(id);
    const name = options.nameOf ? options.nameOf(id, actor?.name) : (actor?.name.en ?? countryName(id) ?? id);
    const onMap = isOnMap(id, actor);
    entries.push({ ...stance, id, name, onMap, matches: filter.size === 0 || filter.has(stance.stance) });
  }
  const { compare } = new Intl.Collator(options.lang ?? "en");
  return entries.sort((a, b) => compare(a.name, b.name));
}

/** Dates on which some actor's stance changed (or was first stated), in order. */
export function changeDates(stances: readonly StanceStatement[]): string[] {
  const last = new Map<string, StanceId>();
  const dates = new Set<string>();
  for (const s of [...stances].sort((a, b) => a.date.localeCompare(b.date))) {
    if (last.get(s.actor) !== s.stance) dates.add(s.date);
    last.set(s.actor, s.stance);
  }
  return [...dates];
}

/** How many countries on the map show a last statement from before the change of government. */
export function countPredating(entries: readonly StanceEntry[]): number {
  return entries.filter((e) => e.onMap && e.predatesChange).length;
}

/** The map's text summary, e.g. "On 7 Aug 2024: 11 countries recognize Maduro, …". */
export function summarize(
  t: Catalog,
  formattedDate: string,
  counts: StanceCounts,
  blocName: string,
  predating = 0,
): string {
  const parts = STANCE_IDS.filter((id) => counts[id].total > 0).map(
    (id) =>
      `${t.map.count(counts[id].total, counts[id].via, blocName)} ${t.stances[id].verb(counts[id].total)}`,
  );
  if (parts.length === 0) return t.map.summaryEmpty(formattedDate);
  return t.map.summary(formattedDate, parts) + (predating > 0 ? t.map.summaryPredates(predating) : "");
}

/** "Peru: Recognizes González", or "France: Rejects the CNE result (via the European Union)". */
export function accessibleName(
  t: Catalog,
  entry: Pick<StanceEntry, "name" | "stance" | "via">,
  blocName?: string,
): string {
  return t.map.accessibleName(
    entry.name,
    t.stances[entry.stance].label,
    entry.via ? (blocName ?? entry.via) : undefined,
  );
}
