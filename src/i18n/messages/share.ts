/** Strings of sharing, citing, the active-filter summary and embeds, in English (the Spanish is in es/). */
const en = {
  documentTitle: (focus: string) => `${focus} — recognition of the 2024 Venezuelan election`,
  active: {
    label: "Active filters",
    remove: (what: string) => `Remove ${what}`,
    clearAll: "Clear all",
    asOf: (date: string) => `as of ${date}`,
    search: (q: string) => `“${q}”`,
    selected: (title: string) => `selected: ${title}`,
  },
  share: {
    button: "Share",
    title: "Share this view",
    loadingWhat: "the sharing options",
    intro:
      "This link opens exactly what you see now: filters, date, selection, compared counts and language.",
    link: "Link to this view",
    copy: "Copy link",
    copied: "Link copied.",
    copyFailed: "Could not copy automatically; select the link and copy it.",
    native: "Share with an app…",
    embed: "Embed one view in your page",
    embedView: { map: "Map", tallies: "Counts", actas: "Tally sheets", timeline: "Timeline" },
    embedCode: (view: string) => `HTML code for the ${view}`,
    copyCode: "Copy code",
    close: "Close",
  },
  embed: {
    source:
      "Source: Venezuela 2024, the disputed election, source by source. Every fact links to its own source.",
    full: "Open the full dashboard",
  },
  downloads: {
    group: (what: string) => `Download ${what}`,
    what: { map: "the map", tallies: "the counts", timeline: "the timeline" },
    csv: "Download CSV",
    png: "Download PNG",
    svg: "Download SVG",
    failed: "The download could not be made. Please try again.",
    heading: "The data",
    intro: "All six data files (sources, actors, stances, tallies, events, disagreements) in one JSON file.",
    dataset: "Download the whole dataset (JSON)",
    yes: "yes",
    precision: { on: "on", by: "by", about: "about" },
    columns: {
      code: "Code",
      country: "Country",
      stance: "Stance",
      since: "Since",
      via: "Via bloc",
      tally: "Tally",
      tallyDate: "Tally date",
      candidate: "Candidate",
      votes: "Votes",
      approximate: "Approximate",
      share: "Share as printed (%)",
      computedShare: "Share computed here (%)",
      coverage: "Coverage",
      date: "Date",
      datePrecision: "Date precision",
      title: "Title",
      kind: "Kind",
      summary: "Summary",
      publishers: "Citation publishers",
      titles: "Citation titles",
      urls: "Citation URLs",
      dates: "Citation dates",
    },
    image: {
      mapTitle: (date: string) => `Recognition of the 2024 Venezuelan election result, as of ${date}`,
      talliesTitle: "The counts of the vote of 28 July 2024, side by side",
      stancesShown: (labels: string) => `Showing only: ${labels}.`,
      source:
        "Source: Venezuela 2024: the disputed election, source by source. Every fact there links to its own source.",
    },
  },
  cite: {
    label: "Cite this view",
    text: (dataDate: string, url: string) =>
      `Venezuela 2024: the disputed election, source by source. Data up to ${dataDate}. ${url}`,
  },
};

export type ShareMessages = typeof en;

export const share = en;
