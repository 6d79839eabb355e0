/**
 * Strings of the tallies area (src/features/tallies), in English (the Spanish is in es/). Not
 * in the catalogs: ../catalog-tallies.ts holds both languages, in the counts panel's chunk.
 * Figures arrive already formatted by the caller (Intl, in the reader's language); each
 * language builds its own sentences, so word order and agreement stay its own.
 */
import type { Tally } from "../../data/schemas";
import { plural } from "../plural";

type Method = Tally["publication"]["method"];
type Kind = Tally["kind"];
type AssessmentStance = NonNullable<Tally["assessments"]>[number]["stance"];

/** One candidate's gap between the two tallies, with its figures formatted. */
export interface GapWords {
  right: string;
  left: string;
  name: string;
  /** The size of the gap in votes, formatted ("1,977,376"), and as a number for plural rules. */
  votes: string;
  count: number;
  change: "more" | "fewer" | "same";
  /** Either figure is a rounded one. */
  approximate: boolean;
  /** The gap in the printed shares, when both tallies printed one. */
  share: {
    change: "higher" | "lower" | "same";
    points: string;
    /** The plural category of the points as printed ("1.0" is "other" in English, "1" is "one"). */
    pointsPlural: Intl.LDMLPluralRule;
    right: string;
    left: string;
  } | null;
}

export interface CoverageWords {
  relation: "more" | "fewer" | "same" | "different-measure";
  right: string;
  left: string;
  /** What the right tally rests on, in words ("tally sheets"); same as the left unless the measures differ. */
  unit: string;
  rightCoverage: string;
  leftCoverage: string;
}

/** A stated total set against the candidates' sum, formatted. */
export interface SumAgainst {
  label: string;
  votes: string;
  /** The size of the difference, formatted, and its direction. */
  difference: string;
  change: "exact" | "fewer" | "more";
}

export interface HighlightWords {
  /** The selected source that made the count, if it is selected. */
  made: string | null;
  /** The selected sources cited for it, as one formatted list, and how many. */
  cited: string;
  citedCount: number;
}

