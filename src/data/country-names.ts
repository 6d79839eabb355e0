/**
 * Country names from ISO codes, in any language the browser knows (Intl.DisplayNames), so
 * EU members without a record of their own still get a proper name without shipping a table.
 */
import countries from "i18n-iso-countries";

const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(alpha3: string, locale = "en"): string | undefined {
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  if (!alpha2) return undefined;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    displayNames.set(locale, names);
  }
  return names.of(alpha2);
}

export function alpha3FromNumeric(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined) return undefined;
  return countries.numericToAlpha3(String(numeric).padStart(3, "0"));
}
