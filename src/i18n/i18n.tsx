/** The reader's language for the whole page: its catalog, its formatters, its country names. */
import { createContext, useContext, useEffect, type ReactNode } from "react";
import { countryName } from "../data/country-names";
import { catalogs, type Catalog } from "./catalog";
import { formatters, type Formatters } from "./format";
import type { Lang } from "./plural";

export type { Lang } from "./plural";
export const LANGS: readonly Lang[] = ["en", "es"];

export interface I18n {
  lang: Lang;
  t: Catalog;
  f: Formatters;
  /** An actor's name in the reader's language: countries from Intl, bodies from the catalog. */
  actorName: (id: string, fallback: string) => string;
}

const made = new Map<Lang, I18n>();

export function makeI18n(lang: Lang): I18n {
  const cached = made.get(lang);
  if (cached) return cached;
  const t = catalogs[lang];
  const i18n: I18n = {
    lang,
    t,
    f: formatters(lang),
    actorName: (id, fallback) =>
      lang === "en"
        ? fallback
        : (t.actors[id] ?? (/^[A-Z]{3}$/.test(id) ? countryName(id, lang) : undefined) ?? fallback),
  };
  made.set(lang, i18n);
  return i18n;
}

/** The first of the browser's preferred languages that we have; English otherwise. */
export function browserLang(): Lang {
  const preferred = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag?.toLowerCase().slice(0, 2);
    if (base === "es" || base === "en") return base;
  }
  return "en";
}

export const I18nContext = createContext<I18n>(makeI18n("en"));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  // <html lang> follows, so screen readers pronounce the page in its language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={makeI18n(lang)}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
