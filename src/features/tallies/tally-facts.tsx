/** How a tally was published, with its sources (what it rests on is in the card's header). */
import type { Disagreement, Tally } from "../../data/schemas";
import { CitationList } from "./citation-list";
import { DisagreementMarkers } from "./disagreement-marker";
import { METHOD_LABELS } from "./tally-format";

interface TallyFactsProps {
  tally: Tally;
  sourceNames: ReadonlyMap<string, string>;
  publicationDisagreements: readonly Disagreement[];
  open: string | null;
  detailsId: string;
  onToggle: (id: string, button: HTMLButtonElement) => void;
}

export function TallyFacts({ tally, sourceNames, publicationDisagreements, ...marker }: TallyFactsProps) {
  return (
    <div className="text-sm">
      <h4 className="font-semibold">How it was published</h4>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
        <dt className="font-medium">Method</dt>
        <dd>
          {METHOD_LABELS[tally.publication.method]}
          <DisagreementMarkers disagreements={publicationDisagreements} {...marker} />
        </dd>
        {tally.dateNote ? (
          <>
            <dt className="font-medium">Date</dt>
            <dd>{tally.dateNote}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-slate-700">{tally.publication.description}</p>
      <CitationList
        summary="Sources for how it was published"
        citations={tally.publication.citations}
        sourceNames={sourceNames}
      />
    </div>
  );
}
