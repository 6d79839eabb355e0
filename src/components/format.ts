/**
 * English formatters for code that has no language context (tests, pure helpers).
 * Views take theirs from useI18n(), which formats in the reader's language.
 */
import { formatters } from "../i18n/format";

const en = formatters("en");

export const formatVotes = en.number;
export const formatShare = en.share;
export const formatDate = en.date;
export const formatDateWithPrecision = en.dateWithPrecision;
