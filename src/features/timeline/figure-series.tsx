/**
 * Figures that sources repeated over time (detentions, deaths, counts of recognising countries):
 * one list per series, an item per value with its date, who counted, what and its source. The
 * values are different claims and stay apart: this view never sums, averages or picks one.
 * A list, not a table: on a 360 px phone five columns of names and sources do not fit.
 */
import type { Series, Source } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { SourceCitation } from "./source-citation";

interface FigureSeriesProps {
  series: readonly Series[];
  sourceById: ReadonlyMap<string, Source>;
}

export function FigureSeries({ series, sourceById }: FigureSeriesProps) {
  const { t, f, text } = useI18n();
  const nameOf = (id: string) => {
    const source = sourceById.get(id);
    return source ? text(source.name) : id;
  };
  const words = t.timeline.series;
  if (series.length === 0) return null;
  return (
    <section id="figure-series" aria-labelledby="figure-series-heading" className="space-y-2">
      <h3 id="figure-series-heading" className="font-semibold">
        {words.heading}
      </h3>
      <p className="text-sm text-slate-700">{words.intro}</p>
      {series.map((s) => (
        <details key={s.id} id={`series-${s.id}`} className="rounded border border-slate-300 bg-white">
          <summary className="min-h-11 cursor-pointer px-3 py-2 text-sm">
            <span className="font-medium">{text(s.topic)}</span>
            <span className="text-slate-600"> · {words.count(s.values.length)}</span>
          </summary>
          <ol aria-label={text(s.topic)} className="space-y-3 px-3 pb-3">
            {s.values.map((value, i) => (
              <li key={i} className="border-l-2 border-slate-300 pl-3 text-sm">
                <p>
                  <time dateTime={value.date}>{f.dateWithPrecision(value.date, value.datePrecision)}</time>
                  {": "}
                  <strong className="tabular-nums">
                    {words.bound[value.bound](f.number(value.value))}
                  </strong>{" "}
                  {text(value.measure)}
                </p>
                <p className="text-slate-700">{words.countedBy(nameOf(value.claimant))}</p>
                {value.note ? <p className="text-xs text-slate-600">{text(value.note)}</p> : null}
                <details className="mt-1">
                  <summary className="min-h-11 cursor-pointer py-2 text-blue-800 underline">
                    {words.quote}
                  </summary>
                  <div className="space-y-2">
                    {value.citations.map((citation, j) => (
                      <SourceCitation
                        key={`${j} ${citation.url}`}
                        citation={citation}
                        publisher={sourceById.get(citation.publisher)}
                      />
                    ))}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
