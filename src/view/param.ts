/**
 * What one URL parameter declares (a row of the table in params.ts), and the small readers
 * the rows are built from. Every reader is pure and never throws: what it cannot use it
 * hands back as `ignored`, so the page can say what it ignored.
 */
import type { Catalog } from "../i18n/catalog";
import type { Formatters } from "../i18n/format";

export type IgnoredReason =
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

/** What a parameter's value is judged against, each part there once the file(s) it comes from have loaded. */
export interface KnownIds {
  actors?: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
  /** Timeline entry ids: events, stance statements and tallies. */
  events?: ReadonlySet<string>;
  tallies?: ReadonlySet<string>;
  /** First and last dates in the data; `asof` on the last date is the default and is left out. */
  dateRange?: readonly [string, string];
  defaultCompare?: readonly [string, string];
  /**
   * The tally sheets' municipality and parish codes, per state, for each state whose areas file
   * has loaded (a link is judged against its own state's file; the 24 states need no file).
   */
  actasAreas?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The voting-centre codes, per state, for each state whose centres file has loaded. */
  actasCentres?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A value read from the address, and what of it could not be used. */
export interface Read<T> {
  value: T;
  ignored?: Omit<Ignored, "param">[];
}

/** What an active-filter chip needs to name a value in the reader's language. */
export interface ChipWords {
  t: Catalog;
  f: Formatters;
  actorName: (id: string) => string;
  sourceName: (id: string) => string;
}

export interface Chip<T> {
  key: string;
  text: string;
  /** The parameter's value once this chip is removed. */
  without: T;
}

export interface Param<T> {
  /** The value when the address leaves the parameter out. */
  empty: T;
  /** Reads the raw value from the address. */
  parse: (raw: string) => Read<T>;
  /** The value as written in the address, or null when it is the default and left out. */
  serialize: (value: T) => string | null;
  /**
   * Checks a well-formed value against the data. It runs only once `needs` has loaded, so a
   * file still on its way (or one that failed) never drops a good value from a shared link.
   */
  check?: Check<T>;
  /** The active-filter chips for this value, one per removable part. */
  chips?: (value: T, words: ChipWords) => Chip<T>[];
  /** Whether "Clear all" resets this parameter to `empty`. */
  clearable?: boolean;
}

/** A check of a value against the data, run once every part of `known` it `needs` is there. */
export interface Check<T> {
  needs: readonly (keyof KnownIds)[];
  run: (value: T, known: KnownIds) => Read<T>;
}

/** Declares a check: `run` is typed to see the parts it needs as present, and only those. */
export const check = <T, K extends keyof KnownIds>(
  needs: readonly K[],
  run: (value: T, known: KnownIds & Required<Pick<KnownIds, K>>) => Read<T>,
): Check<T> => ({ needs, run: run as Check<T>["run"] });

/** Declares a row, so that its value type is inferred from `empty` and the readers. */
export const param = <T>(row: Param<T>): Param<T> => row;

/** Hostile links can be megabytes long; nothing legitimate comes close to these limits. */
export const MAX_VALUE_LENGTH = 2000;
const MAX_LIST_ITEMS = 60;

/** Shortens a value for the notice instead of repeating a huge one. */
export const describe = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

export function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const invalid = (value: string) => ({ value: describe(value), reason: "invalid" as const });

/** A list that is a set: items kept once each and sorted; malformed items dropped one by one. */
export function listParam<T extends string>(options: {
  valid: (item: string) => item is T;
  normalise?: (item: string) => string;
  check?: Check<T[]>;
  chip?: (item: T, words: ChipWords) => string;
}): Param<T[]> {
  const { valid, normalise = (item) => item, check, chip } = options;
  return {
    empty: [],
    parse: (raw) => {
      if (raw.length > MAX_VALUE_LENGTH) return { value: [], ignored: [invalid(`${raw.slice(0, 40)}…`)] };
      const kept = new Set<T>();
      const ignored: Read<T[]>["ignored"] = [];
      for (const item of splitList(raw)) {
        const value = normalise(item);
        if (valid(value) && kept.size < MAX_LIST_ITEMS) kept.add(value);
        else ignored.push(invalid(item));
      }
      return { value: [...kept].sort(), ignored };
    },
    serialize: (value) => (value.length > 0 ? [...new Set(value)].sort().join(",") : null),
    check,
    chips: chip
      ? (value, words) =>
          value.map((item) => ({
            key: item,
            text: chip(item, words),
            without: value.filter((other) => other !== item),
          }))
      : undefined,
    clearable: chip !== undefined,
  };
}

/** One value or none: `read` returns null for anything it cannot use. */
export function singleParam<T extends string>(options: {
  read: (raw: string) => T | null;
  check?: Check<T | null>;
  chip?: (value: T, words: ChipWords) => string;
  clearable?: boolean;
}): Param<T | null> {
  const { read, check, chip, clearable = chip !== undefined } = options;
  return {
    empty: null,
    parse: (raw) => {
      const value = read(raw);
      return value === null ? { value, ignored: [invalid(raw)] } : { value };
    },
    serialize: (value) => value,
    check,
    chips: chip
      ? (value, words) => (value === null ? [] : [{ key: value, text: chip(value, words), without: null }])
      : undefined,
    clearable,
  };
}
