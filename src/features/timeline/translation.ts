/**
 * Which of this site's translations of a quote a reader sees beside the original. A quote in
 * the page's language needs none. Otherwise the translation into the page's language; when
 * only one into another language was written, that one, named with its language, so that no
 * reader takes it for a translation into their own. The original quote always stays.
 */
import type { Citation } from "../../data/schemas";
import { LANGS, type Lang } from "../../data/vocabulary";

export interface ShownTranslation {
  text: string;
  lang: Lang;
  /** True when it is in the page's language; otherwise the page says which language it is in. */
  own: boolean;
}

export function shownTranslation(
  citation: Pick<Citation, "quoteLang" | "translation">,
  lang: Lang,
): ShownTranslation | null {
  const { quoteLang, translation } = citation;
  if (quoteLang === lang || !translation) return null;
  const own = translation[lang];
  if (own) return { text: own, lang, own: true };
  // A "translation" into the quote's own language would only repeat it.
  const other = LANGS.find((l) => l !== lang && l !== quoteLang && translation[l]);
  const text = other && translation[other];
  return other && text ? { text, lang: other, own: false } : null;
}
