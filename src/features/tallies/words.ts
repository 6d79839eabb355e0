/** The counts panel's strings in the reader's language (they live in this chunk, not the catalogs). */
import { talliesMessages } from "../../i18n/catalog-tallies";
import { useI18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";

export function useTallyWords(): TalliesMessages {
  return talliesMessages[useI18n().lang];
}
