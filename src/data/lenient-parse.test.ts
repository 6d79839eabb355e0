import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseLeniently } from "./lenient-parse";

const item = z.strictObject({ id: z.string(), value: z.number() });
const schema = z.strictObject({ schemaVersion: z.literal(1), items: z.array(item).min(1) });
const parse = (json: unknown) => parseLeniently("f.json", json, schema, { items: item });

describe("parseLeniently", () => {
  it("passes a valid file through with nothing skipped", () => {
    const json = { schemaVersion: 1, items: [{ id: "a", value: 1 }] };
    expect(parse(json)).toEqual({ ok: true, data: json, skipped: [] });
  });

  it("skips one invalid record and names it", () => {
    const result = parse({
      schemaVersion: 1,
      items: [
        { id: "a", value: 1 },
        { id: "b", value: "x" },
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { items: [{ id: "a", value: 1 }] } });
    expect(result.ok && result.skipped).toEqual([
      {
        code: "skipped",
        file: "f.json",
        path: "$.items[1]",
        message: expect.stringContaining('the record "b" is invalid and was skipped'),
      },
    ]);
  });

  it.each([
    ["a wrong schema version", { schemaVersion: 2, items: [{ id: "a", value: 1 }] }],
    ["a missing record list", { schemaVersion: 1 }],
    ["every record invalid", { schemaVersion: 1, items: [{ id: 1 }] }],
    ["not an object at all", [1, 2, 3]],
  ])("fails the whole file on %s", (_, json) => {
    expect(parse(json).ok).toBe(false);
  });
});
