/**
 * Where the sheets come from, and the citations that the CNE published no detailed results
 * (an event of events.json, which the timeline loads anyway: if that file fails, the timeline
 * says so, and the rest of this list stands).
 */
import { useQuery } from "@tanstack/react-query";
import { CitationList } from "../../components/citation-list";
import { dataFileQuery } from "../../data/queries";
import { CAMPAIGN_CSV_URL, CNE_UNPUBLISHED_EVENT, COMPILATION_URL } from "./provenance";
import { useWords } from "./words";

export function ActasSources({ sourceName }: { sourceName: (id: string) => string }) {
  const { w } = useWords();
  const events = useQuery(dataFileQuery("events")).data;
  const unpublished = events?.events.find((e) => e.id === CNE_UNPUBLISHED_EVENT);
  const link = "text-blue-800 underline";
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-semibold">{w.sources.title}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          {w.sources.campaign}{" "}
          <a href={CAMPAIGN_CSV_URL} className={link} target="_blank" rel="noopener noreferrer">
            {w.sources.csv}
          </a>
        </li>
        <li>
          {w.sources.centre}{" "}
          <a href={COMPILATION_URL} className={link} target="_blank" rel="noopener noreferrer">
            {w.sources.repository}
          </a>
        </li>
        <li>{w.sources.boundaries}</li>
      </ul>
      {unpublished ? (
        <>
          <p className="mt-2">{w.sources.unpublished}</p>
          <CitationList
            citations={unpublished.citations}
            publisherName={sourceName}
            className="mt-1 space-y-2"
          />
        </>
      ) : null}
    </details>
  );
}
