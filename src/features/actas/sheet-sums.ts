/**
 * What the campaign file's sheets add up to, set against the figures published for the same
 * set of sheets: the 81.7% stage (fact sheet C3; data/actas/README.md). The sums are this
 * page's arithmetic; each published figure keeps its own source, and where sources printed
 * different values (González at that stage) every value is shown and checked on its own.
 */
import type { CampaignTotals } from "../../data/actas-schemas";
import type { Citation, Disagreement, Tally } from "../../data/schemas";

/** The tally the campaign file equals: the website stage with its 24,532 sheets. */
export const SHEETS_STAGE = "opposition-81-7";

/**
 * The independent checks of the opposition's published sheets: the AP's and the Washington
 * Post's. They tabulated most of them, not exactly this set (each tally's coverage says how
 * many), so the panel names them instead of comparing.
 */
export const SHEET_CHECKS = ["ap-review", "washington-post-check"] as const;

export type SumWhat = "sheets" | "gonzalez" | "maduro" | "others" | "cast" | "valid" | "null";

export interface Published {
  value: number;
  /** Who printed it, where sources differ; null when it is the tally's own figure. */
  publisher: string | null;
}

export interface SumRow {
  what: SumWhat;
  /** The sheets' own sum. */
  sum: number;
  /** The published values checked against it (none: not published at this stage). */
  published: Published[];
  /** Values printed for another stage, shown but not compared ("7,173,152 (at 81.25%…)"). */
  elsewhere: { text: Disagreement["claims"][number]["value"]; publisher: string | null }[];
}

/** A figure written as digits with thousands separators, such as "7,151,462"; anything else is not one figure. */
function wholeFigure(text: string): number | null {
  return /^\d{1,3}(?:[,.]\d{3})*$/.test(text.trim()) ? Number(text.replace(/[,.\s]/g, "")) : null;
}

const firstPublisher = (citations: readonly Citation[]) => citations[0]?.publisher ?? null;

/** González's values: from the disagreement on this tally's field when there is one, else the tally's own. */
function claimed(tally: Tally, candidate: string, disagreements: readonly Disagreement[]) {
  const field = `results.${candidate}.votes`;
  const disputed = disagreements.find(
    (d) => d.subject.type === "tally" && d.subject.tally === tally.id && d.subject.field === field,
  );
  const own = tally.results.find((r) => r.candidate === candidate)?.votes;
  if (!disputed)
    return { published: own === undefined ? [] : [{ value: own, publisher: null }], elsewhere: [] };
  const published: Published[] = [];
  const elsewhere: SumRow["elsewhere"] = [];
  for (const claim of disputed.claims) {
    const value = wholeFigure(claim.value.en);
    const publisher = firstPublisher(claim.citations);
    if (value === null) elsewhere.push({ text: claim.value, publisher });
    else published.push({ value, publisher });
  }
  return { published, elsewhere };
}

/** The sheet count the stage gives, written in its coverage ("24,532 tally sheets"). */
function stageSheets(tally: Tally): number | null {
  const match = /^([\d,]+)\s/.exec(tally.coverage.detail?.en ?? "");
  return match?.[1] ? wholeFigure(match[1]) : null;
}

const only = (value: number | null | undefined): Published[] =>
  value === null || value === undefined ? [] : [{ value, publisher: null }];

export function sheetSums(
  sums: CampaignTotals,
  stage: Tally,
  disagreements: readonly Disagreement[],
): SumRow[] {
  const row = (what: SumWhat, sum: number, from: Pick<SumRow, "published" | "elsewhere">): SumRow => ({
    what,
    sum,
    ...from,
  });
  const plain = (value: number | null | undefined) => ({ published: only(value), elsewhere: [] });
  return [
    row("sheets", sums.sheets, plain(stageSheets(stage))),
    row("gonzalez", sums.egu, claimed(stage, "gonzalez", disagreements)),
    row("maduro", sums.nm, claimed(stage, "maduro", disagreements)),
    row("others", sums.otros, claimed(stage, "others", disagreements)),
    row("cast", sums.validos + sums.nulos, plain(stage.totals?.cast)),
    row("valid", sums.validos, plain(stage.totals?.valid)),
    row("null", sums.nulos, plain(stage.totals?.null)),
  ];
}
