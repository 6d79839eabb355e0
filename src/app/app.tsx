/** Composes the three panels around one view state read from the URL. */
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { createPortal } from "react-dom";
import { ErrorBoundary } from "../components/error-boundary";
import { useHasPainted } from "../components/use-has-painted";
import { Loading, Panel } from "../components/panel";
import { ActiveFilters } from "../features/filters/active-filters";
import type { EmbedView } from "../features/filters/search-params";
import { UrlNotice } from "../features/filters/url-notice";
import { ShareDialog } from "../features/share/share-dialog";
import { useMapSettled } from "../features/map/map-first";
import { StancePanel } from "../features/map/stance-panel";
import { DataWarnings } from "./data-warnings";
import { browserLang, I18nProvider, loadLanguage, useI18n } from "../i18n/i18n";
import { CiteLine, viewLink } from "./cite-line";
import { useReportHeight } from "./use-report-height";
import { LanguageSwitcher } from "./language-switcher";
import { useDocumentTitle } from "./use-document-title";
import { useView } from "./use-view";

// The counts and the timeline load as their own chunks, requested once the shell has been
// painted (useHasPainted), so the first paint carries only the shell and the recognition panel.
const TallyPanel = lazy(() =>
  import("../features/tallies/tally-panel").then((m) => ({ default: m.TallyPanel })),
);
const TimelinePanel = lazy(() =>
  import("../features/timeline/timeline-panel").then((m) => ({ default: m.TimelinePanel })),
);

export function App() {
  const state = useView();
  return (
    // Only a language whose catalog is still on its way suspends (Spanish, the first time):
    // its own word for "Loading" is all that can be said before the catalog arrives.
    <Suspense fallback={<p className="p-4">Cargando…</p>}>
      <I18nProvider lang={state.view.lang ?? browserLang()}>
        <Dashboard {...state} />
      </I18nProvider>
    </Suspense>
  );
}

type ViewProps = ReturnType<typeof useView>;

function Dashboard(props: ViewProps) {
  const { view, update, ignored, known } = props;
  const { t, lang, unavailable } = useI18n();
  // The map answers a click or a date step at once; the counts and the timeline follow in a
  // render React may interrupt, so they never hold up the details or the recoloured map.
  const later = useDeferredValue(view);
  const asked = useRef<string | null>(null);
  useDocumentTitle(view.country);
  if (view.embed) return <EmbedLayout {...props} embed={view.embed} />;
  return (
    <div className="mx-auto max-w-7xl p-4">
      <HeaderActions>
        <ShareDialog link={viewLink(view)} embedLink={(embed) => viewLink({ ...view, embed })} />
        {/* The address changes once the language's text is here, so the page never blanks. */}
        <LanguageSwitcher
          lang={lang}
          onChange={(next) => {
            asked.current = next;
            // Only the last choice applies: a slow Spanish catalog must not undo a later "English".
            void loadLanguage(next).then(() => asked.current === next && update({ lang: next }));
          }}
        />
      </HeaderActions>
      {unavailable ? (
        <p role="alert" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          {t.languageUnavailable}
        </p>
      ) : null}
      <UrlNotice ignored={ignored} />
      <ActiveFilters view={view} onChange={(patch) => update(patch)} />
      <main className="mt-4 grid gap-4">
        <Section name="map" {...props} />
        <Section name="tallies" {...props} view={later} />
        {/* The search text is the timeline's own urgent input: typing must not wait a render. */}
        <Section name="timeline" {...props} view={{ ...later, q: view.q }} />
      </main>
      <CiteLine view={view} dataDate={known.dateRange?.[1]} />
    </div>
  );
}

/**
 * The page's title and introduction are static HTML (index.html), painted before any script
 * runs and never replaced, so the largest thing on a phone's first screen is there at the
 * first paint; <html lang> picks their language. The Share and language buttons join them
 * in the header's slot. Without that slot (tests render the app alone) they stand on their own.
 */
function HeaderActions({ children }: { children: ReactNode }) {
  const [slot] = useState(() => document.getElementById("header-actions"));
  const actions = <div className="flex flex-wrap items-center gap-2">{children}</div>;
  return slot ? createPortal(actions, slot) : <div className="mb-4 flex justify-end">{actions}</div>;
}

/** One view alone, for another page's <iframe>: its panel, the source line and a way out. */
function EmbedLayout(props: ViewProps & { embed: EmbedView }) {
  const { t } = useI18n();
  useReportHeight();
  return (
    <div className="p-2">
      <main>
        <Section name={props.embed} {...props} />
      </main>
      <footer className="mt-2 flex flex-wrap justify-between gap-2 text-xs text-slate-700">
        <span>{t.share.embed.source}</span>
        <a
          href={viewLink({ ...props.view, embed: null })}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-800 underline"
        >
          {t.share.embed.full}
        </a>
      </footer>
    </div>
  );
}

