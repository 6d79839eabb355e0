/** A folded list of citations, so a panel stays readable while every figure keeps its sources. */
import { CitationList as Citations } from "../../components/citation-link";
import type { Citation } from "../../data/schemas";
import { Disclosure } from "./disclosure";

interface CitationListProps {
  summary: string;
  citations: readonly Citation[];
  sourceNames: ReadonlyMap<string, string>;
}

export function CitationList({ summary, citations, sourceNames }: CitationListProps) {
  return (
    <Disclosure
      className="mt-2 text-sm"
      summary={
        <span className="text-blue-800 underline">
          {summary} ({citations.length})
        </span>
      }
    >
      <Citations
        citations={citations}
        publisherName={(id) => sourceNames.get(id) ?? id}
        className="mt-2 space-y-3"
      />
    </Disclosure>
  );
}
