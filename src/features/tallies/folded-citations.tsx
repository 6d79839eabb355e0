/** A folded list of citations, so a panel stays readable while every figure keeps its sources. */
import { CitationList } from "../../components/citation-list";
import type { Citation } from "../../data/schemas";
import { Disclosure } from "./disclosure";

interface FoldedCitationsProps {
  summary: string;
  citations: readonly Citation[];
  sourceNames: ReadonlyMap<string, string>;
}

export function FoldedCitations({ summary, citations, sourceNames }: FoldedCitationsProps) {
  return (
    <Disclosure
      className="mt-2 text-sm"
      summary={
        <span className="text-blue-800 underline">
          {summary} ({citations.length})
        </span>
      }
    >
      <CitationList
        citations={citations}
        publisherName={(id) => sourceNames.get(id) ?? id}
        className="mt-2 space-y-3"
      />
    </Disclosure>
  );
}
