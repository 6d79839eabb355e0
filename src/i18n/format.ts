/**
 * Numbers and dates in the reader's language, always through Intl: "6,408,844" and
 * "7 Aug 2024" in English, "6.408.844" and "7 de agosto de 2024" in Spanish.
 */
import type { Lang } from "./plural";

export const LOCALES = { en: "en-US", es: "es-VE" } as const satisfies Record<Lang, string>;
const PRECISION = {
  en: { on: "", by: "by ", about: "about " },
  es: { on: "", by: "a más tardar el ", about: "hacia el " },
} as const;

export type DatePrecision = "on" | "by" | "about";

export interface Formatters {
  lang: Lang;
  locale: string;
  /** A whole number: votes, counts. */
  number: (value: number) => string;
  /** A percentage exactly as printed, precision kept: "51.20" → "51.20%" / "51,20 %". */
  share: (printed: string) => string;
  /** A computed percentage with a chosen number of decimals. */
  percent: (value: number, decimals?: number) => string;
  date: (iso: string) => string;
  dateWithPrecision: (iso: string, precision?: DatePrecision) => string;
}

const cache = new Map<Lang, Formatters>();

export function formatters(lang: Lang): Formatters {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = LOCALES[lang];
  // Intl formats are made on first use: making one loads locale data, and the three of them
  // cost about 130 ms at 4x CPU, which made at start-up would all come before the first paint.
  let numberFormat: Intl.NumberFormat | undefined;
  let dateFormat: Intl.DateTimeFormat | undefined;
  // English keeps the compact "7 Aug 2024"; Spanish writes "7 de agosto de 2024".
  const makeDateFormat = () =>
    new Intl.DateTimeFormat(lang === "en" ? "en-GB" : locale, {
      day: "numeric",
      month: lang === "en" ? "short" : "long",
      year: "numeric",
      timeZone: "UTC",
    });
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percent = (value: number, decimals = 1) => {
    let format = percentFormats.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: "percent",
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      percentFormats.set(decimals, format);
    }
    return format.format(value / 100);
  };
  const date = (iso: string) => (dateFormat ??= makeDateFormat()).format(new Date(`${iso}T00:00:00Z`));
  const made: Formatters = {
    lang,
    locale,
    number: (value) => (numberFormat ??= new Intl.NumberFormat(locale)).format(value),
    share: (printed) => percent(Number(printed), printed.split(".")[1]?.length ?? 0),
    percent,
    date,
    dateWithPrecision: (iso, precision = "on") => `${PRECISION[lang][precision]}${date(iso)}`,
  };
  cache.set(lang, made);
  return made;
}
