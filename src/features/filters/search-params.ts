/**
 * The URL contract. Shared links are a public API: this module alone declares the query
 * parameters, their allowed values and defaults, and how they serialise (fixed parameter
 * order, sorted lists, defaults left out). Parsing is pure and never throws; what it cannot
 * use is reported back so the page can say what it ignored.
 */
import type { EventKind, StanceId } from "../../data/schemas";
import { EVENT_KINDS } from "../../data/vocabulary";
import { isStanceId } from "../../data/vocabulary";

/** The view as the URL describes it. Empty lists and null mean "the default". */
export interface ViewState {
  country: string[];
  source: string[];
  stance: StanceId[];
  asof: string | null;
  event: string | null;
  compare: string[] | null;
  /** Timeline filters: event kinds, and free text searched in titles, summaries and quotes. */
  kind: EventKind[];
  q: string | null;
  /** The interface language; without it the browser's language decides. */
  lang: "en" | "es" | null;
  /** Show one view alone, for embedding in another page. */
  embed: EmbedView | null;
}

export const EMBED_VIEWS = ["map", "tallies", "timeline"] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export const EMPTY_VIEW: ViewState = {
  country: [],
  source: [],
  stance: [],
  asof: null,
  event: null,
  compare: null,
  kind: [],
  q: null,
  lang: null,
  embed: null,
};

export type ParamName = keyof ViewState;
/** Parameters in the order they are written to the URL. */
export const PARAM_ORDER: ParamName[] = [
  "country",
  "source",
  "stance",
  "kind",
  "q",
  "asof",
  "event",
  "compare",
  "lang",
  "embed",
];

/** Hostile links can be megabytes long; nothing legitimate comes close to these limits. */
const MAX_VALUE_LENGTH = 2000;
const MAX_LIST_ITEMS = 60;
const MAX_QUERY_LENGTH = 200;

