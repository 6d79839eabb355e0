import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { alpha2FromAlpha3, countryName } from "./country-names";

describe("country codes", () => {
  const alpha3s = Object.keys(countries.getAlpha3Codes());

  it("hold every ISO 3166-1 country i18n-iso-countries knows, with the same codes", () => {
    expect(alpha3s.length).toBeGreaterThan(240);
    for (const alpha3 of alpha3s) {
      expect(alpha2FromAlpha3(alpha3), alpha3).toBe(countries.alpha3ToAlpha2(alpha3));
    }
  });

  it("know nothing of codes that are not countries", () => {
    expect(alpha2FromAlpha3("EU")).toBeUndefined();
    expect(alpha2FromAlpha3("XXX")).toBeUndefined();
  });

  it("name countries in the reader's language", () => {
    expect(countryName("VEN")).toBe("Venezuela");
    expect(countryName("DEU", "es")).toBe("Alemania");
    expect(countryName("EU")).toBeUndefined();
  });
});
