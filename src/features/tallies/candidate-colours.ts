/**
 * One colour map for every tally chart, the difference chart and the table swatches, so a
 * candidate has the same colour in both panels. Maduro and González reuse the stance tokens
 * of src/index.css (Okabe–Ito, colour-blind safe), so the page speaks one palette; the other
 * candidates stay neutral grey because the dispute is between the two leading counts.
 * Classes, not hex values: Tailwind emits them, and a CSS class beats an SVG fill attribute.
 */
export interface CandidateColour {
  /** Fill of a bar in a chart. */
  bar: string;
  /** Background of the swatch beside the name in a table. */
  swatch: string;
}

export const CANDIDATE_COLOURS = {
  maduro: { bar: "fill-stance-maduro", swatch: "bg-stance-maduro" },
  gonzalez: { bar: "fill-stance-gonzalez", swatch: "bg-stance-gonzalez" },
  others: { bar: "fill-slate-500", swatch: "bg-slate-500" },
} satisfies Record<string, CandidateColour>;

/** Candidates shown one by one even when the rest are grouped. */
export const MAIN_CANDIDATES: readonly string[] = ["maduro", "gonzalez"];

const MINOR: CandidateColour = { bar: "fill-slate-400", swatch: "bg-slate-400" };

export function colourOf(candidate: string): CandidateColour {
  return candidate in CANDIDATE_COLOURS
    ? CANDIDATE_COLOURS[candidate as keyof typeof CANDIDATE_COLOURS]
    : MINOR;
}
