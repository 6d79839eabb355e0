/** Composes the three panels around one view state read from the URL. */
import { ErrorBoundary } from "../components/error-boundary";
import { Panel } from "../components/panel";
import { ActiveFilters } from "../features/filters/active-filters";
import { UrlNotice } from "../features/filters/url-notice";
import { StancePanel } from "../features/map/stance-panel";
import { TallyPanel } from "../features/tallies/tally-panel";
import { TimelinePanel } from "../features/timeline/timeline-panel";
import { DataWarnings } from "./data-warnings";
import { browserLang, I18nProvider, useI18n } from "../i18n/i18n";
import { CiteLine } from "./cite-line";
import { LanguageSwitcher } from "./language-switcher";
import { useDocumentTitle } from "./use-document-title";
import { useView } from "./use-view";

export function App() {
  const state = useView();
  return (
    <I18nProvider lang={state.view.lang ?? browserLang()}>
      <Dashboard {...state} />
    </I18nProvider>
  );
}

function Dashboard({ view, update, ignored, known }: ReturnType<typeof useView>) {
  const { t, f, lang } = useI18n();
  useDocumentTitle(view.country);
  return (
    <div className="mx-auto max-w-7xl p-4">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t.title}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t.intro}</p>
        </div>
        <LanguageSwitcher lang={lang} onChange={(next) => update({ lang: next })} />
      </header>
      <UrlNotice ignored={ignored} />
      <ActiveFilters view={view} onChange={(patch) => update(patch)} />
      <main className="mt-4 grid gap-4">
        <Panel
          id="recognition"
          title={t.panels.recognition}
          description={view.date ? t.panels.recognitionAsOf(f.date(view.date)) : undefined}
        >
          <DataWarnings files={["actors", "stances", "sources"]} />
          <ErrorBoundary area={t.panels.recognition}>
            <StancePanel
              date={view.date}
              dateRange={known.dateRange}
              selected={view.country}
              stanceFilter={view.stance}
              sourceFilter={view.source}
              onSelect={(country) => update({ country })}
              onStanceFilter={(stance) => update({ stance })}
              onDate={(asof) => update({ asof })}
            />
          </ErrorBoundary>
        </Panel>
        <Panel id="tallies" title={t.panels.counts} description={t.panels.countsDescription}>
          <DataWarnings files={["tallies", "sources", "disagreements"]} />
          <ErrorBoundary area={t.panels.counts}>
            <TallyPanel
              compare={view.tallies}
              sourceFilter={view.source}
              onCompare={(compare) => update({ compare })}
            />
          </ErrorBoundary>
        </Panel>
        <div>
          <Panel id="timeline" title={t.panels.timeline} description={t.panels.timelineDescription}>
            <DataWarnings files={["events", "stances", "tallies", "sources", "actors"]} />
            <ErrorBoundary area={t.panels.timeline}>
              <TimelinePanel
                filters={{
                  country: view.country,
                  source: view.source,
                  stance: view.stance,
                  kind: view.kind,
                  q: view.q,
                }}
                selected={view.event}
                onFilter={(patch, options) => update(patch, options)}
                onSelect={(event) => update({ event })}
                onSelectCountry={(id) => update({ country: [id] })}
              />
            </ErrorBoundary>
          </Panel>
        </div>
      </main>
      <CiteLine view={view} dataDate={known.dateRange?.[1]} />
    </div>
  );
}
