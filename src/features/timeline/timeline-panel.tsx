/**
 * The source-attributed timeline: events, stance statements and tally publications in date
 * order, each with the sources behind it. Data comes from the shared queries; filters and
 * selection come from the URL as props, and every choice is reported back through callbacks.
 */
import { useMemo } from "react";
import type { Files } from "../../data/use-data-files";
import { useI18n } from "../../i18n/i18n";
import { activeFilters } from "./active-filters";
import { DownloadButtons } from "../../components/download-buttons";
import { downloadCsv } from "../../components/download";
import { timelineCsv } from "./csv-rows";
import { buildEntries } from "./entries";
import { filterEntries, hasFilters, NO_FILTERS, type TimelineFilters } from "./filter-entries";
import { EmptyState } from "./empty-state";
import { FigureSeries } from "./figure-series";
import { monthAxis } from "./month-axis";
import { TimelineFilterBar, type OnFilter } from "./timeline-filters";
import { TimelineList } from "./timeline-list";
import { useOpenEntries } from "./use-open-entries";
import { useScrollToSelected } from "./use-scroll-to-selected";

export type { TimelineFilters } from "./filter-entries";

export interface TimelinePanelProps {
  filters: TimelineFilters;
  /** The selected entry (`event`): an event, stance statement or tally id. */
  selected: string | null;
  /** Filters change the URL; typing in the search passes `{ history: "replace" }`. */
  onFilter: OnFilter;
  onSelect: (event: string | null) => void;
  /** An actor link in an entry selects that country or body (`country`). */
  onSelectCountry: (id: string) => void;
}

type TimelineFiles = Files<"events" | "stances" | "tallies" | "actors" | "sources" | "disagreements">;

export function TimelinePanel({
  filters,
  selected,
  onFilter,
  onSelect,
  onSelectCountry,
  data,
}: TimelinePanelProps & { data: TimelineFiles }) {
  const i18n = useI18n();
  const { t } = i18n;
  const d = t.share.downloads;
  const { events, stances, tallies, actors, sources, disagreements } = data;
  // Derived from the query data, never copied into state: the files are fetched once and kept.
  const model = useMemo(() => {
    const actorNames = new Map(actors.actors.map((a) => [a.id, a.name]));
    const sourceById = new Map(sources.sources.map((s) => [s.id, s]));
    // Entries carry their texts in the reader's language ("Perú: Reconoce a González"), so they
    // are rebuilt when the language changes; a publisher's own name is the same in both, a descriptive one ("Government of Peru") is translated.
    return {
      entries: buildEntries(
        {
          events: events.events,
          stances: stances.stances,
          tallies: tallies.tallies,
          actors: actors.actors,
          disagreements: disagreements.disagreements,
        },
        i18n,
      ),
      sourceById,
      nameOf: {
        actor: (id: string) => i18n.actorName(id, actorNames.get(id)),
        source: (id: string) => {
          const source = sourceById.get(id);
          return source ? i18n.text(source.name) : id;
        },
      },
    };
  }, [events, stances, tallies, actors, sources, disagreements, i18n]);

  useScrollToSelected(selected);
  const searching = (filters.q ?? "").trim() !== "";
  const { isOpen, onToggle, allOpen, setAllOpen, printing } = useOpenEntries({ selected, searching });
  // One context object while the data and the handlers stay the same, so the memoised
  // entries skip drawing again on a search or a filter.
  const ctx = useMemo(
    () => ({
      sourceById: model.sourceById,
      actorName: model.nameOf.actor,
      onSelect,
      onSelectCountry,
      onToggle,
    }),
    [model, onSelect, onSelectCountry, onToggle],
  );

  // Kept while the entries and the filters stay: opening an entry redraws the panel, and the
  // list, the time axis's counts and the CSV read the same filtered entries.
  const shown = useMemo(() => filterEntries(model.entries, filters), [model.entries, filters]);
  const axis = useMemo(() => monthAxis(model.entries, shown), [model.entries, shown]);
  const hiddenSelection =
    selected && !shown.some((e) => e.id === selected)
      ? model.entries.find((e) => e.id === selected)
      : undefined;

  return (
    <div className="space-y-4">
      <TimelineFilterBar
        filters={filters}
        entries={model.entries}
        actors={actors.actors}
        sources={sources.sources}
        nameOf={model.nameOf}
        onFilter={onFilter}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-slate-700">
          {hasFilters(filters)
            ? t.timeline.status.some(shown.length, model.entries.length)
            : t.timeline.status.all(model.entries.length)}
          {hiddenSelection ? ` ${t.timeline.status.hiddenSelection(hiddenSelection.title)}` : ""}
        </p>
        {shown.length > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={() => setAllOpen(!allOpen)}
              className="min-h-11 rounded border border-slate-400 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 print:hidden"
            >
              {allOpen ? t.timeline.closeAll : t.timeline.openAll}
            </button>
            <DownloadButtons
              label={d.group(d.what.timeline)}
              actions={[
                {
                  label: d.csv,
                  run: () =>
                    downloadCsv(
                      timelineCsv(
                        shown,
                        { columns: d.columns, precision: d.precision, kind: (k) => t.timeline.kinds[k] },
                        model.nameOf.source,
                      ),
                      "venezuela-2024-timeline.csv",
                    ),
                },
              ]}
            />
          </div>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <EmptyState
          active={activeFilters(filters, model.nameOf, t).map((f) => ({
            ...f,
            clear: () => onFilter(f.without),
          }))}
          onClearAll={() => onFilter(NO_FILTERS)}
        />
      ) : (
        <TimelineList
          entries={shown}
          selected={selected}
          showAll={searching || printing}
          axis={axis}
          isOpen={isOpen}
          ctx={ctx}
        />
      )}
      <FigureSeries series={events.series ?? []} sourceById={model.sourceById} />
    </div>
  );
}
