/**
 * Numbers and dates in the reader's language, as Intl writes them: "6,408,844" and
 * "7 Aug 2024" in English, "6.408.844" and "7 de agosto de 2024" in Spanish.
 */
import type { Lang } from "../data/vocabulary";

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
  /** A computed number with a fixed number of decimals: margins in points ("23.4" / "23,4"). */
  decimal: (value: number, decimals: number) => string;
  date: (iso: string) => string;
  dateWithPrecision: (iso: string, precision?: DatePrecision) => string;
}

/**
 * Dates are written out here rather than by Intl.DateTimeFormat: making the first one loads
 * the browser's calendar data, 17 ms on a fast machine and 70 ms on a phone, just before the
 * map is drawn. The words are Intl's own for en-GB (short) and es-VE (long), which
 * src/i18n/format.test.ts checks month by month.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
};

/** "2024-08-07" → "7 Aug 2024" / "7 de agosto de 2024"; anything else is returned as it is. */
function writeDate(lang: Lang, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const day = Number(match[3]);
  return lang === "en" ? `${day} ${month} ${match[1]}` : `${day} de ${month} de ${match[1]}`;
}

const cache = new Map<Lang, Formatters>();

export function formatters(lang: Lang): Formatters {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = LOCALES[lang];
  // The number format is made on first use: making an Intl format loads locale data.
  let numberFormat: Intl.NumberFormat | undefined;
  // One format per style and precision, made once: a table of margins would otherwise make
  // one per cell (9 ms of a drill-down at 4x CPU).
  const formats = new Map<string, Intl.NumberFormat>();
  const fixed = (style: "percent" | "decimal", decimals: number) => {
    const key = `${style} ${decimals}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style,
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      formats.set(key, format);
    }
    return format;
  };
  const percent = (value: number, decimals = 1) => fixed("percent", decimals).format(value / 100);
  const date = (iso: string) => writeDate(lang, iso);
  const made: Formatters = {
    lang,
    locale,
    number: (value) => (numberFormat ??= new Intl.NumberFormat(locale)).format(value),
    share: (printed) => percent(Number(printed), printed.split(".")[1]?.length ?? 0),
    percent,
    decimal: (value, decimals) => fixed("decimal", decimals).format(value),
    date,
    dateWithPrecision: (iso, precision = "on") => `${PRECISION[lang][precision]}${date(iso)}`,
  };
  cache.set(lang, made);
  return made;
}

/**
 * A name short enough for a narrow place ("Edmundo González Urrutia" → "Edmundo González"): a
 * chart's axis, a key figure's half-phone-wide box. Tables and sentences use the full name.
 */
export function shortName(name: string): string {
  return name.length <= 16 ? name : name.split(" ").slice(0, 2).join(" ");
}
