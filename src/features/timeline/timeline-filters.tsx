/** The timeline's filter controls. They only report choices; the URL holds the filters. */
import { useCallback, useMemo, useState } from "react";
import type { Actor, Source } from "../../data/schemas";
import { stanceMeta } from "../../data/stance";
import { EVENT_KINDS, STANCE_IDS } from "../../data/vocabulary";
import { useI18n } from "../../i18n/i18n";
import { ChosenValues } from "./chosen-values";
import type { TimelineEntry } from "./entries";
import type { TimelineFilters } from "./filter-entries";
import { LazyPicker } from "./lazy-picker";
import { countrySections, sourceSections } from "./picker-options";
import { SearchBox } from "./search-box";
import { ToggleGroup } from "./toggle-group";

export type OnFilter = (patch: Partial<TimelineFilters>, options?: { history?: "push" | "replace" }) => void;

interface TimelineFilterBarProps {
  filters: TimelineFilters;
  entries: readonly TimelineEntry[];
  actors: readonly Actor[];
  sources: readonly Source[];
  nameOf: { actor: (id: string) => string; source: (id: string) => string };
  onFilter: OnFilter;
}

const swatch = (id: (typeof STANCE_IDS)[number]) => (
  <span aria-hidden="true" className={`size-2.5 rounded-full ${stanceMeta[id].swatch}`} />
);

export function TimelineFilterBar({
  filters,
  entries,
  actors,
  sources,
  nameOf,
  onFilter,
}: TimelineFilterBarProps) {
  const i18n = useI18n();
  const words = i18n.t.timeline.filters;
  const { country, source } = filters;
  const stanceOptions = STANCE_IDS.map((id) => ({ id, label: i18n.t.stances[id].label, swatch: swatch(id) }));
  const kindOptions = EVENT_KINDS.map((id) => ({ id, label: i18n.t.timeline.kinds[id] }));
  // On a phone the filters fold into a drawer behind one button; from md up they are always open.
  const [open, setOpen] = useState(false);
  // The pickers' options and handlers stay the same while only the search text changes, so
  // a key press in the search box does not rebuild both pickers (LazyPicker is memoised).
  const countryOptions = useMemo(
    () => countrySections(actors, entries, i18n, country),
    [actors, entries, i18n, country],
  );
  const sourceOptions = useMemo(
    () => sourceSections(sources, entries, i18n, source),
    [sources, entries, i18n, source],
  );
  const chooseCountries = useCallback((ids: string[]) => onFilter({ country: ids }), [onFilter]);
  const chooseSources = useCallback((ids: string[]) => onFilter({ source: ids }), [onFilter]);
  const active =
    country.length + source.length + filters.stance.length + filters.kind.length + (filters.q ? 1 : 0);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="timeline-filters"
        onClick={() => setOpen((o) => !o)}
        className="mb-2 min-h-11 w-full rounded border border-slate-400 px-3 text-left text-sm font-medium md:hidden"
      >
        {i18n.t.drawer.filters(active)}
      </button>
      <div
        id="timeline-filters"
        role="search"
        aria-label={words.region}
        className={`${open ? "grid" : "hidden"} gap-3 md:grid md:grid-cols-3`}
      >
        <div>
          <LazyPicker
            label={words.country.label}
            placeholder={words.country.placeholder}
            showAll={words.country.showAll}
            sections={countryOptions}
            chosen={country}
            onChange={chooseCountries}
          />
          <ChosenValues
            label={words.country.chosen}
            values={country.map((id) => ({ id, name: nameOf.actor(id) }))}
            onRemove={(id) => onFilter({ country: country.filter((c) => c !== id) })}
          />
        </div>
        <div>
          <LazyPicker
            label={words.source.label}
            placeholder={words.source.placeholder}
            showAll={words.source.showAll}
            sections={sourceOptions}
            chosen={source}
            onChange={chooseSources}
          />
          <ChosenValues
            label={words.source.chosen}
            values={source.map((id) => ({ id, name: nameOf.source(id) }))}
            onRemove={(id) => onFilter({ source: source.filter((s) => s !== id) })}
          />
        </div>
        <SearchBox q={filters.q} onSearch={(q) => onFilter({ q }, { history: "replace" })} />
        <div className="md:col-span-3">
          <ToggleGroup
            label={words.stance}
            options={stanceOptions}
            chosen={filters.stance}
            onChange={(stance) => onFilter({ stance })}
          />
        </div>
        <div className="md:col-span-3">
          <ToggleGroup
            label={words.kind}
            options={kindOptions}
            chosen={filters.kind}
            onChange={(kind) => onFilter({ kind })}
          />
        </div>
      </div>
    </>
  );
}
