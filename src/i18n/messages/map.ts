/** Strings of the recognition map, in English (the Spanish is in es/). */
import { plural } from "../plural";

const PREDATES = "last statement before Maduro's capture on 3 January 2026";

const en = {
  predates: PREDATES,
  predatesShort: "statement from before 3 Jan 2026",
  loadingData: "the recognition data",
  loadingMap: "Loading the map…",
  worldMap: "World map of recognition stances",
  subject: "Venezuela: the country whose election is disputed",
  hiddenByFilter: "hidden by the stance filter",
  accessibleName: (name: string, label: string, bloc?: string) =>
    bloc ? `${name}: ${label} (via the ${bloc})` : `${name}: ${label}`,
  tip: (label: string, since: string, predates: boolean) =>
    `${label}, since ${since}${predates ? ` (${PREDATES})` : ""}`,
  count: (total: number, via: number, bloc: string) =>
    `${total} ${plural("en", total, { one: "country", other: "countries" })}` +
    (via > 0 ? ` (${via} via the ${bloc})` : ""),
  summary: (date: string, parts: string[]) => `On ${date}: ${parts.join(", ")}.`,
  summaryEmpty: (date: string) => `On ${date}: no country has a recorded position.`,
  sourcesOnly: " Only statements from the selected sources are counted.",
  summaryPredates: (n: number) =>
    ` For ${n} ${plural("en", n, { one: "country", other: "countries" })}, the stance shown is the last statement before Maduro's capture on 3 January 2026.`,
  legend: {
    title: "Legend",
    hint: "Press a stance to show only the countries that hold it.",
    hatched: (bloc: string) => `Hatched: via the ${bloc} (a member without a stance of its own)`,
    codebook: {
      title: "How statements are coded",
    },
  },
  bodies: { title: "Blocs, organisations and observers", since: (date: string) => ` since ${date}` },
  date: {
    label: "Stances as of",
    help: "Marks show the dates when a stance changed; arrow keys move between them.",
    previous: "Previous change",
    next: "Next change",
  },
  details: {
    close: "Close",
    closeLabel: (name: string) => `Close the details of ${name}`,
    on: (date: string) => `On ${date}: `,
    since: (date: string) => `, since ${date}`,
    via: (bloc: string) => ` (via the ${bloc}: it has no recorded position of its own)`,
    history: (name: string) => `Stance history of ${name}`,
    after: " (after the selected date)",
    note: (note: string) => `Note: ${note}`,
    sources: "Sources",
    none: (name: string) => `The data holds no statement by ${name}.`,
  },
  /** The recognition chart: counts this page made from the statements, not a source's figures. */
  chart: {
    title: "Countries by stance",
    /** The chart's full height is `max` countries; in the picture, whose caption says whose count it is. */
    fullHeight: (max: number) => `(full height: ${max})`,
    /** On the page, beside the title: whose count it is, in view, not only in the summary. */
    scale: (max: number) => `(this page's count; full height: ${max})`,
    table: "Show as a table",
    choose: "Enter or a click shows the map on this date.",
    summary: (first: string, last: string, changes: number, peaks: string[]) =>
      `This page's count of the recorded statements, as the legend counts them: from ${first} to ${last} the counts changed on ${changes} ${plural("en", changes, { one: "date", other: "dates" })}.` +
      (peaks.length > 0 ? ` The most at one time: ${peaks.join("; ")}.` : ""),
    peak: (count: string, date: string) => `${count} (first reached on ${date})`,
    caption:
      "Countries holding each stance from each date on which a count changed, as this page counts the recorded statements",
  },
  table: {
    heading: "The map as a table",
    caption: (date: string, n: number) =>
      `Stances as of ${date} (${n} ${plural("en", n, { one: "country", other: "countries" })})`,
    country: "Country",
    stance: "Stance",
    since: "Since",
    sources: "Sources",
    via: (bloc: string) => ` (via the ${bloc})`,
  },
};

export type MapMessages = typeof en;

export const map = en;
