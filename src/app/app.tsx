/** Composes the three panels around one view state read from the URL. */
import { ErrorBoundary } from "../components/error-boundary";
import { formatDate } from "../components/format";
import { Panel } from "../components/panel";
import { UrlNotice } from "../features/filters/url-notice";
import { StancePanel } from "../features/map/stance-panel";
import { TallyPanel } from "../features/tallies/tally-panel";
import { TimelinePanel } from "../features/timeline/timeline-panel";
import { DataWarnings } from "./data-warnings";
import { useView } from "./use-view";

export function App() {
  const { view, update, ignored, known } = useView();
  return (
    <div className="mx-auto max-w-7xl p-4">
      <header className="mb-4">
        <h1 className="text-2xl font-bold">Venezuela 2024: the disputed election, source by source</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Who recognised whom and when, what each count of the votes of 28 July 2024 says, and what happened,
          according to whom. Every figure and statement links to its source.
        </p>
      </header>
      <UrlNotice ignored={ignored} />
      <main className="mt-4 grid gap-4">
        <Panel
          id="recognition"
          title="Recognition"
          description={view.date ? `Who recognised whom, as of ${formatDate(view.date)}.` : undefined}
        >
          <DataWarnings files={["actors", "stances", "sources"]} />
          <ErrorBoundary area="recognition panel">
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
        <Panel
          id="tallies"
          title="The counts"
          description="The electoral council's figures against the tally-sheet count."
        >
          <DataWarnings files={["tallies", "sources", "disagreements"]} />
          <ErrorBoundary area="tally comparison">
            <TallyPanel
              compare={view.tallies}
              sourceFilter={view.source}
              onCompare={(compare) => update({ compare })}
            />
          </ErrorBoundary>
        </Panel>
        <div>
          <Panel id="timeline" title="What happened" description="Events in order, each with its sources.">
            <DataWarnings files={["events", "stances", "tallies", "sources", "actors"]} />
            <ErrorBoundary area="timeline">
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
    </div>
  );
}
