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
  // Folded names have no accents and no lower case, so `<` orders them as a reader expects, many
  // times faster: "UNIDAD" matches some 8,000 centres, and a key press must not wait for them.
  const byName = (a: Folded, b: Folded) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0);
  const starting = found.filter((c) => c.folded.startsWith(first)).sort(byName);
  const rest = starting.length >= limit ? [] : found.filter((c) => !c.folded.startsWith(first)).sort(byName);
  const matches = [...starting, ...rest].slice(0, limit).map((c) => ({ code: c.code, name: c.name }));
  return { matches, total: found.length };
}
