import { describe, expect, it } from "vitest";
import type { KnownIds } from "./param";
import { checkViewAgainstData, EMPTY_VIEW, type ViewState } from "./view";

const known: KnownIds = {
  actors: new Set(["BRA", "MEX", "EU", "oas"]),
  sources: new Set(["cne", "the-economist"]),
  events: new Set(["tsj-ruling"]),
  tallies: new Set(["a", "b", "c"]),
  dateRange: ["2024-07-28", "2025-01-10"],
  defaultCompare: ["a", "b"],
};
const check = (patch: Partial<ViewState>, ids: KnownIds = known) =>
  checkViewAgainstData({ ...EMPTY_VIEW, ...patch }, ids);

describe("checkViewAgainstData", () => {
  it("keeps what the data knows and reports nothing", () => {
    const result = check({
      country: ["BRA", "oas"],
      source: ["cne"],
      event: "tsj-ruling",
      asof: "2024-08-07",
      compare: ["c", "a"],
    });
    expect(result.view).toEqual({
      ...EMPTY_VIEW,
      country: ["BRA", "oas"],
      source: ["cne"],
      event: "tsj-ruling",
      asof: "2024-08-07",
      compare: ["c", "a"],
    });
    expect(result.ignored).toEqual([]);
  });

  it("drops ids that are not in the data and names them", () => {
    const result = check({
      country: ["BRA", "XYZ"],
      source: ["nobody"],
      event: "nothing",
      compare: ["a", "zzz"],
    });
    expect(result.view).toEqual({ ...EMPTY_VIEW, country: ["BRA"] });
    expect(result.ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
      "country=XYZ",
      "source=nobody",
      "event=nothing",
      "compare=a,zzz",
    ]);
  });

  it("reads a lower-case country code as the code", () => {
    expect(check({ country: ["mex", "bra"] }).view.country).toEqual(["BRA", "MEX"]);
  });

  it("drops a date outside the data and leaves out the default date", () => {
    expect(check({ asof: "1999-01-01" }).ignored[0]?.reason).toBe("outside-dates");
    expect(check({ asof: "2025-01-10" })).toEqual({ view: EMPTY_VIEW, ignored: [] });
  });

  it("leaves out the default comparison", () => {
    expect(check({ compare: ["a", "b"] }).view.compare).toBeNull();
  });

  it("drops unknown tallies as soon as the tallies are known, even without a default pair", () => {
    const withoutDefault: KnownIds = { ...known, defaultCompare: undefined };
    expect(check({ compare: ["a", "zzz"] }, withoutDefault).view.compare).toBeNull();
    expect(check({ compare: ["a", "b"] }, withoutDefault).view.compare).toEqual(["a", "b"]);
  });

  it("keeps values whose file has not loaded rather than emptying the link", () => {
    expect(check({ country: ["XYZ"], event: "later" }, {}).view).toEqual({
      ...EMPTY_VIEW,
      country: ["XYZ"],
      event: "later",
    });
  });
});
