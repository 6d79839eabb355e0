/**
 * The map as a picture: the drawn map copied with its colours written out, under a title with
 * the date, over the recognition chart, a legend (every colour named, with its count) and the
 * source line.
 */
import { MUTED, standaloneCopy, textEl, tokenHex, type Picture } from "../../components/svg-image";
import { sourceLines } from "../../components/svg-image";
import { NO_POSITION, stanceMeta } from "../../data/stance";
import { STANCE_IDS } from "../../data/vocabulary";
import { CHART_HEIGHT, chartMarkup, type ChartInput } from "./export-chart";
import { SUBJECT_FILL } from "./map-style";

const WIDTH = 840;
const MAP = { x: 20, y: 68, width: 800, height: 400 };
const CHART_Y = MAP.y + MAP.height + 16;
const LEGEND_Y = CHART_Y + CHART_HEIGHT + 28;
const ROW = 20;
/** The five stances, no position, hatched via a bloc, and the subject: always eight rows. */
const LEGEND_ROWS = STANCE_IDS.length + 3;
const HEIGHT = LEGEND_Y + LEGEND_ROWS * ROW + 48;

/** `var(--color-stance-maduro)` → its value on the page, as hex. */
const hexOf = (cssVar: string) => tokenHex(/var\((--[^)]+)\)/.exec(cssVar)?.[1] ?? "");

export interface MapPictureWords {
  title: string;
  /** A line under the title: which stances the filter shows, whether only some sources count. */
  note: string;
  /** Each stance's label with its count, in STANCE_IDS order. */
  stances: string[];
  none: string;
  hatched: string;
  subject: string;
  source: string;
  link: string;
}

export function mapPicture(svg: SVGSVGElement, words: MapPictureWords, chart: ChartInput): Picture {
  const map = standaloneCopy(svg);
  for (const [name, value] of Object.entries(MAP)) map.setAttribute(name, String(value));
  map.setAttribute("viewBox", svg.getAttribute("viewBox") ?? `0 0 ${MAP.width} ${MAP.height}`);

  const swatch = (i: number, fill: string, label: string) => {
    const y = LEGEND_Y + i * ROW;
    return `<rect x="20" y="${y - 11}" width="14" height="14" fill="${fill}" stroke="#94a3b8" stroke-width="0.5"/>\n${textEl(42, y, label, { size: 13 })}`;
  };
  const legend = [
    ...STANCE_IDS.map((id, i) => swatch(i, hexOf(stanceMeta[id].fill), words.stances[i] ?? "")),
    swatch(STANCE_IDS.length, hexOf(NO_POSITION.fill), words.none),
    swatch(STANCE_IDS.length + 1, "url(#legend-hatch)", words.hatched),
    swatch(STANCE_IDS.length + 2, hexOf(SUBJECT_FILL), words.subject),
  ];
  const body = [
    `<defs><pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><rect width="4" height="4" fill="#ffffff"/><rect width="2" height="4" fill="${MUTED}"/></pattern></defs>`,
    textEl(20, 34, words.title, { size: 17, weight: "bold" }),
    textEl(20, 56, words.note, { size: 13, fill: MUTED }),
    new XMLSerializer().serializeToString(map),
    chartMarkup(chart, MAP.x, CHART_Y, MAP.width),
    ...legend,
    sourceLines(20, HEIGHT - 30, words.source, words.link),
  ].join("\n");
  return { width: WIDTH, height: HEIGHT, body, title: words.title };
}
