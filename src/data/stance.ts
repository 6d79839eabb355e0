/**
 * Stance colours: the one map that the map, legend, badges and charts all read, so a stance
 * looks the same everywhere. Its words (label, coding rule) are in the i18n catalog.
 */
import type { StanceId } from "./vocabulary";

export const stanceMeta = {
  "recognizes-maduro": {
    fill: "var(--color-stance-maduro)",
    swatch: "bg-stance-maduro",
  },
  "recognizes-gonzalez": {
    fill: "var(--color-stance-gonzalez)",
    swatch: "bg-stance-gonzalez",
  },
  "rejects-result": {
    fill: "var(--color-stance-rejects)",
    swatch: "bg-stance-rejects",
  },
  "demands-records": {
    fill: "var(--color-stance-records)",
    swatch: "bg-stance-records",
  },
  "recognizes-interim-government": {
    fill: "var(--color-stance-interim)",
    swatch: "bg-stance-interim",
  },
} as const satisfies Record<StanceId, { fill: string; swatch: string }>;

export const NO_POSITION = {
  fill: "var(--color-stance-none)",
  swatch: "bg-stance-none",
} as const;
