/** One tally as a named region: what it rests on, a chart, the exact figures, checks and sources. */
import { useRef, useState } from "react";
import { SourcingNote } from "../../components/sourcing-note";
import type { Disagreement, SourceKind, Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { ArithmeticCheck } from "./arithmetic-check";
import { Assessments } from "./assessments";
import { colourOf } from "./candidate-colours";
import { FoldedCitations } from "./folded-citations";
import { DisagreementDetails } from "./disagreement-marker";
import { LazyTallyBars } from "./lazy-charts";
import { SourceMatch } from "./source-match";
import { checkArithmetic } from "./tally-checks";
import { disagreementsByField } from "./tally-context";
import { TallyFacts } from "./tally-facts";
import { shortName } from "../../i18n/format";
import { coverageText, tallyWhen } from "./tally-format";
import { TallyTable } from "./tally-table";
import type { NamedCandidate, Scale, SeriesRow } from "./tally-series";
import { useTallyWords } from "./words";

interface TallyCardProps {
  tally: Tally;
  rows: readonly SeriesRow[];
  scale: Scale;
  candidates: readonly NamedCandidate[];
  disagreements: readonly Disagreement[];
  sourceNames: ReadonlyMap<string, string>;
  sourceKinds: ReadonlyMap<string, SourceKind>;
  /** The selected sources behind this tally; a non-empty list highlights the card. */
  matches: readonly string[];
  /** Whether the page has the tally-sheet panel to link to (not in an embed of the counts alone). */
  sheetsLink: boolean;
}

export function TallyCard({
  tally,
  rows,
  scale,
  candidates,
  disagreements,
  sourceNames,
  sourceKinds,
  matches,
  sheetsLink,
}: TallyCardProps) {
  const { f, text } = useI18n();
  const m = useTallyWords();
  const [open, setOpen] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const headingId = `tally-${tally.id}`;
  const detailsId = `${headingId}-disagreement`;
  const byField = disagreementsByField(disagreements, tally.id);
  const marker = {
    open,
    detailsId,
    onToggle: (id: string, button: HTMLButtonElement) => {
      trigger.current = button;
      setOpen((current) => (current === id ? null : id));
    },
  };
  const close = () => {
    setOpen(null);
    trigger.current?.focus();
  };
  const highlighted = matches.length > 0;
  const label = text(tally.label);
  return (
    // Six rows on a subgrid shared with the other card, so both charts and tables line up.
    <section
      aria-labelledby={headingId}
      className={`row-span-6 grid min-w-0 grid-rows-subgrid gap-y-3 rounded border p-3 ${highlighted ? "border-amber-500 bg-amber-50/40 ring-2 ring-amber-500" : "border-slate-200"}`}
    >
      <div>
        <h3 id={headingId} className="font-semibold">
          {m.card.heading(label, tallyWhen(tally, m, f))}
        </h3>
        <p className="mt-1 text-sm">
          {m.card.countedBy(
            sourceNames.get(tally.claimant) ?? tally.claimant,
            <span key="coverage" className="font-medium">
              {coverageText(tally, m, f, text)}
            </span>,
          )}
        </p>
        <SourceMatch tally={tally} matches={matches} sourceNames={sourceNames} />
      </div>
      <LazyTallyBars
        title={m.card.chartTitle(label)}
        scale={scale}
        data={rows.map((r) => ({
          key: r.key,
          label: shortName(r.name),
          votes: r.votes,
          colour: colourOf(r.key).bar,
        }))}
      />
      <div>
        <TallyTable caption={m.card.tableCaption(label)} rows={rows} disagreements={byField} {...marker} />
        <DisagreementDetails
          id={detailsId}
          disagreement={disagreements.find((d) => d.id === open)}
          sourceNames={sourceNames}
          onClose={close}
        />
      </div>
      <TallyFacts
        tally={tally}
        sourceNames={sourceNames}
        publicationDisagreements={byField.get("publication") ?? []}
        sheetsLink={sheetsLink}
        {...marker}
      />
      <ArithmeticCheck check={checkArithmetic(tally, candidates, m, text)} />
      <div>
        <Assessments assessments={tally.assessments} sourceNames={sourceNames} />
        <SourcingNote citations={tally.citations} kindOf={(id) => sourceKinds.get(id)} />
        <FoldedCitations summary={m.card.sources} citations={tally.citations} sourceNames={sourceNames} />
      </div>
    </section>
  );
}
