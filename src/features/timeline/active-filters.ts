/** The filters in use, one value at a time, each with the change that removes it (for the empty state). */
import { stanceMeta } from "../../data/stance";
import type { TimelineFilters } from "./filter-entries";
import { kindLabel } from "./labels";

export interface FilterValue {
  key: string;
  label: string;
  /** The URL change that removes just this value. */
  without: Partial<TimelineFilters>;
}

export function activeFilters(
  f: TimelineFilters,
  nameOf: { actor: (id: string) => string; source: (id: string) => string },
): FilterValue[] {
  return [
    ...f.country.map((id) => ({
      key: `country:${id}`,
      label: `country: ${nameOf.actor(id)}`,
      without: { country: f.country.filter((c) => c !== id) },
    })),
    ...f.source.map((id) => ({
      key: `source:${id}`,
      label: `source: ${nameOf.source(id)}`,
      without: { source: f.source.filter((s) => s !== id) },
    })),
    ...f.stance.map((id) => ({
      key: `stance:${id}`,
      label: `stance: ${stanceMeta[id].label}`,
      without: { stance: f.stance.filter((s) => s !== id) },
    })),
    ...f.kind.map((id) => ({
      key: `kind:${id}`,
      label: `kind: ${kindLabel[id]}`,
      without: { kind: f.kind.filter((k) => k !== id) },
    })),
    ...(f.q ? [{ key: "q", label: `search: “${f.q}”`, without: { q: null } }] : []),
  ];
}
