/**
 * What others said about a tally, each with its sources; doubts and rebuttals side by side.
 * Closed until asked for: on a phone the assessments of two cards took 1,500 px, more than
 * the figures they discuss, and the page is the headline first and the evidence a step away.
 */
import type { Tally } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { SectionDisclosure } from "../../components/section-disclosure";
import { FoldedCitations } from "./folded-citations";
import { useTallyWords } from "./words";

const STANCE_CLASSES = {
  supports: "border-emerald-700 text-emerald-900",
  questions: "border-red-700 text-red-900",
  context: "border-slate-600 text-slate-800",
} satisfies Record<NonNullable<Tally["assessments"]>[number]["stance"], string>;

interface AssessmentsProps {
  assessments: Tally["assessments"];
  sourceNames: ReadonlyMap<string, string>;
}

export function Assessments({ assessments, sourceNames }: AssessmentsProps) {
  const { text, f } = useI18n();
  const m = useTallyWords().assessments;
  if (!assessments?.length) return null;
  return (
    <SectionDisclosure title={`${m.heading} (${f.number(assessments.length)})`}>
      <ul className="mt-1 space-y-3">
        {assessments.map((a) => (
          <li key={a.id}>
            <span
              className={`mr-1 inline-block rounded border px-1 text-xs font-medium ${STANCE_CLASSES[a.stance]}`}
            >
              {m.stances[a.stance]}
            </span>
            {text(a.summary)}
            <FoldedCitations summary={m.sources} citations={a.citations} sourceNames={sourceNames} />
          </li>
        ))}
      </ul>
    </SectionDisclosure>
  );
}
