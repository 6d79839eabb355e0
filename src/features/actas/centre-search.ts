/**
 * The voting-centre type-ahead's one step: the centres of the area whose folded name contains
 * every word typed (accents, capitals and spacing ignored, in any order), best matches first.
 * Names are folded once per file, so a key press only compares strings.
 */
import { foldName } from "../../data/actas-areas";

export interface CentreName {
  code: string;
  name: string;
}

interface Folded extends CentreName {
  folded: string;
}

const folds = new WeakMap<readonly CentreName[], Folded[]>();

function folded(centres: readonly CentreName[], made?: readonly string[]): Folded[] {
  let list = folds.get(centres);
  if (!list)
    folds.set(centres, (list = centres.map((c, i) => ({ ...c, folded: made?.[i] ?? foldName(c.name) }))));
  return list;
}

export const SEARCH_LIMIT = 20;

/**
 * The matches in `area` (a code prefix; "" for the country), at most `limit`, and how many there
 * are in all. `made` are the names already folded, in the same order (the worker folds them).
 */
export function searchCentres(
  centres: readonly CentreName[],
  query: string,
  area: string,
  limit = SEARCH_LIMIT,
  made?: readonly string[],
) {
  const words = foldName(query).split(" ").filter(Boolean);
  if (words.length === 0) return { matches: [], total: 0 };
  const found = folded(centres, made).filter(
    (c) => c.code.startsWith(area) && words.every((word) => c.folded.includes(word)),
  );
  const first = words[0] ?? "";
  // A name that starts with what was typed first comes before one that only contains it.
  const ranked = found
    .map((c) => ({ c, rank: c.folded.startsWith(first) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.c.folded.localeCompare(b.c.folded))
    .map(({ c }) => ({ code: c.code, name: c.name }));
  return { matches: ranked.slice(0, limit), total: ranked.length };
}
