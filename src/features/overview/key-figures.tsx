/**
 * The key figures at the top of the page: what the two compared counts say for the two leading
 * candidates, and how many countries recognise whom on the date in view. Each names its source
 * and links to its panel. They are drawn in the same boxes before their files arrive ("…"), and
 * the app holds their room before this chunk arrives, so nothing below moves.
 */
import { jumpTo, panelHref } from "../../components/jump-to";
import { headlineStances, recognitionFigures, tallyFigures, type TallyFigure } from "../../data/key-figures";
import type { Dataset } from "../../data/integrity";
import { stanceMeta } from "../../data/stance";
import { overviewMessages } from "../../i18n/catalog-overview";
import { shortName } from "../../i18n/format";
import { useI18n } from "../../i18n/i18n";

const useWords = () => {
  const i18n = useI18n();
  return { ...i18n, o: overviewMessages[i18n.lang] };
};

interface Loaded<T> {
  data?: T;
  failed: boolean;
}

export interface KeyFiguresProps {
  date: string | null;
  /** The compared counts, in order (`compare`, or its default). */
  compare: readonly string[] | null;
  sourceFilter: readonly string[];
  tallies: Loaded<Dataset["tallies"]>;
  stances: Loaded<Dataset["stances"]>;
  actors: Loaded<Dataset["actors"]>;
  sources: Loaded<Dataset["sources"]>;
  disagreements: Loaded<Dataset["disagreements"]>;
}

function PanelLink({ panel, children }: { panel: string; children: string }) {
  return (
    <a
      href={panelHref(panel)}
      onClick={(event) => jumpTo(event, panel)}
      className="text-blue-800 underline underline-offset-2"
    >
      {children}
    </a>
  );
}

export function KeyFigures(props: KeyFiguresProps) {
  // Two boxes before the file says which two counts are compared (the default needs the file).
  const pair: readonly (string | null)[] = props.compare ?? [null, null];
  const { tallies, sources, disagreements } = props;
  // The counts wait for the disagreements too: a figure that sources print differently is never
  // shown alone, not even for a moment.
  const figures =
    tallies.data && disagreements.data
      ? tallyFigures(
          tallies.data.candidates,
          tallies.data.tallies,
          pair.filter((id) => id !== null),
          disagreements.data.disagreements,
        )
      : [];
  const countsFailed = tallies.failed || disagreements.failed;
  const sourceName = (id: string) => sources.data?.sources.find((s) => s.id === id)?.name;
  return (
    <ul className="grid grid-cols-2 gap-2 sm:mt-2 lg:grid-cols-3">
      {pair.map((id, i) => (
        <CountFigure
          // By place, not by id: the box stays the same element when the compared pair arrives or changes.
          key={i}
          figure={figures.find((f) => f.tally.id === id)}
          failed={countsFailed}
          claimant={sourceName}
        />
      ))}
      <RecognitionFigure {...props} />
    </ul>
  );
}

function CountFigure({
  figure,
  failed,
  claimant,
}: {
  figure: TallyFigure | undefined;
  failed: boolean;
  claimant: (id: string) => { en: string; es: string } | undefined;
}) {
  const { t, f, text, o } = useWords();
  const tally = figure?.tally;
  const by = tally ? claimant(tally.claimant) : undefined;
  const when = tally?.date ? f.dateWithPrecision(tally.date, tally.datePrecision) : o.pending;
  // Two rows for the two leaders even before the file is here, so the box keeps its height.
  const rows = figure?.leaders ?? [undefined, undefined];
  const coverage = tally ? ` · ${o.coverage(f.share(tally.coverage.percent))}` : "";
  return (
    <li className="flex min-w-0 flex-col rounded border border-slate-200 p-1.5">
      <p className="text-xs text-slate-700">
        {o.countBy(by ? text(by) : o.pending, when)}
        {coverage} · <PanelLink panel="tallies">{t.panels.counts}</PanelLink>
      </p>
      {failed && !figure ? (
        <p className="mt-1 text-sm">{o.unavailable}</p>
      ) : (
        <dl className="mt-1">
          {rows.map((leader, i) => (
            <div key={leader?.candidate.id ?? i}>
              <dt className="text-xs">{leader ? shortName(text(leader.candidate.name)) : o.pending}</dt>
              <dd className="text-lg leading-6 font-semibold tabular-nums">
                {leader ? f.number(leader.votes) : o.pending}
              </dd>
              {leader?.disagreement ? (
                // Never one value where sources print several: every one, as the counts panel lists them.
                <dd className="text-xs text-amber-900">
                  {o.disagree(leader.disagreement.claims.map((c) => text(c.value)).join(" · "))}
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

function RecognitionFigure({ date, sourceFilter, stances, actors }: KeyFiguresProps) {
  const { t, f, o } = useWords();
  const stanceList = stances.data?.stances;
  const actorList = actors.data?.actors;
  const ready = date !== null && stanceList !== undefined && actorList !== undefined;
  const figures =
    date !== null && stanceList && actorList
      ? recognitionFigures(stanceList, actorList, date, sourceFilter)
      : headlineStances(date ?? "").map((stance) => ({ stance, countries: null }));
  return (
    <li className="col-span-2 flex min-w-0 flex-col rounded border border-slate-200 p-1.5 lg:col-span-1">
      <p className="text-xs text-slate-700">
        {o.recognitionOn(date ? f.date(date) : o.pending)} ·{" "}
        <PanelLink panel="recognition">{t.panels.recognition}</PanelLink>
      </p>
      {(stances.failed || actors.failed) && !ready ? (
        <p className="mt-1 text-sm">{o.unavailable}</p>
      ) : (
        <ul className="mt-1 grid grid-cols-3 gap-2">
          {figures.map(({ stance, countries }) => (
            <li key={stance} className="min-w-0">
              <span className="block text-lg leading-6 font-semibold tabular-nums">
                {countries === null ? o.pending : f.number(countries)}
              </span>{" "}
              <span className="block text-xs leading-4">
                <span
                  aria-hidden="true"
                  className={`mr-1 inline-block size-2 rounded-full ${stanceMeta[stance].swatch}`}
                />
                {countries === null
                  ? t.stances[stance].label
                  : o.countriesThat(countries, t.stances[stance].verb(countries))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-auto pt-1 text-xs text-slate-700">{o.counted}</p>
    </li>
  );
}
