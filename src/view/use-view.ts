/**
 * The app shell's view of the URL: reads it through the URL contract, drops what the data
 * does not know, corrects the address once with `replace`, and reports what it ignored.
 * Only the app shell reads it; features get plain props (app/panels.ts).
 */
import { replaceEqualDeep, useQueries, useQuery } from "@tanstack/react-query";
import { actasQuery } from "../data/actas-queries";
import type { ActasAreasFile, ActasCentresFile } from "../data/actas-schemas";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { dataFileQuery } from "../data/queries";
import { dateRange, defaultCompare } from "../data/selectors";
import { currentSearch, setSearch, useSearch, type HistoryMode } from "./address";
import type { Ignored, KnownIds } from "./param";
import { checkViewAgainstData, parseView, serializeView, type ViewPatch, type ViewState } from "./view";

export interface ResolvedView extends ViewState {
  /** `asof` with its defaults applied: the selected entry's date, else the last date in the data. */
  date: string | null;
  /** `compare` with its default applied. */
  tallies: readonly string[] | null;
}

const ids = <T extends { id: string }>(list: readonly T[] | undefined) =>
  list ? new Set(list.map((item) => item.id)) : undefined;

export interface Known extends KnownIds {
  entryDates?: ReadonlyMap<string, string>;
  /**
   * The dates of the files loaded so far, as soon as the stances are in: the map needs only
   * them, so a slow events or tallies file must not hold it up. The date label may then move
   * to a later last date when those files arrive; the colours cannot, as no stance changes
   * after the last statement. Links are checked against the full `dateRange` only.
   */
  mapRange?: readonly [string, string];
}

/**
 * The codes of the tally sheets' states that the address names (now, and in the opening link,
 * whose notice must not lose its reason when the address is corrected), once their files are
 * here: a link to a municipality, a parish or a centre loads that state's file at once, as the
 * panel will need it.
 */
const statesOf = (codes: readonly (string | null)[], longer: number) => [
  ...new Set(codes.flatMap((code) => (code && code.length > longer ? [code.slice(0, 2)] : []))),
];

// Module-level, so useQueries keeps their result between renders (it reruns an inline
// `combine` on every render, and a new Map each time would re-render every panel).
const areaCodes = (results: { data?: ActasAreasFile }[]) =>
  new Map(
    results.flatMap(({ data }) =>
      data
        ? [[data.state, new Set([...data.municipalities, ...data.parishes].map((a) => a.code))] as const]
        : [],
    ),
  );
const centreCodes = (results: { data?: ActasCentresFile }[]) =>
  new Map(
    results.flatMap(({ data }) =>
      data ? [[data.state, new Set(data.centres.map((c) => c.code))] as const] : [],
    ),
  );

function useActasCodes(areas: readonly (string | null)[], centres: readonly (string | null)[]) {
  const actasAreas = useQueries({
    queries: statesOf(areas, 2).map((state) => actasQuery("areas", state)),
    combine: areaCodes,
  });
  const actasCentres = useQueries({
    queries: statesOf(centres, 0).map((state) => actasQuery("centres", state)),
    combine: centreCodes,
  });
  return { actasAreas, actasCentres };
}

