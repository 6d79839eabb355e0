/**
 * Says when a record rests only on republishers or on state or partisan outlets, in the same
 * words and look in the map's details, the counts and the timeline. Derived from the cited
 * publishers' kinds (data/sourcing.ts), never written by hand.
 */
import type { Citation, SourceKind } from "../data/schemas";
import { sourcingOf } from "../data/sourcing";
import { useI18n } from "../i18n/i18n";

interface SourcingNoteProps {
  citations: readonly Citation[];
  kindOf: (publisher: string) => SourceKind | undefined;
}

export function SourcingNote({ citations, kindOf }: SourcingNoteProps) {
  const { t } = useI18n();
  const sourcing = sourcingOf(citations, kindOf);
  if (sourcing === "independent") return null;
  return (
    <p className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950">
      {t.sourcing[sourcing]}
    </p>
  );
}
