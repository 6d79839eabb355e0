import { describe, expect, it } from "vitest";
import { addDays, daysBetween, stepChange } from "./date-steps";

const changes = ["2024-07-28", "2024-07-30", "2024-09-05"];

describe("date steps", () => {
  it.each<[string, 1 | -1, string]>([
    ["2024-07-28", 1, "2024-07-30"],
    ["2024-08-07", 1, "2024-09-05"],
    ["2024-08-07", -1, "2024-07-30"],
    ["2024-07-30", -1, "2024-07-28"],
    ["2024-09-05", 1, "2024-09-05"],
    ["2024-07-28", -1, "2024-07-28"],
  ])("from %s in direction %i goes to %s", (from, dir, to) => {
    expect(stepChange(changes, from, dir)).toBe(to);
  });

  it("counts days across months and the leap day", () => {
    expect(daysBetween("2024-07-28", "2024-08-07")).toBe(10);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(addDays("2024-07-28", 10)).toBe("2024-08-07");
  });
});
