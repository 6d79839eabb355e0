/** The recognition view: date control, map, legend, bodies, details and the table, in one state. */
import { Suspense, useDeferredValue, useMemo, useRef, useState } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { lazyLoaded } from "../../components/lazy-loaded";
import { useI18n } from "../../i18n/i18n";
import type { StanceId } from "../../data/schemas";
import type { Files } from "../../data/use-data-files";
import { BodiesList } from "./bodies-list";
import { CountryDetails } from "./country-details";
import { DateControl } from "./date-control";
import { Legend } from "./legend";
import { MapDownloads } from "./map-downloads";
import { settleMap } from "./map-first";
import { countByStance } from "../../data/stance-counts";
import { changeDates, countPredating, stanceEntries, summarize } from "./stance-model";

// The map's chunk (map-chunk.ts: the shapes, the recognition chart and the table) is requested
// at start-up (main.tsx), in parallel with the data, and is drawn without a Suspense pause once
// both are there. The chart and the table settle with the map, and the panel waits for the map,
// so all three are drawn at once.
const mapChunk = () => import("./map-chunk");
const RecognitionChart = lazyLoaded(() => mapChunk().then((module) => module.RecognitionChart));
const StanceTable = lazyLoaded(() => mapChunk().then((module) => module.StanceTable));
export const WorldMap = lazyLoaded(() =>
  Promise.all([mapChunk(), RecognitionChart.preload(), StanceTable.preload()]).then(
    ([module]) => module.WorldMap,
    (error: unknown) => {
      settleMap(); // no map will be drawn: the counts and the timeline need not wait for one
      throw error;
    },
  ),
);

export interface StancePanelProps {
  /** The date whose stances are shown (`asof` resolved); null until the data loads. */
  date: string | null;
  dateRange: readonly [string, string] | undefined;
  /** Selected actors (`country`). */
  selected: readonly string[];
  stanceFilter: readonly StanceId[];
  sourceFilter: readonly string[];
  onSelect: (country: string[]) => void;
  onStanceFilter: (stance: StanceId[]) => void;
  onDate: (asof: string) => void;
}

type MapFiles = Files<"actors" | "stances" | "sources">;

export function StancePanel(props: StancePanelProps & { data: MapFiles }) {
  const { date, dateRange } = props;
  // The frame draws the panel only once the date and the map's chunk are here (panel.ts).
  if (!date || !dateRange) return null;
  return <StanceView {...props} date={date} dateRange={dateRange} />;
}

interface StanceViewProps extends StancePanelProps {
  date: string;
  dateRange: readonly [string, string];
  data: MapFiles;
}

