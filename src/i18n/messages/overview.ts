/** Strings of the key figures at the top of the page, in English (the Spanish is in es/). */
import { plural } from "../plural";

export const overview = {
  /** Before a figure whose file is still on its way. */
  pending: "…",
  /** The claimant and the date of a compared count: "National Electoral Council (CNE), 2 Aug 2024". */
  countBy: (claimant: string, when: string) => `${claimant}, ${when}`,
  coverage: (percent: string) => `${percent} of tally sheets`,
  /** Under a figure that sources print differently: every value printed. */
  disagree: (values: string) => `Sources disagree: ${values}`,
  recognitionOn: (date: string) => `Countries, as of ${date}`,
  /** Under the number: "countries recognize González" (the verb is the stance's own, in the catalog). */
  countriesThat: (count: number, verb: string) =>
    `${plural("en", count, { one: "country", other: "countries" })} ${verb}`,
  /** A figure whose file failed: its panel below says why, with Retry. */
  unavailable: "Could not be loaded: the panel below says why.",
  /** Says that the numbers are the page's own count, not a source's. */
  counted: "Counted here from the cited statements, as the map's legend counts them.",
};

export type OverviewMessages = typeof overview;
