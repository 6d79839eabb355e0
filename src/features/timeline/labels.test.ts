import { describe, expect, it } from "vitest";
import { SOURCE_KINDS } from "../../data/vocabulary";
import { formatMonth, SOURCE_KIND_ORDER } from "./labels";

describe("formatMonth", () => {
  it.each([
    ["2024-07", "en-US", "July 2024"],
    ["2026-01", "en-US", "January 2026"],
    ["2024-08", "es-VE", "Agosto de 2024"],
    ["2025-01", "es-VE", "Enero de 2025"],
  ])("%s in %s → %s", (month, locale, expected) => expect(formatMonth(month, locale)).toBe(expected));
});

describe("SOURCE_KIND_ORDER", () => {
  it("orders every source kind of the vocabulary, once each", () => {
    expect([...SOURCE_KIND_ORDER].sort()).toEqual([...SOURCE_KINDS].sort());
  });
});
