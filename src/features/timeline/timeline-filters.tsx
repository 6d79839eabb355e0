/** The timeline's filter controls. They only report choices; the URL holds the filters. */
import { EVENT_KINDS, type Actor, type Source } from "../../data/schemas";
import { STANCE_IDS, stanceMeta } from "../../data/stance";
import { ChosenValues } from "./chosen-values";
import type { TimelineEntry } from "./entries";
import type { TimelineFilters } from "./filter-entries";
import { kindLabel } from "./labels";
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

const stanceOptions = STANCE_IDS.map((id) => ({
  id,
  label: stanceMeta[id].label,
  swatch: <span aria-hidden="true" className={`size-2.5 rounded-full ${stanceMeta[id].swatch}`} />,
}));
const kindOptions = EVENT_KINDS.map((id) => ({ id, label: kindLabel[id] }));

export function TimelineFilterBar({
  filters,
  entries,
  actors,
  sources,
  nameOf,
  onFilter,
}: TimelineFilterBarProps) {
  const { country, source } = filters;
  return (
    <div role="search" aria-label="Timeline filters" className="grid gap-3 md:grid-cols-3">
      <div>
        <LazyPicker
          label="Country or organisation"
          placeholder="Type a name"
          sections={countrySections(actors, entries, country)}
          chosen={country}
          onChange={(ids) => onFilter({ country: ids })}
        />
        <ChosenValues
          label="Chosen countries and organisations"
          values={country.map((id) => ({ id, name: nameOf.actor(id) }))}
          onRemove={(id) => onFilter({ country: country.filter((c) => c !== id) })}
        />
      </div>
      <div>
        <LazyPicker
          label="Source"
          placeholder="Type a publisher or body"
          sections={sourceSections(sources, entries, source)}
          chosen={source}
          onChange={(ids) => onFilter({ source: ids })}
        />
        <ChosenValues
          label="Chosen sources"
          values={source.map((id) => ({ id, name: nameOf.source(id) }))}
          onRemove={(id) => onFilter({ source: source.filter((s) => s !== id) })}
        />
      </div>
      <SearchBox q={filters.q} onSearch={(q) => onFilter({ q }, { history: "replace" })} />
      <div className="md:col-span-3">
        <ToggleGroup
          label="Stance (keeps stance statements only)"
          options={stanceOptions}
          chosen={filters.stance}
          onChange={(stance) => onFilter({ stance })}
        />
      </div>
      <div className="md:col-span-3">
        <ToggleGroup
          label="Kind"
          options={kindOptions}
          chosen={filters.kind}
          onChange={(kind) => onFilter({ kind })}
        />
      </div>
    </div>
  );
}
