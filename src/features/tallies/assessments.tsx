/** What others said about a tally, each with its sources; doubts and rebuttals side by side. */
import type { Tally } from "../../data/schemas";
import { CitationList } from "./citation-list";

const STANCE_LABELS = {
  supports: { text: "Supports the count", className: "border-emerald-700 text-emerald-900" },
  questions: { text: "Questions the count", className: "border-red-700 text-red-900" },
  context: { text: "Context or counter-argument", className: "border-slate-600 text-slate-800" },
} satisfies Record<NonNullable<Tally["assessments"]>[number]["stance"], { text: string; className: string }>;

interface AssessmentsProps {
  assessments: Tally["assessments"];
  sourceNames: ReadonlyMap<string, string>;
}

export function Assessments({ assessments, sourceNames }: AssessmentsProps) {
  if (!assessments?.length) return null;
  return (
    <div className="text-sm">
      <h4 className="font-semibold">What others said</h4>
      <ul className="mt-1 space-y-3">
        {assessments.map((a) => (
          <li key={a.id}>
            <span
              className={`mr-1 inline-block rounded border px-1 text-xs font-medium ${STANCE_LABELS[a.stance].className}`}
            >
              {STANCE_LABELS[a.stance].text}
            </span>
            {a.summary}
            <CitationList summary="Sources" citations={a.citations} sourceNames={sourceNames} />
          </li>
        ))}
      </ul>
    </div>
  );
}