function useKnownIds(areas: (string | null)[], centres: (string | null)[]): Known {
  const { actasAreas, actasCentres } = useActasCodes(areas, centres);
  const actors = useQuery(dataFileQuery("actors")).data;
  const sources = useQuery(dataFileQuery("sources")).data;
  const eventsQuery = useQuery(dataFileQuery("events"));
  const talliesQuery = useQuery(dataFileQuery("tallies"));
  const stancesQuery = useQuery(dataFileQuery("stances"));
  const events = eventsQuery.data;
  const tallies = talliesQuery.data;
  const stances = stancesQuery.data;
  // Dates come from whichever of the three files loaded: one failing file must not leave the
  // map without a date. The range that links are checked against waits until each file has
  // loaded or failed, so a good `asof` is never dropped for a file still on its way.
  const settled = !eventsQuery.isPending && !talliesQuery.isPending && !stancesQuery.isPending;
  // Timeline entries are events, stance statements and tally publications; `event` names any of them.
  const entryDates = useMemo(
    () =>
      settled
        ? new Map<string, string>([
            ...(events?.events ?? []).map((e) => [e.id, e.date] as const),
            ...(stances?.stances ?? []).map((s) => [s.id, s.date] as const),
            ...(tallies?.tallies ?? []).flatMap((t) => (t.date ? [[t.id, t.date] as const] : [])),
          ])
        : undefined,
    [settled, events, stances, tallies],
  );
  return useMemo(() => {
    const range = stancesQuery.isPending
      ? undefined
      : dateRange(stances?.stances ?? [], events?.events ?? [], tallies?.tallies ?? []);
    return {
      actors: ids(actors?.actors),
      sources: ids(sources?.sources),
      events: events && stances && tallies && entryDates ? new Set(entryDates.keys()) : undefined,
      entryDates,
      tallies: ids(tallies?.tallies),
      dateRange: settled ? range : undefined,
      mapRange: range,
      defaultCompare: tallies ? defaultCompare(tallies.tallies) : undefined,
      actasAreas,
      actasCentres,
    };
  }, [
    actors,
    sources,
    entryDates,
    tallies,
    stances,
    events,
    settled,
    stancesQuery.isPending,
    actasAreas,
    actasCentres,
  ]);
}

/** The address in canonical form (known values only, fixed order), with `patch` applied. */
function canonicalSearch(known: KnownIds, patch: ViewPatch = {}): string {
  const { view } = checkViewAgainstData({ ...parseView(currentSearch()).view, ...patch }, known);
  return serializeView(view);
}

export type Update = (patch: ViewPatch, options?: { history?: HistoryMode }) => void;

export function useView() {
  const search = useSearch();
  const raw = useMemo(() => parseView(search).view, [search]);
  // What the opening link carried that could not be used: derived from the link as it
  // arrived, so the notice survives the correction below.
  const [arrivedWith] = useState(() => window.location.search);
  const opening = useMemo(() => parseView(arrivedWith).view, [arrivedWith]);
  const known = useKnownIds([raw.area, opening.area], [raw.centre, opening.centre]);
  const { view } = checkViewAgainstData(raw, known);

  const ignored: Ignored[] = useMemo(() => {
    const parsed = parseView(arrivedWith);
    return [...parsed.ignored, ...checkViewAgainstData(parsed.view, known).ignored];
  }, [arrivedWith, known]);

  // Correct the opening link once, and again as each data file arrives to check it against.
  useEffect(() => setSearch(canonicalSearch(known), "replace"), [known]);

  /**
   * A committed choice adds a history entry; pass `replace` for typing, which should not. One
   * function for the life of the page, reading the data known when it is called: every panel
   * redraws when it changes, and what is known changes on a drill-down into the tally sheets
   * of another state (its file joins the codes links are checked against).
   */
  const knownNow = useRef(known);
  useLayoutEffect(() => {
    knownNow.current = known;
  }, [known]);
  const update: Update = useCallback(
    (patch, options = {}) => setSearch(canonicalSearch(knownNow.current, patch), options.history ?? "push"),
    [],
  );

  // The map follows the selected timeline entry's date unless the link fixes a date.
  const eventDate = view.event ? known.entryDates?.get(view.event) : undefined;
  const resolved = useShared<ResolvedView>({
    ...view,
    // A linked entry's date is known only once every file is in; until then the map waits
    // rather than showing another date first.
    date: view.asof ?? eventDate ?? (view.event && !known.entryDates ? null : known.mapRange?.[1]) ?? null,
    tallies: view.compare ?? known.defaultCompare ?? null,
  });
  return { view: resolved, update, ignored, known };
}

/**
 * Keeps the references of every part of `value` that equals the previous render's, so a
 * memoised panel skips rendering when a choice elsewhere changes the URL. Parsing the URL
 * makes new lists each time the address changes.
 */
export function useShared<T>(value: T): T {
  const [shared, setShared] = useState(value);
  const next = replaceEqualDeep(shared, value);
  // Storing what the last render saw, as React recommends, rather than in an effect.
  if (next !== shared) setShared(next);
  return next;
}
