/**
 * One catalog per language, assembled from one messages file per area of the screen
 * (src/i18n/messages/*.ts, each holding that area's English and Spanish side by side).
 * Each Spanish part is typed by its English part, so a missing key fails the typecheck;
 * tests/i18n.test.ts checks the same at run time.
 */
import { common } from "./messages/common";
import { map } from "./messages/map";
import { share } from "./messages/share";
import { tallies } from "./messages/tallies";
import { timeline } from "./messages/timeline";
import type { Lang } from "./plural";

export const catalogs = {
  en: { ...common.en, map: map.en, tallies: tallies.en, timeline: timeline.en, share: share.en },
  es: { ...common.es, map: map.es, tallies: tallies.es, timeline: timeline.es, share: share.es },
} satisfies Record<Lang, unknown>;

export type Catalog = (typeof catalogs)["en"];
