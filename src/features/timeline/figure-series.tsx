/**
 * Figures that sources repeated over time (detentions, deaths, counts of recognising countries):
 * one table per series, a row per value with its date, who counted and its source. The values
 * are different claims and stay apart: this view never sums, averages or picks one.
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
          <div className="overflow-x-auto px-3 pb-3">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{text(s.topic)}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-1">
                    {words.columns.date}
                  </th>
                  <th scope="col" className="p-1">
                    {words.columns.figure}
                  </th>
                  <th scope="col" className="p-1">
                    {words.columns.countedBy}
                  </th>
                  <th scope="col" className="p-1">
                    {words.columns.measure}
                  </th>
                  <th scope="col" className="p-1">
                    {words.columns.sources}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.values.map((value, i) => (
                  <tr key={i} className="border-b border-slate-100 align-top">
                    <td className="p-1 whitespace-nowrap">
                      <time dateTime={value.date}>
                        {f.dateWithPrecision(value.date, value.datePrecision)}
                      </time>
                    </td>
                    <td className="p-1 font-medium whitespace-nowrap tabular-nums">
                      {words.bound[value.bound](f.number(value.value))}
                    </td>
                    <td className="p-1">{nameOf(value.claimant)}</td>
                    <td className="p-1">
                      {text(value.measure)}
                      {value.note ? (
                        <span className="block text-xs text-slate-600">{text(value.note)}</span>
                      ) : null}
                    </td>
                    <td className="p-1">
                      <details>
                        <summary className="min-h-11 cursor-pointer text-blue-800 underline">
                          {words.quote}
                        </summary>
                        <div className="mt-1 space-y-2">
                          {value.citations.map((citation, i) => (
                            <SourceCitation
                              key={`${i} ${citation.url}`}
                              citation={citation}
                              publisher={sourceById.get(citation.publisher)}
                            />
                          ))}
                        </div>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
