import { describe, expect, it } from "vitest";
import { DataError, type DataErrorKind } from "./fetch-json";
import { mayPass, retryPolicy } from "./retry-policy";

const error = (kind: DataErrorKind, status?: number) => new DataError(kind, "events.json", "", [], status);
const { retry, retryDelay } = retryPolicy();

describe("the retry policy", () => {
  it.each([
    ["a server error (500)", error("server", 500), true],
    ["a server error (503)", error("server", 503), true],
    ["a network failure", error("network"), true],
    ["a missing file (404)", error("missing"), false],
    ["another 4xx answer (403)", error("server", 403), false],
    ["a truncated file", error("not-json"), false],
    ["an invalid file", error("invalid"), false],
    ["an error that is not a data error", new TypeError("x is undefined"), false],
  ])("%s: retried %s", (_, failure, retried) => {
    expect(mayPass(failure)).toBe(retried);
    expect(retry(0, failure)).toBe(retried);
  });

  it("tries a failure that may pass twice more, then says so", () => {
    const failure = error("server", 503);
    expect([0, 1, 2].map((failures) => retry(failures, failure))).toEqual([true, true, false]);
  });

  it("waits 0.5 s, then 1.5 s", () => {
    expect([0, 1].map(retryDelay)).toEqual([500, 1500]);
    expect(retryPolicy([0, 0]).retryDelay(1)).toBe(0);
  });
});
