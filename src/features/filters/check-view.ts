/**
 * The second half of reading a link: values that are well formed but name nothing in the
 * data (an unknown country, a source id with a typo) are dropped and reported. Each check
 * runs only when the file it needs has loaded, so one broken file never empties the URL.
 */
import type { Ignored, ViewState } from "./search-params";

export interface KnownIds {
  actors?: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
  events?: ReadonlySet<string>;
  tallies?: ReadonlySet<string>;
  /** First and last dates in the data; `asof` on the last date is the default and is left out. */
  dateRange?: readonly [string, string];
  defaultCompare?: readonly [string, string];
}

export function checkViewAgainstData(
  view: ViewState,
  known: KnownIds,
): { view: ViewState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const keepKnown = (param: "country" | "source", ids: ReadonlySet<string> | undefined) => {
    if (!ids) return view[param];
    const kept = view[param].flatMap((id) => {
      if (ids.has(id)) return [id];
      // People type codes by hand: `bra` means BRA.
      if (ids.has(id.toUpperCase())) return [id.toUpperCase()];
      ignored.push({ param, value: id, reason: "not-in-data" });
      return [];
    });
    return [...new Set(kept)].sort();
  };

  const country = keepKnown("country", known.actors);
  const source = keepKnown("source", known.sources);

  let asof = view.asof;
  if (asof && known.dateRange) {
    const [first, last] = known.dateRange;
    if (asof < first || asof > last) {
      ignored.push({
        param: "asof",
        value: asof,
        reason: "outside-dates",
        detail: `${first} – ${last}`,
      });
      asof = null;
    } else if (asof === last) {
      asof = null;
    }
  }

  let event = view.event;
  if (event && known.events && !known.events.has(event)) {
    ignored.push({ param: "event", value: event, reason: "not-in-data" });
    event = null;
  }

  let compare = view.compare;
  if (compare && known.tallies) {
    const unknown = compare.filter((id) => !known.tallies?.has(id));
    if (unknown.length > 0) {
      ignored.push({
        param: "compare",
        value: compare.join(","),
        reason: "unknown-tally",
        detail: unknown.join(", "),
      });
      compare = null;
    }
  }
  if (compare && known.defaultCompare && compare.join(",") === known.defaultCompare.join(",")) compare = null;

  return {
    view: { ...view, country, source, asof, event, compare },
    ignored,
  };
}