/**
 * Hands each panel only the parts of the view it reads. With the view's parts kept stable
 * between renders (useView) and the panels memoised, a choice re-renders the panels it
 * concerns: moving the date redraws the map alone, typing a search the timeline alone.
 */
function Section({ name, view, update, known }: ViewProps & { name: EmbedView }) {
  if (name === "map")
    return (
      <RecognitionPanel
        date={view.date}
        dateRange={known.mapRange}
        country={view.country}
        stance={view.stance}
        source={view.source}
        update={update}
      />
    );
  // On the dashboard the counts and the timeline load after the map (map-first.ts); an
  // embed shows one of them alone and has no map to wait for.
  const afterMap = !view.embed;
  if (name === "tallies")
    return <CountsPanel tallies={view.tallies} source={view.source} update={update} afterMap={afterMap} />;
  return (
    <TimelineSection
      country={view.country}
      source={view.source}
      stance={view.stance}
      kind={view.kind}
      q={view.q}
      event={view.event}
      update={update}
      afterMap={afterMap}
    />
  );
}

type Update = ViewProps["update"];
type ViewPart<K extends keyof ViewProps["view"]> = { [P in K]: ViewProps["view"][P] } & { update: Update };

const RecognitionPanel = memo(function RecognitionPanel({
  date,
  dateRange,
  country,
  stance,
  source,
  update,
}: ViewPart<"date" | "country" | "stance" | "source"> & { dateRange: ViewProps["known"]["dateRange"] }) {
  const { t, f } = useI18n();
  return (
    <Panel
      id="recognition"
      title={t.panels.recognition}
      // Until the date is known the line is held blank, so the map does not shift down when it is.
      description={date ? t.panels.recognitionAsOf(f.date(date)) : "\u00a0"}
    >
      <DataWarnings files={["actors", "stances", "sources"]} />
      <ErrorBoundary area={t.panels.recognition}>
        <StancePanel
          date={date}
          dateRange={dateRange}
          selected={country}
          stanceFilter={stance}
          sourceFilter={source}
          onSelect={(country) => update({ country })}
          onStanceFilter={(stance) => update({ stance })}
          onDate={(asof) => update({ asof })}
        />
      </ErrorBoundary>
    </Panel>
  );
});

const CountsPanel = memo(function CountsPanel({
  tallies,
  source,
  update,
  afterMap,
}: ViewPart<"tallies" | "source"> & { afterMap: boolean }) {
  const { t } = useI18n();
  return (
    <Panel id="tallies" title={t.panels.counts} description={t.panels.countsDescription} belowTheFold>
      <DataWarnings files={["tallies", "sources", "disagreements"]} />
      <LazyBody what={t.panels.counts} afterMap={afterMap}>
        <TallyPanel compare={tallies} sourceFilter={source} onCompare={(compare) => update({ compare })} />
      </LazyBody>
    </Panel>
  );
});

const TimelineSection = memo(function TimelineSection({
  country,
  source,
  stance,
  kind,
  q,
  event,
  update,
  afterMap,
}: ViewPart<"country" | "source" | "stance" | "kind" | "q" | "event"> & { afterMap: boolean }) {
  const { t } = useI18n();
  const filters = useMemo(() => ({ country, source, stance, kind, q }), [country, source, stance, kind, q]);
  // Stable handlers: the timeline's entries are memoised on them.
  const selectEvent = useCallback((event: string | null) => update({ event }), [update]);
  const selectCountry = useCallback((id: string) => update({ country: [id] }), [update]);
  return (
    <Panel id="timeline" title={t.panels.timeline} description={t.panels.timelineDescription} belowTheFold>
      <DataWarnings files={["events", "stances", "tallies", "sources", "actors", "disagreements"]} />
      <LazyBody what={t.panels.timeline} afterMap={afterMap}>
        <TimelinePanel
          filters={filters}
          selected={event}
          onFilter={update}
          onSelect={selectEvent}
          onSelectCountry={selectCountry}
        />
      </LazyBody>
    </Panel>
  );
});

/**
 * The body of a panel whose code is its own chunk: requested once the shell has painted
 * (useHasPainted) and, with `afterMap`, once the map has settled (useMapSettled), with one
 * loading message until it is ready and its own error boundary.
 */
function LazyBody({ what, afterMap, children }: { what: string; afterMap: boolean; children: ReactNode }) {
  const painted = useHasPainted();
  const mapSettled = useMapSettled();
  const loading = <Loading what={what} />;
  return (
    <ErrorBoundary area={what}>
      <Suspense fallback={loading}>{painted && (mapSettled || !afterMap) ? children : loading}</Suspense>
    </ErrorBoundary>
  );
}