function StanceView({ data, date, dateRange, selected, stanceFilter, sourceFilter, ...on }: StanceViewProps) {
  const { lang, t, f, actorName, text } = useI18n();
  // The table (the map's text alternative) is drawn just after the map, in a render React may
  // interrupt: it is a third of the panel's first render, and the map should not wait for it.
  const tableDrawn = useDeferredValue(true, false);
  // While the slider is dragged the map previews the date; the URL changes on release.
  const [preview, setPreview] = useState<string | null>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const shown = preview ?? date;
  const { actors } = data.actors;
  const { stances } = data.stances;

  const entries = useMemo(
    () =>
      stanceEntries(stances, actors, shown, {
        sources: sourceFilter,
        stances: stanceFilter,
        nameOf: actorName,
        lang,
      }),
    [stances, actors, shown, sourceFilter, stanceFilter, actorName, lang],
  );
  const changes = useMemo(() => changeDates(stances), [stances]);
  const names = useMemo(
    () => new Map(actors.map((a) => [a.id, actorName(a.id, a.name)])),
    [actors, actorName],
  );
  const sources = useMemo(() => new Map(data.sources.sources.map((s) => [s.id, s])), [data.sources]);
  const blocName = (id: string) => names.get(id) ?? id;
  const sourceName = (id: string) => {
    const name = sources.get(id)?.name;
    return name ? text(name) : id;
  };
  const sourceKind = (id: string) => sources.get(id)?.kind;

  // Kept while the entries are: a selection then redraws only what it changes.
  const { mapEntries, counts, predating, tableEntries } = useMemo(() => {
    const onMap = entries.filter((e) => e.onMap);
    return {
      mapEntries: new Map(onMap.map((e) => [e.id, e])),
      counts: countByStance(entries),
      predating: countPredating(entries),
      tableEntries: onMap.filter((e) => e.matches),
    };
  }, [entries]);
  const selectedSet = new Set(selected);
  const select = (id: string, additive: boolean) => {
    if (additive) on.onSelect(selectedSet.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
    else on.onSelect(selected.length === 1 && selectedSet.has(id) ? [] : [id]);
  };
  const toggleStance = (id: StanceId) =>
    on.onStanceFilter(
      stanceFilter.includes(id) ? stanceFilter.filter((s) => s !== id) : [...stanceFilter, id],
    );

  return (
    <div className="space-y-4">
      {/* On wide screens the map keeps two thirds; legend, bodies and details sit beside it. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {/* min-w-0: on a phone's one column, the chart's open table (wider than the screen) scrolls
            in its box instead of widening the column and the page. */}
        <div className="min-w-0 space-y-4">
          <DateControl
            date={shown}
            range={dateRange}
            changes={changes}
            onPreview={setPreview}
            onCommit={on.onDate}
          />
          {/* Its room is held (header row, plot and axis: 44 + 64 + 16 px), so nothing moves if it is late. */}
          <div style={{ minHeight: 124 }}>
            <ErrorBoundary area={t.map.chart.title}>
              <Suspense fallback={null}>
                <RecognitionChart
                  stances={stances}
                  actors={actors}
                  range={dateRange}
                  date={shown}
                  stanceFilter={stanceFilter}
                  sourceFilter={sourceFilter}
                  bloc={blocName("EU")}
                  onDate={on.onDate}
                />
              </Suspense>
            </ErrorBoundary>
          </div>
          <p id="map-summary" className="text-sm text-slate-700">
            {summarize(t, f.date(shown), counts, blocName("EU"), predating)}
            {sourceFilter.length > 0 ? t.map.sourcesOnly : ""}
          </p>
          <div ref={mapBox}>
            <Suspense
              fallback={
                <div
                  role="status"
                  className="relative flex aspect-[2/1] w-full items-center justify-center rounded"
                >
                  {/* Only the background pulses: fading text would fail contrast mid-fade. */}
                  <span aria-hidden="true" className="absolute inset-0 animate-pulse rounded bg-slate-100" />
                  <span className="relative text-sm text-slate-700">{t.map.loadingMap}</span>
                </div>
              }
            >
              <WorldMap
                entries={mapEntries}
                selected={selectedSet}
                onSelect={select}
                onDismiss={() => on.onSelect([])}
                summaryId="map-summary"
                blocName={blocName}
              />
            </Suspense>
          </div>
        </div>
        <div className="space-y-4">
          <Legend counts={counts} active={stanceFilter} onToggle={toggleStance} blocName={blocName("EU")} />
          <BodiesList
            bodies={entries.filter((e) => !e.onMap && e.matches)}
            selected={selectedSet}
            onSelect={select}
          />
          {selected.length > 0 ? (
            // On a phone the details rise as a bottom sheet over the map instead of far below it.
            <div className="space-y-3 max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-30 max-sm:max-h-[45vh] max-sm:overflow-y-auto max-sm:rounded-t-xl max-sm:border-t max-sm:border-slate-300 max-sm:bg-white max-sm:p-2 max-sm:shadow-2xl">
              {selected.map((id) => {
                const entry = entries.find((e) => e.id === id);
                const own = stances.filter((s) => s.actor === id);
                const history =
                  own.length > 0 || !entry?.via ? own : stances.filter((s) => s.actor === entry.via);
                return (
                  <CountryDetails
                    key={id}
                    id={id}
                    name={entry?.name ?? names.get(id) ?? id}
                    date={shown}
                    entry={entry}
                    history={[...history].sort((a, b) => a.date.localeCompare(b.date))}
                    blocName={entry?.via ? blocName(entry.via) : undefined}
                    sourceName={sourceName}
                    sourceKind={sourceKind}
                    onClose={() => on.onSelect(selected.filter((s) => s !== id))}
                  />
                );
              })}
            </div>
          ) : null}
        </div>
      </div>
      <div>
        <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold">{t.map.table.heading}</h3>
          <MapDownloads
            entries={tableEntries}
            counts={counts}
            date={shown}
            stanceFilter={stanceFilter}
            sourceFilter={sourceFilter}
            blocName={blocName}
            sourceName={sourceName}
            mapBox={mapBox}
            chart={{ stances, actors, range: dateRange }}
          />
        </div>
        {tableDrawn ? (
          <StanceTable
            entries={tableEntries}
            date={shown}
            blocName={blocName}
            sourceName={sourceName}
            selected={selectedSet}
            onSelect={select}
          />
        ) : null}
      </div>
    </div>
  );
}
