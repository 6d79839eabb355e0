/**
 * How many countries hold each stance on a date: one count for the map's legend and summary
 * and for the key figures at the top of the page, so the two never say different numbers.
 */
import type { Actor, StanceId, StanceStatement } from "./schemas";
import { stancesAsOf } from "./selectors";
import { COUNTRY_CODE, STANCE_IDS } from "./vocabulary";

export type StanceCounts = Record<StanceId, { total: number; via: number }>;

/** With a source filter, keep only statements that one of those sources made or reported. */
export function statementsFromSources(
  stances: readonly StanceStatement[],
  sources: readonly string[],
): StanceStatement[] {
  if (sources.length === 0) return [...stances];
  const wanted = new Set(sources);
  return stances.filter((s) => wanted.has(s.claimant) || s.citations.some((c) => wanted.has(c.publisher)));
}

/** Drawn on the map: a country, not a bloc or a body. */
export const isOnMap = (id: string, actor: Actor | undefined) =>
  actor ? actor.type === "country" : COUNTRY_CODE.test(id);

/** How many countries (not blocs or bodies) hold each stance, and how many of them via a bloc. */
export function countByStance(
  entries: readonly { stance: StanceId; via?: string; onMap: boolean }[],
): StanceCounts {
  const counts = Object.fromEntries(STANCE_IDS.map((id) => [id, { total: 0, via: 0 }])) as StanceCounts;
  for (const entry of entries) {
    if (!entry.onMap) continue;
    counts[entry.stance].total += 1;
    if (entry.via) counts[entry.stance].via += 1;
  }
  return counts;
}

/** The counts on `date`, under a source filter, as the map's legend gives them. */
export function countriesByStance(
  stances: readonly StanceStatement[],
  actors: readonly Actor[],
  date: string,
  sources: readonly string[] = [],
): StanceCounts {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const asOf = stancesAsOf(statementsFromSources(stances, sources), actors, date);
  return countByStance(
    [...asOf].map(([id, stance]) => ({
      stance: stance.stance,
      via: stance.via,
      onMap: isOnMap(id, byId.get(id)),
    })),
  );
}
