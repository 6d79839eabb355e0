/**
 * The page's panels, in page order, and what each reads of the view: the app shell alone
 * reads the view, and hands each panel plain props. `values` are the props a panel redraws
 * for (a date step redraws the map alone); `handlers` turn its choices into view changes and
 * are made once, so the memoised parts inside a panel keep them.
 */
import type { PanelDescriptor } from "../components/panel";
import type { DataFileName } from "../data/files";
import { EMBED_VIEWS, type EmbedView } from "../data/vocabulary";
import { actasPanel } from "../features/actas/panel";
import { recognitionPanel } from "../features/map/panel";
import { countsPanel } from "../features/tallies/panel";
import { timelinePanel } from "../features/timeline/panel";
import { viewLink } from "../view/link";
import { parseView, serializeView, type ViewPatch, type ViewState } from "../view/view";
import type { Known, ResolvedView, Update } from "../view/use-view";

export interface PanelInputs {
  /** The view as it is now: what answers at once (the map, the search text). */
  view: ResolvedView;
  /** The view a render behind, which React may interrupt: what can follow (the counts, the timeline). */
  later: ResolvedView;
  known: Known;
}

/** A panel with its props' types erased: the frame draws any of them the same way. */
export interface PanelRow {
  panel: PanelDescriptor<DataFileName, object>;
  values: (inputs: PanelInputs) => object;
  handlers: (update: Update) => object;
}

function row<N extends DataFileName, P extends object, V extends Partial<P>>(
  panel: PanelDescriptor<N, P>,
  values: (inputs: PanelInputs) => V,
  handlers: (update: Update) => Omit<P, keyof V | "data">,
): PanelRow {
  // Checked here, where the descriptor, its values and its handlers meet; erased for the frame.
  return { panel: panel as unknown as PanelRow["panel"], values, handlers };
}

/**
 * The last query string read, and its view: the tally sheets draw a link for every state and
 * every row from the same string, and reading it again for each took 7 ms of a drill-down at 4x CPU.
 */
let lastSearch: string | null = null;
let lastView: ViewState = parseView("").view;
function parsedOnce(search: string): ViewState {
  if (search !== lastSearch) [lastSearch, lastView] = [search, parseView(search).view];
  return lastView;
}

export const PANELS: Record<EmbedView, PanelRow> = {
  map: row(
    recognitionPanel,
    ({ view, known }) => ({
      date: view.date,
      dateRange: known.mapRange,
      selected: view.country,
      stanceFilter: view.stance,
      sourceFilter: view.source,
    }),
    (update) => ({
      onSelect: (country: string[]) => update({ country }),
      onStanceFilter: (stance: ResolvedView["stance"]) => update({ stance }),
      onDate: (asof: string) => update({ asof }),
    }),
  ),
  tallies: row(
    countsPanel,
    // The pair is the panel's own input, read now, not deferred: a swap clicked right after a
    // pick must swap the pair just picked, not the one still drawn (seen under load in CI).
    ({ view, later }) => ({ compare: view.tallies, sourceFilter: later.source, sheetsLink: !view.embed }),
    (update) => ({ onCompare: (compare: [string, string]) => update({ compare }) }),
  ),
  actas: row(
    actasPanel,
    // The area and the centre are the panel's own input, read now: a drill-down then draws in
    // one render, not in the background slices a deferred one takes (twice as long at 4x CPU).
    // The rest of the view, as a string, because the panel draws links (every level, every
    // centre) that carry it; deferred, as a choice elsewhere must not slow that choice down.
    ({ view, later }) => ({
      area: view.area,
      centre: view.centre,
      viewSearch: serializeView({ ...later, area: null, centre: null }),
    }),
    (update) => ({
      // A new area leaves the centre: the centre on screen belongs to the area left.
      onArea: (area: string | null) => update({ area, centre: null }),
      onCentre: (centre: string | null) => update({ centre }),
      linkOf: (search: string, patch: ViewPatch) => viewLink({ ...parsedOnce(search), ...patch }),
    }),
  ),
  timeline: row(
    timelinePanel,
    ({ view, later }) => ({
      // The search text is the timeline's own urgent input: typing must not wait a render.
      filters: {
        country: later.country,
        source: later.source,
        stance: later.stance,
        kind: later.kind,
        q: view.q,
      },
      selected: later.event,
    }),
    (update) => ({
      onFilter: update,
      onSelect: (event: string | null) => update({ event }),
      onSelectCountry: (id: string) => update({ country: [id] }),
    }),
  ),
};

/** The panels a view shows: all of them, or the one it embeds. */
export const panelsOf = (embed: EmbedView | null): EmbedView[] => (embed ? [embed] : [...EMBED_VIEWS]);

/** Starts loading the code of what the first screen shows, before React's first render. */
export function preloadFirstScreen(embed: EmbedView | null): void {
  for (const name of panelsOf(embed)) if (!PANELS[name].panel.belowTheFold) PANELS[name].panel.preload?.();
}
