/** Says in words why a tally is highlighted when the reader filters by source (`source`). */
import type { Tally } from "../../data/schemas";

interface SourceMatchProps {
  tally: Tally;
  matches: readonly string[];
  sourceNames: ReadonlyMap<string, string>;
}

export function SourceMatch({ tally, matches, sourceNames }: SourceMatchProps) {
  if (matches.length === 0) return null;
  const name = (id: string) => sourceNames.get(id) ?? id;
  const made = matches.includes(tally.claimant);
  const cited = matches.filter((id) => id !== tally.claimant);
  const parts = [
    made ? `${name(tally.claimant)} made this count` : null,
    cited.length > 0 ? `${cited.map(name).join(", ")} ${cited.length > 1 ? "are" : "is"} cited for it` : null,
  ].filter(Boolean);
  return (
    <p className="mt-1 text-sm font-medium text-amber-900">
      <span aria-hidden="true">★ </span>
      Highlighted for your selected sources: {parts.join("; ")}.
    </p>
  );
}
