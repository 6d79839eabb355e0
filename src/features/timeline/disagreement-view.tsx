/**
 * Where sources print different values for the same fact, every claim is shown side by side
 * with its own sources. Nothing is averaged or silently chosen; an assessment, when the data
 * has one, is labelled as such.
 */
import { useId } from "react";
import type { Disagreement, Source } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { SourceCitation } from "./source-citation";

interface DisagreementViewProps {
  disagreement: Disagreement;
  sourceById: ReadonlyMap<string, Source>;
}

export function DisagreementView({ disagreement, sourceById }: DisagreementViewProps) {
  const { t, text } = useI18n();
  const words = t.timeline.disagreement;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
      <h5 id={headingId} className="text-sm font-semibold text-amber-950">
        {words.heading(text(disagreement.topic))}
      </h5>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2" aria-label={words.claims}>
        {disagreement.claims.map((claim, i) => (
          <li key={i} className="min-w-0 rounded border border-amber-200 bg-white p-2">
            <p className="text-sm font-medium">{text(claim.value)}</p>
            <ul className="mt-1 space-y-2" aria-label={words.claimSources}>
              {claim.citations.map((c, i) => (
                <li key={`${i} ${c.url}`}>
                  <SourceCitation citation={c} publisher={sourceById.get(c.publisher)} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {disagreement.assessment ? (
        <p className="mt-2 text-sm text-amber-950">
          <span className="font-medium">{words.assessment} </span>
          {text(disagreement.assessment)}
        </p>
      ) : null}
    </section>
  );
}