const ACTOR_ID = /^(?:[A-Z]{3}|EU|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

interface ListRule<T extends string = string> {
  normalise?: (item: string) => string;
  valid: (item: string) => item is T;
}

const listRules = {
  country: { valid: (item: string): item is string => ACTOR_ID.test(item) },
  source: {
    normalise: (item: string) => item.toLowerCase(),
    valid: (item: string): item is string => SLUG.test(item),
  },
  stance: { normalise: (item: string) => item.toLowerCase(), valid: isStanceId } as ListRule<StanceId>,
  kind: {
    normalise: (item: string) => item.toLowerCase(),
    valid: (item: string): item is EventKind => (EVENT_KINDS as readonly string[]).includes(item),
  } as ListRule<EventKind>,
};

/** Splits a list value into the items kept (deduplicated, sorted) and the items dropped. */
function parseListValue<T extends string>(raw: string, rule: ListRule<T>): { kept: T[]; dropped: string[] } {
  if (raw.length > MAX_VALUE_LENGTH) return { kept: [], dropped: [`${raw.slice(0, 40)}…`] };
  const kept = new Set<T>();
  const dropped: string[] = [];
  for (const item of splitList(raw)) {
    const value = rule.normalise ? rule.normalise(item) : item;
    if (rule.valid(value) && kept.size < MAX_LIST_ITEMS) kept.add(value);
    else dropped.push(item);
  }
  return { kept: [...kept].sort(), dropped };
}

/** Search text: control characters removed, spaces collapsed, length capped. */
function searchText(raw: string): string | null {
  const text = raw
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return text.length > 0 ? text : null;
}

function compareValue(raw: string): string[] | null {
  if (raw.length > MAX_VALUE_LENGTH) return null;
  const items = splitList(raw).map((item) => item.toLowerCase());
  const [a, b] = items;
  // Order matters here: the first tally is shown on the left.
  return items.length === 2 && a && b && a !== b && SLUG.test(a) && SLUG.test(b) ? [a, b] : null;
}

/** Single values: each parser returns null for anything it cannot use. */
const parseAsof = (raw: string) => (isRealDate(raw) ? raw : null);
const parseEvent = (raw: string) =>
  raw.length <= 200 && SLUG.test(raw.toLowerCase()) ? raw.toLowerCase() : null;
const parseEmbed = (raw: string) =>
  (EMBED_VIEWS as readonly string[]).includes(raw) ? (raw as EmbedView) : null;
const parseLang = (raw: string) => (raw === "en" || raw === "es" ? raw : null);

/**
 * A value as it is written in the address: readable (commas, colons, accents stay as they
 * are; a space is "+"), with only what would break the query string or look alarming in a
 * shared link escaped. The same rule nuqs used, so links shared before still match exactly.
 */
function encodeValue(value: string): string {
  return (
    value
      .replace(/%/g, "%25")
      .replace(/\+/g, "%2B")
      .replace(/ /g, "+")
      .replace(/#/g, "%23")
      .replace(/&/g, "%26")
      .replace(/"/g, "%22")
      .replace(/'/g, "%27")
      .replace(/`/g, "%60")
      .replace(/</g, "%3C")
      .replace(/>/g, "%3E")
      // eslint-disable-next-line no-control-regex -- escaping control characters is the point
      .replace(/[\x00-\x1f]/g, (char) => encodeURIComponent(char))
  );
}

/** One parameter's value as written, or null when it is the default and left out. */
function serializeParam(view: ViewState, name: ParamName): string | null {
  const value = view[name];
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (value.length === 0) return null;
  // Lists are sets (sorted, once each); `compare` is an ordered pair (left, right).
  return name === "compare" ? value.join(",") : [...new Set(value)].sort().join(",");
}

/** The canonical query string for a view: fixed order, defaults left out, `?` included when not empty. */
export function serializeView(view: ViewState): string {
  const parts = PARAM_ORDER.flatMap((name) => {
    const value = serializeParam(view, name);
    return value === null ? [] : [`${name}=${encodeValue(value)}`];
  });
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** Whether two query strings say the same thing (browsers percent-encode what we leave readable). */
export function sameSearch(a: string, b: string): boolean {
  const decode = (search: string) => {
    try {
      return decodeURIComponent(search.replace(/\+/g, " "));
    } catch {
      return search;
    }
  };
  return a === b || decode(a) === decode(b);
}

export type IgnoredReason =
  | "unreadable"
  | "unknown-param"
  | "repeated"
  | "invalid"
  | "compare-two"
  | "not-in-data"
  | "outside-dates"
  | "unknown-tally";

export interface Ignored {
  param: string;
  value: string;
  /** Why it was ignored; the notice words it in the reader's language. */
  reason: IgnoredReason;
  /** Extra facts for the message, e.g. the data's date range. */
  detail?: string;
}

const describe = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** Parses a query string into a view and the list of what it had to ignore. Never throws. */
export function parseView(search: string): { view: ViewState; ignored: Ignored[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      view: EMPTY_VIEW,
      ignored: [{ param: "(link)", value: describe(search), reason: "unreadable" }],
    };
  }
  const view: ViewState = { ...EMPTY_VIEW };
  const ignored: Ignored[] = [];
  const seen = new Set<string>();

  for (const [param, raw] of params) {
    if (!(PARAM_ORDER as string[]).includes(param)) {
      ignored.push({
        param: describe(param),
        value: describe(raw),
        reason: "unknown-param",
      });
      continue;
    }
    const name = param as ParamName;
    if (seen.has(name)) {
      ignored.push({
        param,
        value: describe(raw),
        reason: "repeated",
      });
      continue;
    }
    seen.add(name);
    let dropped: string[] = [];
    if (name === "stance") {
      ({ kept: view.stance, dropped } = parseListValue(raw, listRules.stance));
    } else if (name === "kind") {
      ({ kept: view.kind, dropped } = parseListValue(raw, listRules.kind));
    } else if (name === "q") {
      // Any text is a valid search; an empty one is simply no search.
      view.q = searchText(raw);
    } else if (name === "country" || name === "source") {
      ({ kept: view[name], dropped } = parseListValue(raw, listRules[name]));
    } else if (name === "compare") {
      view.compare = compareValue(raw);
      if (!view.compare) ignored.push({ param, value: describe(raw), reason: "compare-two" });
    } else if (name === "lang") {
      view.lang = parseLang(raw);
      if (view.lang === null) dropped = [raw];
    } else if (name === "embed") {
      view.embed = parseEmbed(raw);
      if (view.embed === null) dropped = [raw];
    } else {
      const value = name === "asof" ? parseAsof(raw) : parseEvent(raw);
      view[name] = value;
      if (value === null) dropped = [raw];
    }
    for (const item of dropped) ignored.push({ param, value: describe(item), reason: "invalid" });
  }
  return { view, ignored };
}
