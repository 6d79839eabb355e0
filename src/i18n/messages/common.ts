/** Strings shared by every view: the shell, panel states, citations, stances, notices. */
import type { StanceId } from "../../data/vocabulary";
import { plural } from "../plural";

const en = {
  title: "Venezuela 2024: the disputed election, source by source",
  intro:
    "Who recognised whom and when, what each count of the votes of 28 July 2024 says, and what happened, according to whom. Every figure and statement links to its source.",
  /** The shell's second line (index.html), held to the data's own first and last dates by a test. */
  dataSpan: (first: string, last: string) =>
    `The record runs from ${first} to ${last}; unless a link asks for another date, the map shows that last day.`,
  language: "Language",
  languageUnavailable:
    "The Spanish text could not be loaded (check your connection), so the page is shown in English. Choose Español to try again, or reload the page.",
  drawer: {
    filters: (active: number) => (active > 0 ? `Filters (${active} active)` : "Filters"),
  },
  /** The bar of links to the panels, below the key figures. */
  nav: { label: "Sections of the page" },
  panels: {
    /** The key figures' section at the top; its other strings load with it (catalog-overview.ts). */
    keyFigures: "Key figures",
    recognition: "Recognition",
    recognitionAsOf: (date: string) => `Who recognised whom, as of ${date}.`,
    counts: "The counts",
    countsDescription: "The electoral council's figures against the tally-sheet count.",
    actas: "The tally sheets",
    actasDescription:
      "The 24,532 tally sheets the opposition published, by state, municipality and parish, and 21,952 of them by voting centre.",
    actasLoading: "the tally sheets",
    timeline: "What happened",
    timelineDescription: "Events in order, each with its sources.",
    /** Shown before the counts chunk, which holds the rest of the counts' strings, arrives. */
    countsLoading: "the vote counts",
  },
  loading: (what: string) => `Loading ${what}…`,
  loadingSlow:
    "This is taking longer than usual; the server or the connection is slow. The rest of the page works meanwhile.",
  /** After the n-th try of a file failed on the server or the network (data/retry-policy.ts). */
  tryingAgain: (attempt: number, of: number) =>
    `The server did not answer; trying again (${attempt} of ${of}).`,
  otherPanelsWork: "The other panels keep working.",
  loadErrors: {
    missing: (file: string) => `The data file ${file} was not found on the server.`,
    server: (file: string, status?: number) => `The server failed to send ${file} (error ${status}).`,
    network: (file: string) => `Could not reach the server to load ${file}. Check your connection.`,
    "not-json": (file: string) => `The data file ${file} is damaged: it is not complete, valid JSON.`,
    invalid: (file: string) => `The data file ${file} does not match the expected format.`,
  },
  retry: "Retry",
  /** Retry's button while the file is tried again. */
  retrying: "Retrying…",
  loadFailed: "Something went wrong while loading the data.",
  renderFailed: (area: string) => `The ${area} could not be shown because of an error in the page.`,
  tryAgain: "Try again",
  /** A cited page whose copy showed no headline, and whose link has no words to rebuild one from. */
  titleNotShown: "(title not shown on the page)",
  dateNotGiven: "date not given",
  datePrecision: { on: "", by: "by ", about: "about " },
  urlNotice: {
    title: "Part of the link you opened could not be used, so it was ignored:",
    dismiss: "Dismiss",
    reasons: {
      "unknown-param": () => "is not a setting this page knows",
      repeated: () => "was given more than once; the first value is used",
      invalid: () => "is not a valid value",
      "compare-two": () => "must name two different tallies",
      "not-in-data": () => "is not in the data",
      "outside-dates": (detail?: string) => `is outside the dates in the data (${detail})`,
      "unknown-tally": (detail?: string) => `names a tally that is not in the data (${detail})`,
    },
  },
  dataWarnings: {
    intro: "Part of the data behind this panel could not be used.",
    skipped: (n: number) =>
      ` ${n} invalid ${plural("en", n, { one: "record was", other: "records were" })} left out.`,
    broken: (n: number) =>
      ` ${n} ${plural("en", n, { one: "reference points", other: "references point" })} to something missing from the data; shown by its id.`,
    rest: "Everything else is shown as usual.",
    details: "Details for the data's maintainers",
    more: (n: number) => `…and ${n} more`,
  },
  stances: {
    "recognizes-maduro": {
      label: "Recognizes Maduro",
      verb: (n: number) => plural("en", n, { one: "recognizes Maduro", other: "recognize Maduro" }),
      rule: "Congratulated Maduro or accepted the CNE's declaration that he won.",
    },
    "recognizes-gonzalez": {
      label: "Recognizes González",
      verb: (n: number) => plural("en", n, { one: "recognizes González", other: "recognize González" }),
      rule: "Said that Edmundo González won the election or called him president-elect.",
    },
    "rejects-result": {
      label: "Rejects the CNE result",
      verb: (n: number) => plural("en", n, { one: "rejects the CNE result", other: "reject the CNE result" }),
      rule: "Refused to recognize the CNE's result without recognizing González as the winner.",
    },
    "demands-records": {
      label: "Asks for the tally sheets",
      verb: (n: number) =>
        plural("en", n, { one: "asks for the tally sheets", other: "ask for the tally sheets" }),
      rule: "Asked for the tally sheets or a verification before accepting any result.",
    },
    "recognizes-interim-government": {
      label: "Recognizes the interim government",
      verb: (n: number) =>
        plural("en", n, {
          one: "recognizes the interim government",
          other: "recognize the interim government",
        }),
      rule: "After Maduro's capture on 3 January 2026, recognized the interim government headed by Delcy Rodríguez, neither Maduro nor González.",
    },
    none: { label: "No recorded position", rule: "No statement by this country is in the data." },
  } satisfies Record<StanceId | "none", { label: string; rule: string; verb?: (n: number) => string }>,
  /** A record whose every citation is weak (src/data/sourcing.ts): said the same way in every panel. */
  sourcing: {
    republishers: "Reported only by aggregators or republishers: weigh it accordingly.",
    partisan: "Reported only by state or partisan outlets: weigh it accordingly.",
    "republishers-and-partisan":
      "Reported only by aggregators, republishers and state or partisan outlets: weigh it accordingly.",
  },
};

export type CommonMessages = typeof en;

export const common = en;
