/** The reader's language for the whole page: its catalog, its formatters, its country names. */
import { createContext, use, useContext, useEffect, useSyncExternalStore, type ReactNode } from "react";
import { countryName } from "../data/country-names";
import { en, type Catalog } from "./catalog";
import { formatters, type Formatters } from "./format";
import type { LocalText } from "../data/schemas";
import { COUNTRY_CODE, isOneOf, LANGS, type Lang } from "../data/vocabulary";

export type { Lang } from "../data/vocabulary";

export interface I18n {
  lang: Lang;
  /** The language asked for when its catalog could not be loaded (the page is in English). */
  unavailable?: Lang;
  t: Catalog;
  f: Formatters;
  /**
   * An actor's name in the reader's language: a country's from Intl (in English, the data's
   * own name comes first: "United States", not "US"), a bloc's or body's from the data.
   */
  actorName: (id: string, name?: LocalText) => string;
  /** A text the project wrote in the data, in the reader's language (the data has both). */
  text: (value: LocalText) => string;
}

/**
 * English ships with the page; Spanish is its own chunk, loaded the first time it is asked
 * for. Loading never fails: without its chunk (a network error) a language falls back to
 * English, and `unavailable` says so, so the page can tell the reader.
 */
const catalogs: Partial<Record<Lang, Catalog>> = { en };
const loading = new Map<Lang, Promise<void>>();
/**
 * Languages whose last load failed: English stands in (no suspending) until a new attempt,
 * asked for by the reader, succeeds. (Browsers may keep a failed module's failure for the
 * life of the document, so the notice also suggests a reload.)
 */
const failed = new Set<Lang>();

/** Counts the catalogs loaded, so the page re-renders when one arrives after a failure. */
let loadedCount = 1;
const onLoad = new Set<() => void>();
const subscribeToLoads = (listener: () => void) => {
  onLoad.add(listener);
  return () => onLoad.delete(listener);
};

export function loadLanguage(lang: Lang): Promise<void> {
  let promise = loading.get(lang);
  if (!promise) {
    promise =
      lang === "es"
        ? import("./catalog-es").then(
            (module) => {
              catalogs.es = module.es;
              failed.delete(lang);
              made.delete("es"); // drop the English stand-in
              loadedCount++;
              onLoad.forEach((listener) => listener());
            },
            () => {
              failed.add(lang);
              loading.delete(lang);
            },
          )
        : Promise.resolve();
    loading.set(lang, promise);
  }
  return promise;
}

/** A promise React reads as already settled (its `status`), so `use` returns at once. */
const SETTLED = Object.assign(Promise.resolve(), { status: "fulfilled" as const, value: undefined });

const made = new Map<Lang, I18n>();

/** The language's tools; English (marked `unavailable`) if its catalog is not loaded. */
export function makeI18n(asked: Lang): I18n {
  const cached = made.get(asked);
  if (cached) return cached;
  const lang = catalogs[asked] ? asked : "en";
  const t = catalogs[lang] ?? en;
  const i18n: I18n = {
    lang,
    unavailable: lang === asked ? undefined : asked,
    t,
    f: formatters(lang),
    actorName: (id, name) =>
      (lang === "en" ? name?.en : undefined) ??
      (COUNTRY_CODE.test(id) ? countryName(id, lang) : undefined) ??
      name?.[lang] ??
      id,
    text: (value) => value[lang],
  };
  made.set(asked, i18n);
  return i18n;
}

/** The first of the browser's preferred languages that we have; English otherwise. */
export function browserLang(): Lang {
  const preferred = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag?.toLowerCase().slice(0, 2) ?? "";
    if (isOneOf(LANGS)(base)) return base;
  }
  return "en";
}

export const I18nContext = createContext<I18n>(makeI18n("en"));

/** Suspends until the language's catalog has loaded (or failed, and English stands in). */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  // A catalog that arrives on a retry (the address already asks for its language) re-renders.
  useSyncExternalStore(subscribeToLoads, () => loadedCount);
  // `use` is called on every render, never behind a condition: when the catalog arrives while
  // React is replaying a render that suspended on it, a skipped `use` changes the order of the
  // calls React replays, and it throws ("Rendered more hooks", React errors 467 and 520).
  use(catalogs[lang] || failed.has(lang) ? SETTLED : loadLanguage(lang));
  const i18n = makeI18n(lang);
  // <html lang> follows, so screen readers pronounce the page in its language.
  useEffect(() => {
    document.documentElement.lang = i18n.lang;
  }, [i18n.lang]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
