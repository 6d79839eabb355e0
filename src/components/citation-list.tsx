/**
 * A plain list of citations, for the map's details, the counts and the disagreement markers:
 * for each, the verbatim quote, the publisher, the title with its link, and the date. Text
 * only, never HTML. The timeline draws a fuller citation of its own (the publisher's kind and
 * a translation of the quote): features/timeline/source-citation.tsx.
 */
import type { Citation } from "../data/schemas";
import { useI18n } from "../i18n/i18n";

function CitationLink({ citation, publisherName }: { citation: Citation; publisherName: string }) {
  const { t, f, text } = useI18n();
  return (
    <figure className="text-sm">
      <blockquote
        lang={citation.quoteLang}
        className="border-l-2 border-slate-300 pl-2 text-slate-700 italic"
      >
        {citation.quote}
      </blockquote>
      <figcaption className="mt-1 text-slate-600">
        {publisherName},{" "}
        <a href={citation.url} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
          {citation.title ?? t.titleNotShown}
          {/* The publisher too, as in the timeline: a link without a title is then still told apart. */}
          <span className="sr-only"> ({t.timeline.citation.linkNote(publisherName)})</span>
        </a>
        {citation.titleFromUrl ? <span> {t.timeline.citation.titleFromUrl}</span> : null}
        {citation.date
          ? `, ${f.date(citation.date)}`
          : citation.dateNote
            ? ` (${text(citation.dateNote)})`
            : null}
      </figcaption>
    </figure>
  );
}

/** The list, each citation with its publisher's name. */
export function CitationList({
  citations,
  publisherName,
  label,
  className = "space-y-2",
}: {
  citations: readonly Citation[];
  publisherName: (id: string) => string;
  label?: string;
  className?: string;
}) {
  return (
    <ul aria-label={label} className={className}>
      {citations.map((citation, i) => (
        <li key={`${citation.url}-${i}`}>
          <CitationLink citation={citation} publisherName={publisherName(citation.publisher)} />
        </li>
      ))}
    </ul>
  );
}
