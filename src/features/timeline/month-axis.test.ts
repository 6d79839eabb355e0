import { describe, expect, it } from "vitest";
import { makeI18n } from "../../i18n/i18n";
import { buildEntries } from "./entries";
import { monthAxis, shownThrough } from "./month-axis";
import { event, noRecords, stance, tally } from "./test-data";

const entries = buildEntries(
  {
    ...noRecords,
    events: [event("e1", "2024-07-29"), event("e2", "2024-07-30"), event("e3", "2025-01-10")],
    stances: [stance("s1", "2024-07-30"), stance("s2", "2024-11-05")],
    tallies: [tally("t-undated", null)],
  },
  makeI18n("en"),
);

describe("monthAxis", () => {
  it("lists every month of the record, empty ones too, crossing the year", () => {
    const axis = monthAxis(entries, entries);
    expect(axis.map((m) => m.month)).toEqual([
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
    ]);
  });

  it("counts the shown entries per month, and the stance statements among them; undated ones are on no month", () => {
    const axis = monthAxis(entries, entries);
    expect(axis[0]).toEqual({ month: "2024-07", entries: 3, stances: 1 });
    expect(axis[1]).toEqual({ month: "2024-08", entries: 0, stances: 0 });
    expect(axis[4]).toEqual({ month: "2024-11", entries: 1, stances: 1 });
    expect(axis.reduce((sum, m) => sum + m.entries, 0)).toBe(entries.length - 1);
  });

  it("keeps the whole record's months when a filter shows fewer entries", () => {
    const shown = entries.filter((e) => e.origin === "stance");
    const axis = monthAxis(entries, shown);
    expect(axis).toHaveLength(7);
    expect(axis[0]).toEqual({ month: "2024-07", entries: 1, stances: 1 });
    expect(axis[6]).toEqual({ month: "2025-01", entries: 0, stances: 0 });
  });

  it("has no months when no entry is dated", () => {
    expect(monthAxis(entries.slice(-1), entries)).toEqual([]);
  });
});

describe("shownThrough", () => {
  it("is how many entries must be shown to reach the month's last one", () => {
    expect(shownThrough(entries, "2024-07")).toBe(3);
    expect(shownThrough(entries, "2025-01")).toBe(entries.findIndex((e) => e.id === "e3") + 1);
    expect(shownThrough(entries, "2024-08")).toBe(0);
  });
});
