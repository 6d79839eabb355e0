/**
 * The tally comparison as a picture, composed from the data rather than copied from the
 * charts: both tallies on one scale, each bar named and labelled with its votes and printed
 * share, a legend of the candidate colours, and the source line.
 */
import { MUTED, sourceLines, textEl, type Picture } from "../../components/svg-image";

export interface PictureBar {
  key: string;
  name: string;
  votes: number;
  /** "6,408,844 · 51.20%", formatted by the caller in the reader's language. */
  text: string;
  /** Hex colour. */
  colour: string;
}

export interface PictureBlock {
  heading: string;
  sub: string;
  bars: readonly PictureBar[];
}

const WIDTH = 840;
const BAR_X = 220;
const BAR_MAX = 420;
const ROW = 26;

export interface LegendItem {
  label: string;
  colour: string;
}

const LEGEND_COLUMNS = 3;
const legendRows = (n: number) => Math.ceil(n / LEGEND_COLUMNS);

/** Height of the picture, so callers and tests can know the size up front. */
export function talliesHeight(blocks: readonly PictureBlock[], legend: readonly LegendItem[]): number {
  return (
    64 +
    blocks.reduce((sum, b) => sum + 34 + b.bars.length * ROW + 16, 0) +
    legendRows(legend.length) * 20 +
    56
  );
}

export function talliesPicture(words: {
  title: string;
  blocks: readonly PictureBlock[];
  /** One entry per colour; each bar also carries its name, so colour is never the only signal. */
  legend: readonly LegendItem[];
  /** The shared scale's maximum: equal bars mean equal votes in both blocks. */
  max: number;
  source: string;
  link: string;
}): Picture {
  const parts = [textEl(20, 34, words.title, { size: 17, weight: "bold" })];
  let y = 64;
  for (const block of words.blocks) {
    parts.push(textEl(20, y, block.heading, { size: 14, weight: "bold" }));
    parts.push(textEl(20, y + 18, block.sub, { size: 12, fill: MUTED }));
    y += 34;
    for (const bar of block.bars) {
      const width = words.max > 0 ? Math.max(0, (bar.votes / words.max) * BAR_MAX) : 0;
      parts.push(textEl(20, y + 17, bar.name, { size: 13 }));
      parts.push(
        `<rect x="${BAR_X}" y="${y + 4}" width="${width.toFixed(1)}" height="18" fill="${bar.colour}"/>`,
      );
      parts.push(textEl(BAR_X + width + 8, y + 17, bar.text, { size: 12 }));
      y += ROW;
    }
    y += 16;
  }
  words.legend.forEach((item, i) => {
    const x = 20 + (i % LEGEND_COLUMNS) * 270;
    const top = y + Math.floor(i / LEGEND_COLUMNS) * 20;
    parts.push(`<rect x="${x}" y="${top}" width="14" height="14" fill="${item.colour}"/>`);
    parts.push(textEl(x + 20, top + 12, item.label, { size: 12 }));
  });
  const height = talliesHeight(words.blocks, words.legend);
  parts.push(sourceLines(20, height - 30, words.source, words.link));
  return { width: WIDTH, height, body: parts.join("\n"), title: words.title };
}
