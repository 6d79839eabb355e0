import { describe, expect, it } from "vitest";
import type { Actor } from "./schemas";
import { countriesByStance } from "./stance-counts";
import { statement } from "./test-statements";

const actors: Actor[] = [
  { id: "PER", name: { en: "Peru", es: "Perú" }, type: "country" },
  { id: "EU", name: { en: "European Union", es: "Unión Europea" }, type: "bloc", members: ["FRA", "ESP"] },
  { id: "ESP", name: { en: "Spain", es: "España" }, type: "country" },
  { id: "OAS", name: { en: "OAS", es: "OEA" }, type: "organization" },
];
const stances = [
  statement("per-1", "PER", "recognizes-gonzalez", "2024-07-30", "reuters"),
  statement("eu-1", "EU", "rejects-result", "2024-08-04"),
  statement("oas-1", "OAS", "rejects-result", "2024-08-04"),
  statement("esp-1", "ESP", "recognizes-gonzalez", "2024-09-11"),
];

describe("countriesByStance", () => {
  it("counts countries, not blocs or bodies, and the members that take their bloc's stance", () => {
    const counts = countriesByStance(stances, actors, "2024-08-10");
    expect(counts["recognizes-gonzalez"]).toEqual({ total: 1, via: 0 });
    // France and Spain through the EU; neither the EU nor the OAS is a country.
    expect(counts["rejects-result"]).toEqual({ total: 2, via: 2 });
    expect(counts["recognizes-maduro"]).toEqual({ total: 0, via: 0 });
  });

  it("follows the date: a member's own later statement replaces its bloc's", () => {
    const counts = countriesByStance(stances, actors, "2024-09-11");
    expect(counts["recognizes-gonzalez"]).toEqual({ total: 2, via: 0 });
    expect(counts["rejects-result"]).toEqual({ total: 1, via: 1 });
  });

  it("keeps only what the chosen sources made or reported", () => {
    const counts = countriesByStance(stances, actors, "2024-09-11", ["reuters"]);
    expect(counts["recognizes-gonzalez"]).toEqual({ total: 1, via: 0 });
    expect(counts["rejects-result"]).toEqual({ total: 0, via: 0 });
  });
});
