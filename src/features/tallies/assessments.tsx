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

function StanceMix({ assessments }: { assessments: NonNullable<Tally["assessments"]> }) {
  const { f } = useI18n();
  const m = useTallyWords().assessments;
  const stances = Object.keys(STANCE_CLASSES) as (keyof typeof STANCE_CLASSES)[];
  return (
    <span className="flex flex-wrap gap-1">
      {stances.map((stance) => {
        const count = assessments.filter((a) => a.stance === stance).length;
        return count > 0 ? (
          <span key={stance} className={`rounded border px-1 text-xs font-medium ${STANCE_CLASSES[stance]}`}>
            {m.stanceCount(m.stances[stance], f.number(count))}
          </span>
        ) : null;
      })}
    </span>
  );
}

export function Assessments({ assessments, sourceNames }: AssessmentsProps) {
  const { text, f } = useI18n();
  const m = useTallyWords().assessments;
  if (!assessments?.length) return null;
  return (
    <SectionDisclosure
      title={m.headingCount(f.number(assessments.length))}
      // Doubts and support stay in view while the section is closed: how many of each.
      aside={<StanceMix assessments={assessments} />}
    >
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
