import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { actorsFile, stancesFile, type Actor } from "../../data/schemas";
import { countriesByStance } from "../../data/stance-counts";
import { statement } from "../../data/test-statements";
import { STANCE_IDS } from "../../data/vocabulary";
import { addDays } from "./date-steps";
import { chartGeometry, peaks, recognitionSteps, stepIndexAt, stepKey } from "./recognition-series";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, "../../../public/data", file), "utf8"));

describe("recognitionSteps on a small record", () => {
  const actors: Actor[] = [
    { id: "PER", name: { en: "Peru", es: "Perú" }, type: "country" },
    { id: "EU", name: { en: "European Union", es: "Unión Europea" }, type: "bloc", members: ["FRA", "ESP"] },
    { id: "OAS", name: { en: "OAS", es: "OEA" }, type: "organization" },
  ];
  const stances = [
    statement("per-1", "PER", "recognizes-gonzalez", "2024-07-30", "reuters"),
    statement("eu-1", "EU", "rejects-result", "2024-08-04"),
    statement("oas-1", "OAS", "rejects-result", "2024-08-10"),
    statement("per-2", "PER", "demands-records", "2024-09-05"),
    statement("per-3", "PER", "demands-records", "2024-09-10"),
  ];
  const range = ["2024-07-28", "2024-12-31"] as const;

  it("starts on the first day and steps only where a country's count changed", () => {
    const steps = recognitionSteps(stances, actors, range);
    // Not 10 August (the OAS is not a country) nor 10 September (Peru repeats itself).
    expect(steps.map((s) => s.date)).toEqual(["2024-07-28", "2024-07-30", "2024-08-04", "2024-09-05"]);
    expect(steps[0]?.counts["recognizes-gonzalez"].total).toBe(0);
    expect(steps[1]?.counts["recognizes-gonzalez"]).toEqual({ total: 1, via: 0 });
    expect(steps[2]?.counts["rejects-result"]).toEqual({ total: 2, via: 2 });
    expect(steps[3]?.counts["recognizes-gonzalez"].total).toBe(0);
    expect(steps[3]?.counts["demands-records"].total).toBe(1);
  });

  it("counts only the chosen sources' statements", () => {
    const steps = recognitionSteps(stances, actors, range, ["reuters"]);
    expect(steps.map((s) => s.date)).toEqual(["2024-07-28", "2024-07-30"]);
  });

  it("finds the step holding a date, and each stance's highest count", () => {
    const steps = recognitionSteps(stances, actors, range);
    expect(stepIndexAt(steps, "2024-07-28")).toBe(0);
    expect(stepIndexAt(steps, "2024-08-20")).toBe(2);
    expect(stepIndexAt(steps, "2024-12-31")).toBe(3);
    expect(peaks(steps, ["rejects-result", "recognizes-maduro"])).toEqual([
      { stance: "rejects-result", total: 2, date: "2024-08-04" },
      { stance: "recognizes-maduro", total: 0, date: "2024-07-28" },
    ]);
  });

  it("stacks the bands on one another and spans the whole width", () => {
    const steps = recognitionSteps(stances, actors, range);
    const drawn = ["recognizes-gonzalez", "rejects-result"] as const;
    const geometry = chartGeometry(steps, drawn, range, 1000, 100);
    expect(geometry.max).toBe(3); // 4 August to 4 September: Peru and the two EU members
    expect(geometry.xOf(range[0])).toBe(0);
    expect(geometry.xOf(range[1])).toBe(1000);
    expect(geometry.spans[0]?.x).toBe(0);
    const last = geometry.spans[geometry.spans.length - 1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBe(1000);
    // González's band reaches a third of the height while Peru holds it; the rejection sits on it.
    expect(geometry.bands[0]?.d).toContain(`${geometry.xOf("2024-08-04").toFixed(2)},66.67`);
    expect(geometry.bands[1]?.d).toContain(",0L");
  });
});

describe("recognitionSteps on the published record", () => {
  const { stances } = stancesFile.parse(read("stances.json"));
  const { actors } = actorsFile.parse(read("actors.json"));
  const range = ["2024-07-28", "2026-05-30"] as const;
  const steps = recognitionSteps(stances, actors, range);

  it("gives, on every day a statement was made, the counts the legend gives", () => {
    for (const date of new Set(stances.map((s) => s.date))) {
      const step = steps[stepIndexAt(steps, date)];
      expect(step?.counts, date).toEqual(countriesByStance(stances, actors, date));
    }
  });

  it("steps on 30 July and 5 September 2024, when Peru recognised González and withdrew it", () => {
    const peru = stances.filter((s) => s.actor === "PER");
    for (const date of ["2024-07-30", "2024-09-05"]) {
      expect(peru.map((s) => s.date)).toContain(date);
      expect(steps.map((s) => s.date)).toContain(date);
      const before = steps[stepIndexAt(steps, addDays(date, -1))];
      const on = steps[stepIndexAt(steps, date)];
      expect(on?.counts["recognizes-gonzalez"].total).not.toBe(before?.counts["recognizes-gonzalez"].total);
    }
  });

  it("makes no step that changes nothing", () => {
    steps.slice(1).forEach((step, i) => {
      const previous = steps[i];
      const changed = STANCE_IDS.some(
        (id) =>
          step.counts[id].total !== previous?.counts[id].total ||
          step.counts[id].via !== previous.counts[id].via,
      );
      expect(changed, step.date).toBe(true);
    });
  });
});

describe("stepKey", () => {
  it.each<[string, number, number | "choose" | null]>([
    ["ArrowRight", 3, 4],
    ["ArrowDown", 9, 9], // the last step stays the last
    ["ArrowLeft", 0, 0],
    ["ArrowUp", 3, 2],
    ["Home", 3, 0],
    ["End", 3, 9],
    ["Enter", 3, "choose"],
    [" ", 3, "choose"],
    ["a", 3, null],
  ])("%j from step %i of 10 gives %j", (key, current, expected) => {
    expect(stepKey(key, current, 10)).toBe(expected);
  });
});
