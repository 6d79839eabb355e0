/**
 * One catalog per language, assembled from one messages file per area of the screen:
 * English in src/i18n/messages/*.ts, Spanish in src/i18n/messages/es/*.ts. Each Spanish part
 * is typed by its English part, so a missing key fails the typecheck; tests/i18n.test.ts
 * checks the same at run time. English ships with the page; Spanish is its own chunk
 * (catalog-es.ts), loaded only for readers who ask for it. The counts panel's strings
 * (messages/tallies.ts, messages/es/tallies.ts) are in neither: catalog-tallies.ts holds both
 * languages and loads with the panel's own chunk.
 */
import { common } from "./messages/common";
import { map } from "./messages/map";
import { share } from "./messages/share";
import { timeline } from "./messages/timeline";

export const en = { ...common, map, timeline, share };

export type Catalog = typeof en;
