import { describe, expect, it } from "vitest";
import type { Actor } from "./schemas";
import { stancesAsOf } from "./selectors";
import { statement } from "./test-statements";

const actors: Actor[] = [
  { id: "PER", name: { en: "Peru", es: "Perú" }, type: "country" },
  { id: "EU", name: { en: "European Union", es: "Unión Europea" }, type: "bloc", members: ["FRA", "ESP"] },
  { id: "ESP", name: { en: "Spain", es: "España" }, type: "country" },
];
const stances = [
  statement("per-1", "PER", "recognizes-gonzalez", "2024-07-30"),
  statement("per-2", "PER", "demands-records", "2024-09-05"),
  statement("eu-1", "EU", "rejects-result", "2024-08-04"),
  statement("eu-2", "EU", "rejects-result", "2024-08-29"),
  statement("esp-1", "ESP", "recognizes-gonzalez", "2024-09-11"),
];

describe("stancesAsOf", () => {
  it("follows a country that changed its stance", () => {
    expect(stancesAsOf(stances, actors, "2024-08-07").get("PER")?.stance).toBe("recognizes-gonzalez");
    expect(stancesAsOf(stances, actors, "2024-09-05").get("PER")?.stance).toBe("demands-records");
  });

  it("has no stance before the first statement", () => {
    expect(stancesAsOf(stances, actors, "2024-07-29").get("PER")).toBeUndefined();
  });

  it("dates a repeated stance from its first statement", () => {
    const eu = stancesAsOf(stances, actors, "2024-09-01").get("EU");
    expect(eu?.since).toBe("2024-08-04");
    expect(eu?.history.map((s) => s.id)).toEqual(["eu-1", "eu-2"]);
  });

  it("gives EU members without their own stance the EU's, and says so", () => {
    const asOf = stancesAsOf(stances, actors, "2024-09-20");
    expect(asOf.get("FRA")).toMatchObject({ stance: "rejects-result", via: "EU" });
    expect(asOf.get("ESP")).toMatchObject({ stance: "recognizes-gonzalez" });
    expect(asOf.get("ESP")?.via).toBeUndefined();
  });

  it("marks a last statement from before Maduro's capture on a later date, and only then", () => {
    const later = [...stances, statement("per-3", "PER", "recognizes-interim-government", "2026-03-07")];
    expect(stancesAsOf(later, actors, "2026-01-02").get("ESP")?.predatesChange).toBe(false);
    expect(stancesAsOf(later, actors, "2026-01-03").get("ESP")?.predatesChange).toBe(true);
    expect(stancesAsOf(later, actors, "2026-02-01").get("PER")).toMatchObject({
      stance: "demands-records",
      predatesChange: true,
    });
    expect(stancesAsOf(later, actors, "2026-03-07").get("PER")).toMatchObject({
      stance: "recognizes-interim-government",
      predatesChange: false,
    });
  });
});
