/**
 * Property test: whatever arrives in the query string (random text, hostile markup, huge
 * values, repeated and unknown parameters, broken percent-encoding, odd Unicode), parsing
 * never throws, always yields a valid view, and serialising that view is stable.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_KINDS, STANCE_IDS } from "../data/vocabulary";
import { PARAM_ORDER, parseView, serializeView, type ViewState } from "./view";

const hostile = fc.constantFrom(
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  '"><img src=x onerror=alert(1)>',
  "%",
  "%E0%A4%A",
  "%uD800",
  "\u0000\u0001\u001f",
  "\uD800",
  "‮RTL",
  "👩‍👩‍👧‍👦",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  ",,,,",
  "BRA,,MEX,",
  "2024-02-30",
);
const huge = fc.nat({ max: 100_000 }).map((n) => "A,".repeat(Math.floor(n / 2)));
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  hostile,
  huge,
  fc.constantFrom("BRA", "EU", "cne"),
);
const key = fc.oneof(fc.constantFrom(...PARAM_ORDER), fc.string(), hostile);
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // lone surrogates cannot be encoded: send them raw, as a hand-made link would
  }
};
const queryString = fc
  .array(fc.tuple(key, value, fc.boolean()), { maxLength: 12 })
  .map(
    (pairs) => `?${pairs.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encode(k)}=${encode(v)}`)).join("&")}`,
  );

function isValidView(view: ViewState) {
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  expect(Object.keys(view).sort()).toEqual([...PARAM_ORDER].sort());
  view.country.forEach((c) => expect(c).toMatch(/^(?:[A-Z]{3}|EU|[a-z0-9]+(?:-[a-z0-9]+)*)$/));
  view.source.forEach((s) => expect(s).toMatch(slug));
  view.stance.forEach((s) => expect(STANCE_IDS).toContain(s));
  view.kind.forEach((k) => expect(EVENT_KINDS).toContain(k));
  if (view.asof !== null) expect(view.asof).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (view.event !== null) expect(view.event).toMatch(slug);
  if (view.compare !== null) expect(view.compare).toHaveLength(2);
  if (view.q !== null) expect(view.q.length).toBeLessThanOrEqual(200);
  if (view.lang !== null) expect(["en", "es"]).toContain(view.lang);
  if (view.embed !== null) expect(["map", "tallies", "timeline"]).toContain(view.embed);
  expect(serializeView(view).length).toBeLessThan(10_000);
}

describe("the URL contract under hostile input", () => {
  it("never throws, always gives a valid view, and serialises stably", () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { view } = parseView(search);
        isValidView(view);
        const once = serializeView(view);
        const again = parseView(once);
        expect(again.view).toEqual(view);
        expect(again.ignored).toEqual([]);
        expect(serializeView(again.view)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});
