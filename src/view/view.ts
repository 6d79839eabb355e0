/**
 * The view as the address describes it, derived from the parameter table (params.ts):
 * its type, its empty value and the parameter order come from the table, and reading,
 * writing and checking against the data are loops over it. Pure, and never throws.
 */
import type { Chip, ChipWords, Ignored, KnownIds, Param, Read } from "./param";
import { describe } from "./param";
import { PARAMS } from "./params";

type Params = typeof PARAMS;
export type ParamName = keyof Params;
type ValueOf<P> = P extends Param<infer T> ? T : never;

/** The view as the URL describes it. Empty lists and null mean "the default". */
export type ViewState = { [K in ParamName]: ValueOf<Params[K]> };
export type ViewPatch = Partial<ViewState>;

/** Parameters in the order they are written to the URL: the table's order. */
export const PARAM_ORDER = Object.keys(PARAMS) as ParamName[];

/**
 * The rows as one type. A loop over the table cannot know which row's value type goes
 * with which name, so each row is seen here as taking and giving the view's values.
 */
type AnyParam = Param<ViewState[ParamName]>;
const rows = PARAM_ORDER.map((name) => [name, PARAMS[name] as AnyParam] as const);

export const EMPTY_VIEW = Object.fromEntries(rows.map(([name, row]) => [name, row.empty])) as ViewState;

const isParamName = (name: string): name is ParamName => Object.hasOwn(PARAMS, name);

/** Parses a query string into a view and the list of what it had to ignore. */
export function parseView(search: string): { view: ViewState; ignored: Ignored[] } {
  const view: Record<string, unknown> = { ...EMPTY_VIEW };
  const ignored: Ignored[] = [];
  const seen = new Set<ParamName>();
  // URLSearchParams never throws: broken percent-encoding is kept as written.
  for (const [param, raw] of new URLSearchParams(search)) {
    if (!isParamName(param)) {
      ignored.push({ param: describe(param), value: describe(raw), reason: "unknown-param" });
    } else if (seen.has(param)) {
      ignored.push({ param, value: describe(raw), reason: "repeated" });
    } else {
      seen.add(param);
      const read = (PARAMS[param] as AnyParam).parse(raw);
      view[param] = read.value;
      ignored.push(...withParam(param, read));
    }
  }
  return { view: view as ViewState, ignored };
}

const withParam = (param: ParamName, read: Read<unknown>): Ignored[] =>
  (read.ignored ?? []).map((item) => ({ param, ...item }));

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

/** The canonical query string for a view: fixed order, defaults left out, `?` included when not empty. */
export function serializeView(view: ViewState): string {
  const parts = rows.flatMap(([name, row]) => {
    const value = row.serialize(view[name]);
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

/**
 * The second half of reading a link: values that are well formed but name nothing in the
 * data (an unknown country, a source id with a typo) are dropped and reported. Each check
 * runs only when the data it needs has loaded, so one broken file never empties the URL.
 */
export function checkViewAgainstData(
  view: ViewState,
  known: KnownIds,
): { view: ViewState; ignored: Ignored[] } {
  const checked: Record<string, unknown> = { ...view };
  const ignored: Ignored[] = [];
  for (const [name, row] of rows) {
    const value = view[name];
    // An empty value has nothing to judge; a check waits until every part of the data it needs is in.
    if (!row.check || value === row.empty || !row.check.needs.every((part) => known[part] !== undefined))
      continue;
    const read = row.check.run(value, known);
    checked[name] = read.value;
    ignored.push(...withParam(name, read));
  }
  return { view: checked as ViewState, ignored };
}

/** The active-filter chips of a view, in parameter order, each with the patch that removes it. */
export function activeChips(view: ViewState, words: ChipWords): (Chip<unknown> & { remove: ViewPatch })[] {
  return rows.flatMap(([name, row]) =>
    (row.chips?.(view[name], words) ?? []).map((chip) => ({
      ...chip,
      key: `${name}-${chip.key}`,
      remove: { [name]: chip.without },
    })),
  );
}

/** What "Clear all" sets: every clearable parameter back to empty. */
export const CLEAR_ALL: ViewPatch = Object.fromEntries(
  rows.flatMap(([name, row]) => (row.clearable ? [[name, row.empty]] : [])),
);
