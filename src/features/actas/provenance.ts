/**
 * Where the tally-sheet files come from, as data/actas/README.md records it: the links it
 * gives, nothing more (the boundaries' page is not linked there, so it is named, not linked).
 */
export const CAMPAIGN_CSV_URL = "https://static.resultadosconvzla.com/RESULTADOS_2024_CSV_V1.csv";
export const COMPILATION_URL =
  "https://github.com/zentraedi/2024-vzla-elections/tree/325d2f4536701a51ed80caabee88717a206dc082";
/** The event whose citations say the CNE published no detailed results (events.json). */
export const CNE_UNPUBLISHED_EVENT = "cne-detailed-results-unpublished";
