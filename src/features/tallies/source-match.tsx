/** Says in words why a tally is highlighted when the reader filters by source (`source`). */
import type { Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { formatList } from "./tally-format";
import { useTallyWords } from "./words";

interface SourceMatchProps {
  tally: Tally;
  matches: readonly string[];
  sourceNames: ReadonlyMap<string, string>;
}

export function SourceMatch({ tally, matches, sourceNames }: SourceMatchProps) {
  const { f } = useI18n();
  const m = useTallyWords();
  if (matches.length === 0) return null;
  const name = (id: string) => sourceNames.get(id) ?? id;
  const cited = matches.filter((id) => id !== tally.claimant);
  return (
    <p className="mt-1 text-sm font-medium text-amber-900">
      <span aria-hidden="true">★ </span>
      {m.highlight({
        made: matches.includes(tally.claimant) ? name(tally.claimant) : null,
        cited: formatList(f, cited.map(name)),
        citedCount: cited.length,
      })}
    </p>
  );
}
