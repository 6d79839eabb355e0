/** Strings of the timeline area, in English (the Spanish is in es/). */
import type { EventKind, Lang, SourceKind } from "../../data/vocabulary";
import { formatters } from "../format";
import { plural } from "../plural";

const n = { en: formatters("en").number };

const entryCountEn = (count: number) =>
  `${n.en(count)} ${plural("en", count, { one: "entry", other: "entries" })}`;

const en = {
  /** The list's accessible name; tests and shared screenshots rely on it. */
  list: "Timeline",
  showMore: (next: number, remaining: number) => `Show ${next} more (${remaining} not shown yet)`,
  /** Completes the shared "Loading …" line. */
  loadingWhat: "the timeline",
  entryCount: entryCountEn,
  status: {
    all: (total: number) => `Showing all ${entryCountEn(total)}.`,
    some: (shown: number, total: number) => `Showing ${entryCountEn(shown)} of ${n.en(total)}.`,
    hiddenSelection: (title: string) => `The selected entry, “${title}”, is hidden by the filters.`,
  },
  kinds: {
    "election-results": "Election and results",
    recognition: "Recognition",
    diplomatic: "Diplomatic",
    legal: "Legal",
    report: "Report or investigation",
    "protest-repression": "Protest or repression",
  } satisfies Record<EventKind, string>,
  origins: { event: "Event", stance: "Stance statement", tally: "Count published" },
  /** Singular, for a citation ("MercoPress (news outlet)"); plural for the source picker's groups. */
  sourceKinds: {
    "electoral-authority": { one: "electoral authority", group: "Electoral authorities" },
    campaign: { one: "campaign", group: "Campaigns" },
    government: { one: "government", group: "Governments" },
    court: { one: "court", group: "Courts" },
    legislature: { one: "legislature", group: "Legislatures" },
    intergovernmental: { one: "intergovernmental body", group: "Intergovernmental bodies" },
    observer: { one: "observer", group: "Observers" },
    news: { one: "news outlet", group: "News outlets" },
    aggregator: { one: "republisher or aggregator", group: "Republishers and aggregators" },
    "state-partisan": { one: "state or partisan outlet", group: "State or partisan outlets" },
    academic: { one: "academic", group: "Academics" },
    forum: { one: "forum", group: "Forums" },
  } satisfies Record<SourceKind, { one: string; group: string }>,
  actorTypes: {
    country: "Countries",
    bloc: "Blocs",
    organization: "Organisations",
    observer: "Observers",
    legislature: "Legislatures",
  },
  /** A stance statement's title: "Peru: Recognizes González". */
  stanceTitle: (actor: string, stance: string) => `${actor}: ${stance}`,
  filters: {
    region: "Timeline filters",
    country: {
      label: "Country or organisation",
      placeholder: "Type a name",
      showAll: "All country or organisation options",
      chosen: "Chosen countries and organisations",
    },
    source: {
      label: "Source",
      placeholder: "Type a publisher or body",
      showAll: "All source options",
      chosen: "Chosen sources",
    },
    search: { label: "Search titles, summaries and quotes", placeholder: "e.g. tally sheets, González" },
    stance: "Stance (keeps stance statements only)",
    kind: "Kind",
    remove: (name: string) => `Remove ${name}`,
  },
  picker: { loading: "Loading…", nothingMatches: "Nothing matches." },
  /** The filters in use, as the empty state names them. */
  active: {
    country: (name: string) => `country: ${name}`,
    source: (name: string) => `source: ${name}`,
    stance: (label: string) => `stance: ${label}`,
    kind: (label: string) => `kind: ${label}`,
    search: (q: string) => `search: “${q}”`,
  },
  empty: {
    title: "No entry matches all of these filters:",
    inUse: "Filters in use",
    remove: (label: string) => `Remove the filter ${label}`,
    clearAll: "Clear the timeline filters",
  },
  entry: {
    dateNotGiven: "Date not given",
    dateNotGivenBecause: (note: string) => `Date not given (${note})`,
    selected: "Selected",
    note: (note: string) => `Note: ${note}`,
    claimedBy: (name: string, kind: string) => `Claimed by ${name} (${kind})`,
    involved: "Involved",
    involvedIntro: "Involved (choose one to filter by it):",
    sources: "Sources",
    sourceCount: (count: number) =>
      `${n.en(count)} ${plural("en", count, { one: "source", other: "sources" })}`,
    /** The button that opens an entry's summary, quotes and citations; the title follows, unseen. */
    details: "Details",
    hideDetails: "Hide details",
  },
  /** The time axis above the list: one bar a month, each a button that jumps to its month. */
  axis: {
    label: "Jump to a month",
    entries: "entries shown (with the filters)",
    stances: "stance statements among them",
    month: (month: string, entries: number, stances: number) =>
      `${month}: ${entryCountEn(entries)}${
        stances > 0
          ? `, ${n.en(stances)} of them ${plural("en", stances, { one: "a stance statement", other: "stance statements" })}`
          : ""
      }`,
  },
  /** The button that opens or closes every entry at once. */
  openAll: "Open all entries",
  closeAll: "Close all entries",
  citation: {
    /** Before this site's translation of a quote into the page's language. */
    translation: "This site's translation:",
    /** Before a translation into another language, where none into the page's was written. */
    translationInto: {
      en: "This site's English translation:",
      es: "This site's Spanish translation:",
    } satisfies Record<Lang, string>,
    /** Read after the link's title by screen readers. */
    linkNote: (publisher: string) => `${publisher}, opens in a new tab`,
    titleFromUrl: "(title taken from the link)",
    undated: (note: string) => `(undated: ${note})`,
  },
  series: {
    heading: "Figures over time",
    intro:
      "Figures that sources gave again and again, each with its date, who counted and its source. They are different counts of different things: never added up, averaged or merged here.",
    count: (k: number) => `${n.en(k)} ${plural("en", k, { one: "figure", other: "figures" })}`,
    countedBy: (who: string) => `Counted by ${who}`,
    bound: {
      exact: (value: string) => value,
      "at-least": (value: string) => `at least ${value}`,
      "more-than": (value: string) => `more than ${value}`,
      about: (value: string) => `about ${value}`,
    },
    quote: "Quote and page",
  },
  disagreement: {
    heading: (topic: string) => `Sources disagree: ${topic}`,
    claims: "Claims",
    claimSources: "Sources for this claim",
    assessment: "Assessment:",
  },
};

export type TimelineMessages = typeof en;

export const timeline = en;
