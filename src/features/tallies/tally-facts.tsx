/** How a tally was published, with its sources (what it rests on is in the card's header). */
import type { Disagreement, Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { FoldedCitations } from "./folded-citations";
import { DisagreementMarkers } from "./disagreement-marker";
import { useTallyWords } from "./words";

/**
 * The counts made from the sheets the opposition published (data/actas/README.md): its own, and
 * the AP's and the Washington Post's checks of them. They link to the tally-sheet panel, by its
 * heading's anchor (a plain link: one feature never imports another).
 */
const FROM_THE_SHEETS = (tally: Tally) =>
  tally.kind === "opposition" || tally.id === "ap-review" || tally.id === "washington-post-check";

interface TallyFactsProps {
  tally: Tally;
  sourceNames: ReadonlyMap<string, string>;
  publicationDisagreements: readonly Disagreement[];
  open: string | null;
  detailsId: string;
  onToggle: (id: string, button: HTMLButtonElement) => void;
}

export function TallyFacts({ tally, sourceNames, publicationDisagreements, ...marker }: TallyFactsProps) {
  const { text } = useI18n();
  const m = useTallyWords().facts;
  return (
    <div className="text-sm">
      <h4 className="font-semibold">{m.heading}</h4>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
        <dt className="font-medium">{m.method}</dt>
        <dd>
          {m.methods[tally.publication.method]}
          <DisagreementMarkers disagreements={publicationDisagreements} {...marker} />
        </dd>
        {tally.dateNote ? (
          <>
            <dt className="font-medium">{m.date}</dt>
            <dd>{text(tally.dateNote)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-slate-700">{text(tally.publication.description)}</p>
      {FROM_THE_SHEETS(tally) ? (
        <p className="mt-1">
          <a href="#actas-heading" className="text-blue-800 underline">
            {m.sheets}
          </a>
        </p>
      ) : null}
      <FoldedCitations
        summary={m.sources}
        citations={tally.publication.citations}
        sourceNames={sourceNames}
      />
    </div>
  );
}
