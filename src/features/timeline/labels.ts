/**
 * The order in which the pickers group the data's codes, and the month headings. The words
 * themselves (kinds, source kinds, actor types) live in src/i18n/messages/timeline.ts.
 */
import type { Actor, SourceKind } from "../../data/schemas";

/** Reporters first (what readers weigh most often), then the bodies that made claims. */
export const SOURCE_KIND_ORDER: SourceKind[] = [
  "news",
  "aggregator",
  "state-partisan",
  "academic",
  "forum",
  "electoral-authority",
  "campaign",
  "government",
  "court",
  "legislature",
  "intergovernmental",
  "observer",
];

export const ACTOR_TYPE_ORDER: Actor["type"][] = [
  "country",
  "bloc",
  "organization",
  "observer",
  "legislature",
];

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "July 2024" / "Julio de 2024" for `2024-07`, in the given locale. Intl writes Spanish months
 * in lower case, as running text should; a heading starts with a capital.
 */
export function formatMonth(month: string, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    monthFormats.set(locale, format);
  }
  const text = format.format(new Date(`${month}-01T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

const shortMonthFormats = new Map<string, Intl.DateTimeFormat>();

/** "Jul" / "jul" for `2024-07`: the time axis's labels under its bars. */
export function formatShortMonth(month: string, locale: string): string {
  let format = shortMonthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
    shortMonthFormats.set(locale, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`)).replace(".", "");
}
