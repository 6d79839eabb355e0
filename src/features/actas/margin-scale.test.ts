import { describe, expect, it } from "vitest";
import { LEGEND_BINS, binOf, rangeLabel } from "./margin-scale";

describe("the legend's ranges", () => {
  it("are read from the bins' edges, Maduro's side first and the tie in the middle", () => {
    expect(LEGEND_BINS.map(rangeLabel)).toEqual([
      "45+",
      "30–45",
      "15–30",
      "<15",
      "0",
      "<15",
      "15–30",
      "30–45",
      "45+",
    ]);
  });

  it("name the bin a margin falls in", () => {
    expect(rangeLabel(binOf(-50))).toBe("45+");
    expect(rangeLabel(binOf(-20))).toBe("15–30");
    expect(rangeLabel(binOf(0))).toBe("0");
    expect(rangeLabel(binOf(14.9))).toBe("<15");
    expect(binOf(46).id).toBe("g45");
  });
});
