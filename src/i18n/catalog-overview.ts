/**
 * The key figures' strings, in both languages, apart from the catalogs: only the key figures
 * (src/features/overview) read them, and their code is a chunk of its own, so they load with
 * it instead of weighing on the first paint's script. The section's heading, drawn before the
 * chunk arrives, stays in the catalogs (panels.keyFigures). tests/i18n.test.ts checks the keys.
 */
import type { Lang } from "../data/vocabulary";
import { overview as es } from "./messages/es/overview";
import { overview as en, type OverviewMessages } from "./messages/overview";

export const overviewMessages: Record<Lang, OverviewMessages> = { en, es };
