/**
 * The state map as a picture: the drawn map copied with its colours written out, under a title,
 * over a legend (every bin in words) and the source lines, with the boundaries' credit inside
 * the picture, so the attribution travels with the file.
 */
import {
  MUTED,
  savePng,
  saveSvg,
  sourceLines,
  standaloneCopy,
  textEl,
  tokenHex,
  type Picture,
} from "../../components/svg-image";
import { MARGIN_BINS, TIED } from "./margin-scale";

const WIDTH = 840;
const MAP = { x: 20, y: 68, width: 520 };
const ROW = 22;

export interface StateMapWords {
  title: string;
  note: string;
  /** The legend's rows: the bins in MARGIN_BINS order with the tie after the fourth, then no data. */
  bins: string[];
  source: string;
  boundaries: string;
  link: string;
}

export function stateMapPicture(svg: SVGSVGElement, words: StateMapWords): Picture {
  const [, , w = "800", h = "708"] = (svg.getAttribute("viewBox") ?? "").split(" ");
  const mapHeight = Math.round((MAP.width * Number(h)) / Number(w));
  const map = standaloneCopy(svg);
  map.setAttribute("x", String(MAP.x));
  map.setAttribute("y", String(MAP.y));
  map.setAttribute("width", String(MAP.width));
  map.setAttribute("height", String(mapHeight));
  const fills = [
    ...MARGIN_BINS.slice(0, 4).map((b) => `--color-margin-${b.id}`),
    `--color-margin-${TIED.id}`,
    ...MARGIN_BINS.slice(4).map((b) => `--color-margin-${b.id}`),
    "--color-stance-none",
  ].map(tokenHex);
  const legendX = MAP.x + MAP.width + 20;
  const legend = words.bins.map((label, i) => {
    const y = MAP.y + 20 + i * ROW;
    return `<rect x="${legendX}" y="${y - 11}" width="14" height="14" fill="${fills[i] ?? "#ffffff"}" stroke="#94a3b8" stroke-width="0.5"/>\n${textEl(legendX + 22, y, label, { size: 12 })}`;
  });
  const height = MAP.y + Math.max(mapHeight, words.bins.length * ROW + 20) + 76;
  const body = [
    textEl(20, 34, words.title, { size: 17, weight: "bold" }),
    textEl(20, 56, words.note, { size: 12, fill: MUTED }),
    new XMLSerializer().serializeToString(map),
    ...legend,
    textEl(20, height - 48, words.boundaries, { size: 12, fill: MUTED }),
    sourceLines(20, height - 30, words.source, words.link),
  ].join("\n");
  return { width: WIDTH, height, body, title: words.title };
}

export { savePng, saveSvg };
