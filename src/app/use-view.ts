/**
 * The app shell's view of the URL: reads it through the URL contract, drops what the data
 * does not know, corrects the address once with `replace`, and reports what it ignored.
 * Features never read the URL themselves; they get the resolved view as props.
 */
import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useState } from "react";
import { dataFileQuery } from "../data/queries";
import { dateRange, defaultCompare } from "../data/selectors";
import { checkViewAgainstData, type KnownIds } from "../features/filters/check-view";
import {
  parseView,
  serializeView,
  viewParsers,
  type Ignored,
  type ViewState,
} from "../features/filters/search-params";

export interface ResolvedView extends ViewState {
  /** `asof` with its default applied: the last date in the data (null until the data loads). */
  date: string | null;
  /** `compare` with its default applied. */
  tallies: readonly string[] | null;
}

const ids = <T extends { id: string }>(list: readonly T[] | undefined) =>
  list ? new Set(list.map((item) => item.id)) : undefined;

function useKnownIds(): KnownIds {
  const actors = useQuery(dataFileQuery("actors")).data;
  const sources = useQuery(dataFileQuery("sources")).data;
  const events = useQuery(dataFileQuery("events")).data;
  const tallies = useQuery(dataFileQuery("tallies")).data;
  const stances = useQuery(dataFileQuery("stances")).data;
  return useMemo(
    () => ({
      actors: ids(actors?.actors),
      sources: ids(sources?.sources),
      events: ids(events?.events),
      tallies: ids(tallies?.tallies),
      dateRange:
        stances && events && tallies ? dateRange(stances.stances, events.events, tallies.tallies) : undefined,
      defaultCompare: tallies ? defaultCompare(tallies.tallies) : undefined,
    }),
    [actors, sources, events, tallies, stances],
  );
}

export function useView() {
  const [raw, setRaw] = useQueryStates(viewParsers, { history: "push" });
  const known = useKnownIds();
  const { view } = checkViewAgainstData(raw, known);
  const canonical = serializeView(view);

  // What the opening link carried that could not be used: derived from the link as it
  // arrived, so the notice survives the correction below.
  const [arrivedWith] = useState(() => window.location.search);
  const ignored: Ignored[] = useMemo(() => {
    const parsed = parseView(arrivedWith);
    return [...parsed.ignored, ...checkViewAgainstData(parsed.view, known).ignored];
  }, [arrivedWith, known]);

  useEffect(() => {
    if (window.location.search === canonical) return;
    const url = `${window.location.pathname}${canonical}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
  }, [canonical]);

  const update = useCallback((patch: Partial<ViewState>) => void setRaw(patch), [setRaw]);

  const resolved: ResolvedView = {
    ...view,
    date: view.asof ?? known.dateRange?.[1] ?? null,
    tallies: view.compare ?? known.defaultCompare ?? null,
  };
  return { view: resolved, update, ignored, known };
}
