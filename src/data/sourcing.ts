/**
 * How well a record is sourced, derived from the kinds of the publishers it cites, so the
 * label can never drift from the citations (it used to be a flag written by hand). A record
 * is weakly sourced when every citation comes from a republisher or aggregator (mirrors and
 * blog reposts are classed as such in sources.json) or from a state or partisan outlet.
 */
import type { Citation, SourceKind } from "./schemas";

export type Sourcing = "independent" | "republishers" | "partisan" | "republishers-and-partisan";

export function sourcingOf(
  citations: readonly Pick<Citation, "publisher">[],
  kindOf: (publisher: string) => SourceKind | undefined,
): Sourcing {
  const kinds = new Set(citations.map((c) => kindOf(c.publisher)));
  // A publisher missing from sources.json is reported by the data check; it decides nothing here.
  kinds.delete(undefined);
  if (kinds.size === 0) return "independent";
  const republishers = kinds.has("aggregator");
  const partisan = kinds.has("state-partisan");
  const weak = [...kinds].every((kind) => kind === "aggregator" || kind === "state-partisan");
  if (!weak) return "independent";
  return republishers && partisan ? "republishers-and-partisan" : republishers ? "republishers" : "partisan";
}
