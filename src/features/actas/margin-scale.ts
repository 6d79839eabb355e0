/**
 * The one colour scale of the tally-sheet map and legend: González's margin over Maduro in
 * percentage points, in bins centred on zero. ColorBrewer's RdBu, which is safe for readers
 * with the common colour-vision deficiencies; blue where González leads, red where Maduro
 * does, as in the stance colours. Every bin also has words (the legend and each shape's name),
 * so colour is never the only signal. Classes, not hex values: Tailwind emits them.
 */
export const MARGIN_BINS = [
  { id: "m45", from: -Infinity, to: -45, fill: "fill-margin-m45", swatch: "bg-margin-m45" },
  { id: "m30", from: -45, to: -30, fill: "fill-margin-m30", swatch: "bg-margin-m30" },
  { id: "m15", from: -30, to: -15, fill: "fill-margin-m15", swatch: "bg-margin-m15" },
  { id: "m0", from: -15, to: 0, fill: "fill-margin-m0", swatch: "bg-margin-m0" },
  { id: "g0", from: 0, to: 15, fill: "fill-margin-g0", swatch: "bg-margin-g0" },
  { id: "g15", from: 15, to: 30, fill: "fill-margin-g15", swatch: "bg-margin-g15" },
  { id: "g30", from: 30, to: 45, fill: "fill-margin-g30", swatch: "bg-margin-g30" },
  { id: "g45", from: 45, to: Infinity, fill: "fill-margin-g45", swatch: "bg-margin-g45" },
] as const;

export type MarginBin = (typeof MARGIN_BINS)[number];

/** Where the two are level: neither colour. */
export const TIED = { id: "tie", fill: "fill-margin-tie", swatch: "bg-margin-tie" } as const;
/** No sheets (the Dependencias Federales): hatched grey, named as such. */
export const NO_DATA = { fill: "fill-stance-none", swatch: "bg-stance-none" } as const;

/**
 * The bin of a margin. Bins hold their upper edge on Maduro's side and their lower edge on
 * González's (a margin of exactly 15 points for González is in 15–30), so a bin's words
 * ("by 15 to 30 points") read the same on both sides; zero is its own bin.
 */
export function binOf(margin: number): MarginBin | typeof TIED {
  if (margin === 0) return TIED;
  const bin = MARGIN_BINS.find((b) =>
    margin < 0 ? margin > b.from && margin <= b.to : margin >= b.from && margin < b.to,
  );
  return bin ?? TIED;
}

/** The bins in the legend's order, Maduro's side first, the tie in the middle. */
export const LEGEND_BINS = [...MARGIN_BINS.slice(0, 4), TIED, ...MARGIN_BINS.slice(4)] as const;

/**
 * A bin's range in points, as the legend writes it under its swatch ("45+", "30–45", "<15",
 * "0"): the same in both languages, read from the bin's edges so the two never disagree.
 */
export function rangeLabel(bin: MarginBin | typeof TIED): string {
  if (!("from" in bin)) return "0";
  const [low, high] = [Math.abs(bin.from), Math.abs(bin.to)].sort((a, b) => a - b) as [number, number];
  if (high === Infinity) return `${low}+`;
  if (low === 0) return `<${high}`;
  return `${low}–${high}`;
}
