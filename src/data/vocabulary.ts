/**
 * Fixed lists of the data contract that the first paint needs (the URL contract reads them).
 * They live apart from the zod schemas so that zod loads with the data, not before the page.
 */
export const EVENT_KINDS = [
  "election-results",
  "recognition",
  "diplomatic",
  "legal",
  "report",
  "protest-repression",
] as const;
