/**
 * How a tally was published, with its sources (what it rests on is in the card's header). The
 * method is in the section's heading, and a marker where sources disagree about it beside the
 * heading; the description, the date's note and the sources open on demand.
 */
import { jumpTo, panelHref } from "../../components/jump-to";
import type { Disagreement, Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { FoldedCitations } from "./folded-citations";
import { DisagreementMarkers } from "./disagreement-marker";
import { SectionDisclosure } from "../../components/section-disclosure";
import { useTallyWords } from "./words";

/**
 * The counts whose sheets are in the tally-sheet panel (data/actas/README.md): the 81.7% stage is
 * the campaign file's 24,532 sheets, and the AP says it decoded the images of the same sheets.
 * They link to the panel by its heading's anchor (a plain link: one feature never imports another).
 */
const SHEETS_LINKS: Readonly<Record<string, "stage" | "check">> = {
  "opposition-81-7": "stage",
  "ap-review": "check",
};

interface TallyFactsProps {
  tally: Tally;
  sourceNames: ReadonlyMap<string, string>;
  publicationDisagreements: readonly Disagreement[];
  open: string | null;
  detailsId: string;
  onToggle: (id: string, button: HTMLButtonElement) => void;
  sheetsLink: boolean;
}

export function TallyFacts({
  tally,
  sourceNames,
  publicationDisagreements,
  sheetsLink,
  ...marker
}: TallyFactsProps) {
  const link = sheetsLink ? SHEETS_LINKS[tally.id] : undefined;
  const { text } = useI18n();
  const m = useTallyWords().facts;
  return (
    <div>
      <SectionDisclosure
        title={m.headingWithMethod(m.methods[tally.publication.method])}
        aside={<DisagreementMarkers disagreements={publicationDisagreements} {...marker} />}
      >
        {tally.dateNote ? (
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
            <dt className="font-medium">{m.date}</dt>
            <dd>{text(tally.dateNote)}</dd>
          </dl>
        ) : null}
        <p className="mt-2 text-slate-700">{text(tally.publication.description)}</p>
        <FoldedCitations
          summary={m.sources}
          citations={tally.publication.citations}
          sourceNames={sourceNames}
        />
      </SectionDisclosure>
      {/* The way to the sheets themselves stays in view. */}
      {link ? (
        <p className="mt-1 text-sm">
          <a
            href={panelHref("actas")}
            onClick={(event) => jumpTo(event, "actas")}
            className="text-blue-800 underline"
          >
            {m.sheets[link]}
          </a>
        </p>
      ) : null}
    </div>
  );
}
