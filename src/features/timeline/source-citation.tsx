/**
 * One citation with what a reader needs to weigh it: who published it and what kind of
 * publisher that is, the title, the date, the verbatim quote in its own language (with this
 * site's translation, labelled as such), and the link. Everything is rendered as text; nothing
 * from the data is ever HTML.
 */
import type { Citation, Source } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { shownTranslation } from "./translation";

interface SourceCitationProps {
  citation: Citation;
  publisher: Source | undefined;
}

export function SourceCitation({ citation, publisher }: SourceCitationProps) {
  const { lang, t, f, text } = useI18n();
  const words = t.timeline.citation;
  const name = publisher ? text(publisher.name) : citation.publisher;
  const translation = shownTranslation(citation, lang);
  return (
    <figure className="text-sm">
      <blockquote
        lang={citation.quoteLang}
        className="border-l-2 border-slate-300 pl-2 break-words text-slate-800 italic"
      >
        {citation.quote}
      </blockquote>
      {translation ? (
        <p className="mt-1 pl-2.5 text-slate-700">
          <span className="font-medium not-italic">
            {translation.own ? words.translation : words.translationInto[translation.lang]}{" "}
          </span>
          <span lang={translation.own ? undefined : translation.lang}>{translation.text}</span>
        </p>
      ) : null}
      <figcaption className="mt-1 break-words text-slate-700">
        <span className="font-medium">{name}</span>
        {publisher ? (
          <span className="text-slate-600"> ({t.timeline.sourceKinds[publisher.kind].one})</span>
        ) : null}
        {", "}
        <a
          href={citation.url}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-800 underline hover:text-blue-950 focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          {citation.title ?? t.titleNotShown}
          <span className="sr-only"> ({words.linkNote(name)})</span>
        </a>
        {citation.titleFromUrl ? <span className="text-slate-600"> {words.titleFromUrl}</span> : null}
        {citation.date
          ? `, ${f.date(citation.date)}`
          : citation.dateNote
            ? ` ${words.undated(text(citation.dateNote))}`
            : null}
      </figcaption>
    </figure>
  );
}
