import { describe, expect, it } from "vitest";
import type { SourceKind } from "./schemas";
import { sourcingOf } from "./sourcing";

const kinds: Record<string, SourceKind> = {
  pledgetimes: "aggregator",
  dokumen123: "aggregator",
  telesur: "state-partisan",
  folha: "news",
  cne: "electoral-authority",
};
const of = (...publishers: string[]) =>
  sourcingOf(
    publishers.map((publisher) => ({ publisher })),
    (id) => kinds[id],
  );

describe("sourcingOf", () => {
  it.each([
    [["pledgetimes"], "republishers"],
    [["pledgetimes", "dokumen123"], "republishers"],
    [["telesur"], "partisan"],
    [["pledgetimes", "telesur"], "republishers-and-partisan"],
    [["pledgetimes", "folha"], "independent"],
    [["telesur", "cne"], "independent"],
    [["folha"], "independent"],
    [["unknown-source"], "independent"],
    [["pledgetimes", "unknown-source"], "republishers"],
  ])("%j → %s", (publishers, expected) => expect(of(...publishers)).toBe(expected));
});
