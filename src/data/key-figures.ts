/**
 * The figures at the top of the page, derived from the data and the view like everything else:
 * the two compared counts' leading candidates, as each count prints them, and how many
 * countries hold each recognition stance on the date in view (the legend's count).
 */
import type { Actor, Candidate, Disagreement, StanceId, StanceStatement, Tally } from "./schemas";
import { CHANGE_OF_GOVERNMENT } from "./selectors";
import { countriesByStance } from "./stance-counts";

export interface TallyFigure {
  tally: Tally;
  /**
   * The two candidates with the most votes in this count, most first, with the votes it prints,
   * and where sources print other values for them, that disagreement (every value, sourced).
   */
  leaders: { candidate: Candidate; votes: number; disagreement?: Disagreement }[];
}

/** The compared counts, in the order compared; an id the data does not have is left out. */
export function tallyFigures(
  candidates: readonly Candidate[],
  tallies: readonly Tally[],
  pair: readonly string[],
  disagreements: readonly Disagreement[] = [],
): TallyFigure[] {
  const disputed = (tally: string, candidate: string) =>
    disagreements.find(
      ({ subject }) =>
        subject.type === "tally" && subject.tally === tally && subject.field === `results.${candidate}.votes`,
    );
  const candidateById = new Map(candidates.map((c) => [c.id, c]));
  return pair.flatMap((id) => {
    const tally = tallies.find((t) => t.id === id);
    if (!tally) return [];
    const leaders = tally.results
      .flatMap((r) => {
        const candidate = candidateById.get(r.candidate);
        const disagreement = disputed(id, r.candidate);
        return candidate && !candidate.group
          ? [{ candidate, votes: r.votes, ...(disagreement ? { disagreement } : {}) }]
          : [];
      })
      .sort((a, b) => b.votes - a.votes)
      .slice(0, 2);
    return [{ tally, leaders }];
  });
}

/** The stances the top of the page counts: who is recognised, and from 2026 the interim government. */
export function headlineStances(date: string): StanceId[] {
  return date >= CHANGE_OF_GOVERNMENT
    ? ["recognizes-gonzalez", "recognizes-maduro", "recognizes-interim-government"]
    : ["recognizes-gonzalez", "recognizes-maduro"];
}

/** How many countries hold each headline stance on `date`, as the map's legend counts them. */
export function recognitionFigures(
  stances: readonly StanceStatement[],
  actors: readonly Actor[],
  date: string,
  sources: readonly string[] = [],
): { stance: StanceId; countries: number }[] {
  const counts = countriesByStance(stances, actors, date, sources);
  return headlineStances(date).map((stance) => ({ stance, countries: counts[stance].total }));
}
