/**
 * The URL contract: one row per query parameter, in the order they are written to the
 * address. Shared links are a public API, so this table alone says what each parameter
 * accepts, how it is written, what it is checked against and how its filter chip reads;
 * the view's type, its empty value and the parameter order are derived from it (view.ts).
 * Adding a parameter is one row here and one row in the README's table (a test compares them).
 */
import {
  ACTOR_ID,
  EMBED_VIEWS,
  EVENT_KINDS,
  isOneOf,
  isRealDate,
  LANGS,
  SLUG,
  STANCE_IDS,
  type EventKind,
  type StanceId,
} from "../data/vocabulary";
import { isAreaCode, isCentreCode } from "../data/actas-codes";
import {
  check,
  describe,
  listParam,
  MAX_VALUE_LENGTH,
  param,
  singleParam,
  splitList,
  type Param,
} from "./param";

const MAX_QUERY_LENGTH = 200;
const isSlug = (item: string): item is string => SLUG.test(item);
const lower = (item: string) => item.toLowerCase();

/** Keeps the ids the data knows; people type codes by hand, so `bra` means BRA. */
function knownIds(value: string[], ids: ReadonlySet<string>) {
  const ignored: { value: string; reason: "not-in-data" }[] = [];
  const kept = value.flatMap((id) => {
    if (ids.has(id)) return [id];
    if (ids.has(id.toUpperCase())) return [id.toUpperCase()];
    ignored.push({ value: id, reason: "not-in-data" });
    return [];
  });
  return { value: [...new Set(kept)].sort(), ignored };
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

/** Two different tallies; order matters (the first is shown on the left). */
const compare: Param<string[] | null> = {
  empty: null,
  parse: (raw) => {
    const items = raw.length > MAX_VALUE_LENGTH ? [] : splitList(raw).map(lower);
    const [a, b] = items;
    return items.length === 2 && a && b && a !== b && isSlug(a) && isSlug(b)
      ? { value: [a, b] }
      : { value: null, ignored: [{ value: describe(raw), reason: "compare-two" }] };
  },
  serialize: (value) => (value && value.length > 0 ? value.join(",") : null),
  check: check(["tallies"], (value: string[] | null, { tallies, defaultCompare }) => {
    const unknown = value?.filter((id) => !tallies.has(id)) ?? [];
    if (value && unknown.length > 0)
      return {
        value: null,
        ignored: [{ value: value.join(","), reason: "unknown-tally", detail: unknown.join(", ") }],
      };
    // The default pair is left out of the address (known once two tallies are).
    return { value: defaultCompare && value?.join(",") === defaultCompare.join(",") ? null : value };
  }),
};

/**
 * An area or a centre of the tally sheets, judged against its own state's file once that has
 * loaded (known.actasAreas / actasCentres hold the states loaded so far): before then, and if
 * the file fails, a well-formed code from a shared link is kept.
 */
const actasCode = (part: "actasAreas" | "actasCentres", valid: (code: string) => boolean, states = false) =>
  singleParam({
    read: (raw) => (raw.length <= 60 && valid(raw.toLowerCase()) ? raw.toLowerCase() : null),
    check: check([part], (code: string | null, known) => {
      // The 24 states are known without a file.
      if (!code || (states && code.length === 2)) return { value: code };
      const codes = known[part].get(code.slice(0, 2));
      return !codes || codes.has(code)
        ? { value: code }
        : { value: null, ignored: [{ value: code, reason: "not-in-data" }] };
    }),
    // No chips: the panel's breadcrumbs show them; "Clear all" returns to the whole country.
    clearable: true,
  });

export const PARAMS = {
  country: listParam({
    valid: (item): item is string => ACTOR_ID.test(item),
    check: check(["actors"], (value: string[], known) => knownIds(value, known.actors)),
    chip: (id, { actorName }) => actorName(id),
  }),
  source: listParam({
    valid: isSlug,
    normalise: lower,
    check: check(["sources"], (value: string[], known) => knownIds(value, known.sources)),
    chip: (id, { sourceName }) => sourceName(id),
  }),
  stance: listParam<StanceId>({
    valid: isOneOf(STANCE_IDS),
    normalise: lower,
    chip: (id, { t }) => t.stances[id].label,
  }),
  kind: listParam<EventKind>({
    valid: isOneOf(EVENT_KINDS),
    normalise: lower,
    chip: (id, { t }) => t.timeline.kinds[id],
  }),
  q: param<string | null>({
    empty: null,
    // Any text is a valid search; an empty one is simply no search.
    parse: (raw) => ({ value: searchText(raw) }),
    serialize: (value) => value,
    chips: (value, { t }) => (value ? [{ key: "q", text: t.share.active.search(value), without: null }] : []),
    clearable: true,
  }),
  asof: singleParam({
    read: (raw) => (isRealDate(raw) ? raw : null),
    check: check(["dateRange"], (asof: string | null, { dateRange: [first, last] }) => {
      if (asof && (asof < first || asof > last))
        return {
          value: null,
          ignored: [{ value: asof, reason: "outside-dates", detail: `${first} – ${last}` }],
        };
      // The last date is the default, left out of the address.
      return { value: asof === last ? null : asof };
    }),
    chip: (asof, { t, f }) => t.share.active.asOf(f.date(asof)),
  }),
  event: singleParam({
    read: (raw) => (raw.length <= 200 && SLUG.test(raw.toLowerCase()) ? raw.toLowerCase() : null),
    check: check(["events"], (event: string | null, { events }) =>
      event && !events.has(event)
        ? { value: null, ignored: [{ value: event, reason: "not-in-data" }] }
        : { value: event },
    ),
    // No chip of its own (the selected entry is shown as selected), but "Clear all" clears it.
    clearable: true,
  }),
  compare,
  area: actasCode("actasAreas", isAreaCode, true),
  centre: actasCode("actasCentres", isCentreCode),
  lang: singleParam({ read: (raw) => (isOneOf(LANGS)(raw) ? raw : null) }),
  embed: singleParam({ read: (raw) => (isOneOf(EMBED_VIEWS)(raw) ? raw : null) }),
};
