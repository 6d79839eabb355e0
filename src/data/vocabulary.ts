/**
 * The fixed words of the data contract, declared once: the zod schemas, the URL table, the
 * palette and the catalogs all read them from here. They live apart from the schemas so that
 * the first paint (which parses the URL) does not wait for zod, which loads with the data.
 */

export const STANCE_IDS = [
  "recognizes-maduro",
  "recognizes-gonzalez",
  "rejects-result",
  "demands-records",
  // After Maduro's capture on 3 January 2026: neither Maduro nor González (issue 14).
  "recognizes-interim-government",
] as const;
export type StanceId = (typeof STANCE_IDS)[number];

export const SOURCE_KINDS = [
  "electoral-authority",
  "campaign",
  "government",
  "court",
  "legislature",
  "intergovernmental",
  "observer",
  "news",
  "aggregator",
  "state-partisan",
  "academic",
  "forum",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const EVENT_KINDS = [
  "election-results",
  "recognition",
  "diplomatic",
  "legal",
  "report",
  "protest-repression",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The interface languages; English ships with the page. */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/** The views a link can show alone, for another page's <iframe> (`embed`): the panels. */
export const EMBED_VIEWS = ["map", "tallies", "actas", "timeline"] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** A lowercase slug such as `the-economist`: source, event, stance and tally ids. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An ISO 3166-1 alpha-3 country code. */
export const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Actor ids: ISO alpha-3 codes for countries, `EU` for the bloc, slugs for bodies. */
export const ACTOR_ID = /^(?:[A-Z]{3}|EU|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** A date written `YYYY-MM-DD` (see isRealDate for whether it exists). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is written `YYYY-MM-DD` and is a day of the calendar (2024-02-30 is not). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A type guard for one of the lists above. */
export const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value);
