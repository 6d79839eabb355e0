/** The selected actor's stance history: every statement with its date, speaker, quote and links. */
import { CitationList } from "../../components/citation-list";
import { SourcingNote } from "../../components/sourcing-note";
import { useI18n } from "../../i18n/i18n";
import type { SourceKind, StanceStatement } from "../../data/schemas";
import { stanceMeta } from "../../data/stance";
import type { StanceEntry } from "./stance-model";

interface CountryDetailsProps {
  id: string;
  name: string;
  date: string;
  /** The stance on the date, if any. */
  entry: StanceEntry | undefined;
  /** Every statement by this actor (and by its bloc, when it inherits), all dates. */
  history: readonly StanceStatement[];
  blocName?: string;
  sourceName: (id: string) => string;
  sourceKind: (id: string) => SourceKind | undefined;
  onClose: () => void;
}

export function CountryDetails({
  id,
  name,
  date,
  entry,
  history,
  blocName,
  sourceName,
  sourceKind,
  onClose,
}: CountryDetailsProps) {
  const { t, f, text } = useI18n();
  const headingId = `details-${id}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-300 bg-slate-50 p-3">
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {name}
        </h3>
        <button
          type="button"
          onClick={onClose}
          aria-label={t.map.details.closeLabel(name)}
          className="min-h-11 min-w-11 rounded border border-slate-300 bg-white px-2 text-sm hover:bg-slate-100"
        >
          {t.map.details.close}
        </button>
      </div>
      <p className="text-sm">
        {t.map.details.on(f.date(date))}
        <strong>{entry ? t.stances[entry.stance].label : t.stances.none.label}</strong>
        {entry ? t.map.details.since(f.date(entry.since)) : ""}
        {entry?.via ? t.map.details.via(blocName ?? entry.via) : ""}
        {entry?.predatesChange ? <span className="text-slate-700">{` (${t.map.predates})`}</span> : null}
      </p>
      {history.length > 0 ? (
        <ol aria-label={t.map.details.history(name)} className="mt-3 space-y-3">
          {history.map((statement) => (
            <li
              key={statement.id}
              className="border-l-4 pl-3"
              style={{ borderColor: stanceMeta[statement.stance].fill }}
            >
              <p className="text-sm">
                <time dateTime={statement.date}>
                  {f.dateWithPrecision(statement.date, statement.datePrecision)}
                </time>{" "}
                · <span className="font-medium">{t.stances[statement.stance].label}</span>
                {statement.date > date ? <span className="text-slate-600">{t.map.details.after}</span> : null}
              </p>
              <p className="text-sm">
                {statement.speaker ? `${text(statement.speaker)}, ` : ""}
                {sourceName(statement.claimant)}: {text(statement.summary)}
              </p>
              {statement.note ? (
                <p className="text-sm text-slate-700">{t.map.details.note(text(statement.note))}</p>
              ) : null}
              <SourcingNote citations={statement.citations} kindOf={sourceKind} />
              <CitationList
                citations={statement.citations}
                publisherName={sourceName}
                label={t.map.details.sources}
                className="mt-1 space-y-2"
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t.map.details.none(name)}</p>
      )}
    </section>
  );
}
