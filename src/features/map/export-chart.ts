/**
 * The recognition chart in the map's picture: drawn again from the same series and geometry as
 * on the page (not copied from it), so the picture has the page's light colours whatever the
 * reader's theme, and no button or cursor of the live chart.
 */
import { MUTED, INK, textEl, tokenHex } from "../../components/svg-image";
import type { StanceId } from "../../data/schemas";
import { stanceMeta } from "../../data/stance";
import {
  chartGeometry,
  drawnStances,
  recognitionSteps,
  yearTicks,
  type ChartData,
} from "./recognition-series";

export interface ChartInput extends ChartData {
  /** The chart's title, given its full height in countries. */
  title: (max: number) => string;
}

const PLOT = 80;
/** Title above the plot, years under it. */
export const CHART_HEIGHT = 22 + PLOT + 20;

/** The chart's markup with its top-left corner at (x, y), `width` wide. */
export function chartMarkup(input: ChartInput, x: number, y: number, width: number): string {
  const drawn = drawnStances(input.stanceFilter);
  const steps = recognitionSteps(input.stances, input.actors, input.range, input.sourceFilter);
  const { bands, max, xOf } = chartGeometry(steps, drawn, input.range, width, PLOT);
  const top = y + 22;
  const fill = (id: StanceId) => tokenHex(/var\((--[^)]+)\)/.exec(stanceMeta[id].fill)?.[1] ?? "");
  const ticks = yearTicks(input.range, xOf);
  const mark = Math.min(Math.max(xOf(input.date), 1), width - 1);
  return [
    textEl(x, y + 14, input.title(max), { size: 13, weight: "bold" }),
    // A nested <svg> places the plot: its shapes keep the geometry's own coordinates.
    `<svg x="${x}" y="${top}" width="${width}" height="${PLOT}" overflow="visible">`,
    ...bands.map((band) => `<path d="${band.d}" fill="${fill(band.stance)}"/>`),
    ...ticks
      .slice(1)
      .map(
        (tick) =>
          `<line x1="${tick.x}" x2="${tick.x}" y1="0" y2="${PLOT}" stroke="${MUTED}" stroke-dasharray="3 3"/>`,
      ),
    `<line x1="${mark}" x2="${mark}" y1="0" y2="${PLOT}" stroke="${INK}" stroke-width="2"/>`,
    `</svg>`,
    ...ticks.map((tick) => textEl(x + tick.x + 2, top + PLOT + 14, tick.year, { size: 11, fill: MUTED })),
  ].join("\n");
}
