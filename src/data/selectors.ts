/** Pure selectors: what the views show is derived from the data and the URL, never stored. */
import type { Actor, StanceId, StanceStatement, Tally, TimelineEvent } from "./schemas";

/** The first and last dates anywhere in the data; the last is the default `asof`. */
export function dateRange(
  stances: readonly StanceStatement[],
  events: readonly TimelineEvent[],
  tallies: readonly Tally[],
): [string, string] | undefined {
  const dates = [
    ...stances.map((s) => s.date),
    ...events.map((e) => e.date),
    ...tallies.flatMap((t) => (t.date ? [t.date] : [])),
  ].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first && last ? [first, last] : undefined;
}

export interface ActorStance {
  stance: StanceId;
  /** The date of the first statement in the current run of this stance. */
  since: string;
  /** Statements up to the date, oldest first. */
  history: StanceStatement[];
  /** Set when a member state takes its bloc's stance, e.g. "EU". */
  via?: string;
  /**
   * On a date after Maduro's capture, the actor's last statement is from before it: the map keeps
   * that stance (the codebook's rule) and says the statement predates the change of government.
   */
  predatesChange: boolean;
}

/** Maduro's capture, after which governments spoke of an interim government (codebook). */
export const CHANGE_OF_GOVERNMENT = "2026-01-03";

/** Each actor's stance as of `date` (inclusive). EU members without their own take the EU's. */
export function stancesAsOf(
  stances: readonly StanceStatement[],
  actors: readonly Actor[],
  date: string,
): Map<string, ActorStance> {
  const byActor = new Map<string, StanceStatement[]>();
  for (const statement of stances) {
    if (statement.date > date) continue;
    const list = byActor.get(statement.actor) ?? [];
    list.push(statement);
    byActor.set(statement.actor, list);
  }
  const result = new Map<string, ActorStance>();
  for (const [actorId, history] of byActor) {
    history.sort((a, b) => a.date.localeCompare(b.date));
    const latest = history[history.length - 1];
    if (!latest) continue;
    let since = latest.date;
    for (let i = history.length - 1; i >= 0 && history[i]?.stance === latest.stance; i--)
      since = history[i]?.date ?? since;
    const predatesChange = date >= CHANGE_OF_GOVERNMENT && latest.date < CHANGE_OF_GOVERNMENT;
    result.set(actorId, { stance: latest.stance, since, history, predatesChange });
  }
  for (const bloc of actors) {
    const blocStance = result.get(bloc.id);
    if (!bloc.members || !blocStance) continue;
    for (const member of bloc.members) {
      if (!result.has(member)) result.set(member, { ...blocStance, via: bloc.id });
    }
  }
  return result;
}

/** The comparison a reader sees first: the CNE's 2 August bulletin against the 83.5% tally-sheet count. */
export const PREFERRED_COMPARE = ["cne-2024-08-02", "opposition-83-5"] as const;

export function defaultCompare(tallies: readonly Tally[]): [string, string] | undefined {
  const ids = tallies.map((t) => t.id);
  if (PREFERRED_COMPARE.every((id) => ids.includes(id))) return [...PREFERRED_COMPARE];
  const [a, b] = ids;
  return a && b ? [a, b] : undefined;
}
