/**
 * What surrounds a tally: which of the reader's selected sources stand behind it, and where
 * sources disagree on one of its figures (disagreements.json). Pure lookups.
 */
import type { Disagreement, Tally } from "../../data/schemas";

/**
 * The selected sources that made this count or are cited for it. What others said about the
 * tally (assessments) does not count: commenting on a figure is not reporting it.
 */
export function matchingSources(tally: Tally, selected: readonly string[]): string[] {
  if (selected.length === 0) return [];
  const behind = new Set([
    tally.claimant,
    ...tally.citations.map((c) => c.publisher),
    ...tally.publication.citations.map((c) => c.publisher),
  ]);
  return selected.filter((id) => behind.has(id));
}

/** The disagreements about one tally, by the field they concern ("results.maduro.votes", "publication"). */
export function disagreementsByField(
  disagreements: readonly Disagreement[],
  tallyId: string,
): ReadonlyMap<string, Disagreement[]> {
  const byField = new Map<string, Disagreement[]>();
  for (const d of disagreements) {
    if (d.subject.type !== "tally" || d.subject.tally !== tallyId) continue;
    byField.set(d.subject.field, [...(byField.get(d.subject.field) ?? []), d]);
  }
  return byField;
}

/** The field names a table row can carry a marker for: its members' votes and shares. */
export function rowFields(members: readonly string[], column: "votes" | "share"): string[] {
  return members.map((id) => `results.${id}.${column}`);
}
