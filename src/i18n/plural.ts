/** Plural forms through Intl.PluralRules, so each language's rules are its own, not string concatenation. */
import type { Lang } from "../data/vocabulary";

const rules = new Map<Lang, Intl.PluralRules>();

export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return rule.select(count) === "one" ? forms.one : forms.other;
}
