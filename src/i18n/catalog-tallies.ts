/**
 * The counts panel's strings, in both languages, apart from the catalogs: only the counts
 * panel (src/features/tallies) reads them, and its body is a chunk of its own, so they load
 * with it instead of weighing on the first paint. English is in messages/tallies.ts, Spanish in
 * messages/es/tallies.ts (typed by the English); tests/i18n.test.ts checks their keys match.
 * The panel's loading message, shown before the chunk arrives, stays in the catalogs
 * (panels.countsLoading).
 */
import type { Lang } from "../data/vocabulary";
import { tallies as es } from "./messages/es/tallies";
import { tallies as en, type TalliesMessages } from "./messages/tallies";

export const talliesMessages: Record<Lang, TalliesMessages> = { en, es };