const en = {
  notInData: "These two tallies are not in the data.",
  noneFromSources: "Neither count comes from the selected sources.",
  notShown: {
    summary: (n: number) => `Figures printed elsewhere that are not shown here (${n})`,
    intro:
      "The fact sheet lists these as printed differently by other pages, but no copy of those pages with the figure was found to quote, so they are not shown as claims.",
  },
  listEvery: "List every candidate",
  /** The group row's name where the data has no group of its own. */
  otherCandidates: "Other candidates",
  /** `of` is the data's unit in the reader's language, a plural noun ("tally sheets"). */
  coverage: (share: string, of: string, detail?: string) =>
    `${share} of ${of}${detail ? ` (${detail})` : ""}`,
  picker: {
    left: "Left tally",
    right: "Right tally",
    swap: "Swap sides",
    option: (label: string, date: string) => `${label} (${date})`,
    kinds: {
      official: "The electoral council (CNE)",
      opposition: "The opposition's count from the tally sheets",
      independent: "Independent checks",
    } satisfies Record<Kind, string>,
  },
  card: {
    heading: (label: string, when: string) => `${label}, ${when}`,
    dateNotStated: "date not stated",
    /** The coverage is passed as an element, set in bold; the sentence is around it. */
    countedBy: <T>(who: string, coverage: T): (string | T)[] => [
      `Counted by ${who}; rests on `,
      coverage,
      ".",
    ],
    chartTitle: (label: string) => `Votes per candidate, ${label}`,
    tableCaption: (label: string) => `Votes and shares, ${label}`,
    sources: "Sources for these figures",
  },
  table: {
    candidate: "Candidate",
    votes: "Votes",
    share: "Share",
    computed: "computed",
    notGiven: "not given",
    about: (votes: string) => `about ${votes}`,
    grouped: (n: number) => `${n} candidates, votes added up`,
  },
  facts: {
    heading: "How it was published",
    /** The section's heading, with the method in it: "How it was published: Read aloud". */
    headingWithMethod: (method: string) => `How it was published: ${method}`,
    sheets: {
      stage: "The 24,532 tally sheets of this count, by state, municipality and parish",
      check: "The 24,532 tally sheets the opposition published, whose images the AP decoded",
    },
    date: "Date",
    sources: "Sources for how it was published",
    methods: {
      "read-aloud": "Read aloud",
      "tally-sheet-images": "Tally-sheet images published online",
      "press-report": "Known from press reports",
      "independent-analysis": "Independent analysis",
    } satisfies Record<Method, string>,
  },
  checks: {
    heading: "Check the arithmetic",
    totals: { valid: "valid votes", cast: "votes cast" },
    sumRounded: (total: string) =>
      `The candidate figures are rounded, so they add up only to about ${total}.`,
    sumUnchecked: (total: string) =>
      `The candidate votes add up to ${total}; no source states a total to check them against.`,
    sumChecked: (total: string, against: readonly SumAgainst[]) => {
      const parts = against.map((a) =>
        a.change === "exact"
          ? `exactly the ${a.votes} ${a.label} stated`
          : `${a.difference} ${a.change} than the ${a.votes} ${a.label} stated`,
      );
      return `The candidate votes add up to ${total}: ${parts.join("; ")}.`;
    },
    castAddsUp: (valid: string, nul: string, cast: string, agrees: boolean) =>
      `Valid votes (${valid}) plus null votes (${nul}) ${agrees ? "make exactly" : "do not make"} the ${cast} votes cast.`,
    sharesAgree: (n: number, base: string, label: string) =>
      plural("en", n, {
        one: `The printed share agrees with the votes divided by the ${base} ${label}.`,
        other: `All ${n} printed shares agree with the votes divided by the ${base} ${label}.`,
      }),
    sharesDisagree: (d: number, n: number, base: string, label: string) =>
      `${d} of ${n} printed shares ${plural("en", d, { one: "does", other: "do" })} not agree with the votes divided by the ${base} ${label}.`,
    shareRow: (
      name: string,
      votes: string,
      base: string,
      recomputed: string,
      printed: string,
      agrees: boolean,
    ) =>
      `${name}: ${votes} ÷ ${base} = ${recomputed}; printed ${printed}, ${agrees ? "which agrees" : "which does not agree"}.`,
    noBase:
      "No source states the vote total the shares are taken of, so they cannot be recomputed from the votes.",
  },
  exact: {
    notExact: (base: string, gap: string) =>
      `The counts are not exact multiples of their printed shares of ${base}: they differ from share × ${base} by up to ${gap} votes.`,
    exact: (shares: string, base: string) =>
      `Every count is exactly its printed share (${shares}) of ${base}, to the vote.`,
    showSums: "Show the sum for each candidate",
    row: (name: string, share: string, base: string, implied: string, votes: string) =>
      `${name}: ${share} of ${base} is ${implied}, which rounds to the ${votes} votes given.`,
    analysts: (heading: string) =>
      `What analysts made of this, and the counter-argument, is under “${heading}”.`,
  },
  assessments: {
    heading: "What others said",
    /** The closed section's heading, with how many assessments it holds. */
    headingCount: (count: string) => `What others said (${count})`,
    /** Beside the closed heading: "Questions the count: 1". */
    stanceCount: (stance: string, count: string) => `${stance}: ${count}`,
    sources: "Sources",
    stances: {
      supports: "Supports the count",
      questions: "Questions the count",
      context: "Context or counter-argument",
    } satisfies Record<AssessmentStance, string>,
  },
  disagreement: {
    marker: "sources differ",
    /** Starts with the marker's visible words, so the accessible name contains the label. */
    markerName: (topic: string) => `sources differ: ${topic}`,
    heading: (topic: string) => `Sources differ: ${topic}`,
    assessment: (text: string) => `Assessment: ${text}`,
    close: "Close",
  },
  highlight: ({ made, cited, citedCount }: HighlightWords) => {
    const parts = [
      made ? `${made} made this count` : null,
      citedCount > 0
        ? `${cited} ${plural("en", citedCount, { one: "is", other: "are" })} cited for it`
        : null,
    ].filter(Boolean);
    return `Highlighted for your selected sources: ${parts.join("; ")}.`;
  },
  difference: {
    heading: "The difference between the two counts",
    explain:
      "Right tally minus left tally (on a narrow screen, the lower one minus the upper one), candidate by candidate.",
    onlyOne: (label: string, names: string) => `Only ${label} lists ${names}; not compared.`,
    partial:
      "The figures are compared as published: a count of part of the tally sheets or polling stations is never scaled up here to all of them.",
    chartTitle:
      "Votes more (right of zero) or fewer (left of zero) in the right tally than in the left, per candidate",
    gap: (g: GapWords) => {
      const about = g.approximate ? "about " : "";
      const count =
        g.change === "same"
          ? `${about}the same number of votes as`
          : `${about}${g.votes} ${g.change} ${plural("en", g.count, { one: "vote", other: "votes" })} than`;
      const s = g.share;
      const share = !s
        ? ""
        : s.change === "same"
          ? `, the same share (${s.right} against ${s.left})`
          : `, a share ${s.points} percentage ${s.pointsPlural === "one" ? "point" : "points"} ${s.change} (${s.right} against ${s.left})`;
      return `${g.right} gives ${g.name} ${count} ${g.left}${share}.`;
    },
    coverage: (c: CoverageWords) => {
      if (c.relation === "different-measure")
        return `${c.right} and ${c.left} measure what they rest on differently: ${c.rightCoverage} against ${c.leftCoverage}.`;
      const amount = c.relation === "same" ? "as many" : c.relation;
      const than = c.relation === "same" ? "as" : "than";
      return `${c.right} rests on ${amount} ${c.unit} ${than} ${c.left}: ${c.rightCoverage} against ${c.leftCoverage}.`;
    },
  },
  chart: { votes: "Votes" },
};

export type TalliesMessages = typeof en;

export const tallies = en;
