/** The filters in use, one value at a time, each with the change that removes it (for the empty state). */
import type { Catalog } from "../../i18n/catalog";
import type { TimelineFilters } from "./filter-entries";

export interface FilterValue {
  key: string;
  label: string;
  /** The URL change that removes just this value. */
  without: Partial<TimelineFilters>;
}

export function activeFilters(
  f: TimelineFilters,
  nameOf: { actor: (id: string) => string; source: (id: string) => string },
  t: Pick<Catalog, "stances" | "timeline">,
): FilterValue[] {
  const words = t.timeline.active;
  return [
    ...f.country.map((id) => ({
      key: `country:${id}`,
      label: words.country(nameOf.actor(id)),
      without: { country: f.country.filter((c) => c !== id) },
    })),
    ...f.source.map((id) => ({
      key: `source:${id}`,
      label: words.source(nameOf.source(id)),
      without: { source: f.source.filter((s) => s !== id) },
    })),
    ...f.stance.map((id) => ({
      key: `stance:${id}`,
      label: words.stance(t.stances[id].label),
      without: { stance: f.stance.filter((s) => s !== id) },
    })),
    ...f.kind.map((id) => ({
      key: `kind:${id}`,
      label: words.kind(t.timeline.kinds[id]),
      without: { kind: f.kind.filter((k) => k !== id) },
    })),
    ...(f.q ? [{ key: "q", label: words.search(f.q), without: { q: null } }] : []),
  ];
}
