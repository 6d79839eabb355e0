/**
 * Where sources print different values for a figure: a button beside the figure opens the
 * alternatives, each with its sources, and the recorded assessment (never a silent choice).
 */
import { useEffect, useRef } from "react";
import type { Disagreement } from "../../data/schemas";
import { CitationList } from "../../components/citation-list";
import { useI18n } from "../../i18n/i18n";
import { useTallyWords } from "./words";

interface MarkerProps {
  disagreements: readonly Disagreement[];
  open: string | null;
  detailsId: string;
  /** The button is passed so focus can return to it when the alternatives close. */
  onToggle: (id: string, button: HTMLButtonElement) => void;
}

export function DisagreementMarkers({ disagreements, open, detailsId, onToggle }: MarkerProps) {
  const { text } = useI18n();
  const m = useTallyWords().disagreement;
  return disagreements.map((d) => (
    <button
      key={d.id}
      type="button"
      // The visible words start the name (label in name); the topic says which figure.
      aria-label={m.markerName(text(d.topic))}
      aria-expanded={open === d.id}
      aria-controls={open === d.id ? detailsId : undefined}
      onClick={(event) => onToggle(d.id, event.currentTarget)}
      className="ml-1 rounded border border-amber-700 bg-amber-50 px-1 text-xs font-normal text-amber-900 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-800"
    >
      {m.marker}
    </button>
  ));
}

interface DetailsProps {
  disagreement: Disagreement | undefined;
  id: string;
  sourceNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

export function DisagreementDetails({ disagreement, id, sourceNames, onClose }: DetailsProps) {
  const { text } = useI18n();
  const m = useTallyWords().disagreement;
  const ref = useRef<HTMLDivElement>(null);
  // Opening moves focus here, so a keyboard or screen-reader user lands on the alternatives.
  useEffect(() => ref.current?.focus(), [disagreement?.id]);
  if (!disagreement) return null;
  return (
    <div
      ref={ref}
      id={id}
      role="group"
      aria-labelledby={`${id}-heading`}
      tabIndex={-1}
      className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm focus-visible:outline-2 focus-visible:outline-amber-800"
    >
      <h4 id={`${id}-heading`} className="font-semibold">
        {m.heading(text(disagreement.topic))}
      </h4>
      <ul className="mt-2 space-y-2">
        {disagreement.claims.map((claim, i) => (
          <li key={i}>
            <p className="font-medium">{text(claim.value)}</p>
            {/* Shown open: the reader asked for exactly these sources. */}
            <CitationList
              citations={claim.citations}
              publisherName={(id) => sourceNames.get(id) ?? id}
              className="mt-1 space-y-2"
            />
          </li>
        ))}
      </ul>
      {disagreement.assessment ? <p className="mt-2">{m.assessment(text(disagreement.assessment))}</p> : null}
      <button
        type="button"
        onClick={onClose}
        className="mt-2 rounded border border-slate-400 bg-white px-2 py-1 focus-visible:outline-2 focus-visible:outline-slate-800"
      >
        {m.close}
      </button>
    </div>
  );
}
