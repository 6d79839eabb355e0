// @vitest-environment jsdom
// (dataUrl resolves a file against document.baseURI, as the page does.)
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DataError, fetchJson } from "./fetch-json";
import { parseLeniently } from "./lenient-parse";

const rules = {
  schema: z.object({ items: z.array(z.number()) }),
  records: { items: z.number() },
  parse: parseLeniently,
};

afterEach(() => vi.unstubAllGlobals());

describe("fetchJson", () => {
  it("checks the file with rules that load while it downloads", async () => {
    vi.stubGlobal("fetch", async () => new Response('{"items":[1,"two",3]}'));
    const loaded = await fetchJson("items.json", () => Promise.resolve(rules));
    expect(loaded.file).toEqual({ items: [1, 3] });
    expect(loaded.skipped).toHaveLength(1);
  });

  it("says so in plain words when the checking code cannot be loaded", async () => {
    vi.stubGlobal("fetch", async () => new Response('{"items":[]}'));
    const failing = () => Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
    const error = await fetchJson("items.json", failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe("network");
    expect((error as DataError).message).toBe(
      "Could not load the code that checks items.json. Check your connection.",
    );
  });

  it("reports the network failure, not the rules', when both fail (no unhandled rejection)", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    const failing = () => Promise.reject(new TypeError("offline"));
    await expect(fetchJson("items.json", failing)).rejects.toThrow(
      "Could not reach the server to load items.json",
    );
  });
});
