/** Words the timeline shows for the data's codes: entry kinds, source kinds, actor types. */
import type { Actor, EventKind, SourceKind } from "../../data/schemas";

export const kindLabel = {
  "election-results": "Election and results",
  recognition: "Recognition",
  diplomatic: "Diplomatic",
  legal: "Legal",
  report: "Report or investigation",
  "protest-repression": "Protest or repression",
} as const satisfies Record<EventKind, string>;

/** Singular, for a citation ("MercoPress, news outlet"); plural for the source picker's groups. */
export const sourceKindLabel = {
  "electoral-authority": { one: "electoral authority", group: "Electoral authorities" },
  campaign: { one: "campaign", group: "Campaigns" },
  government: { one: "government", group: "Governments" },
  court: { one: "court", group: "Courts" },
  legislature: { one: "legislature", group: "Legislatures" },
  intergovernmental: { one: "intergovernmental body", group: "Intergovernmental bodies" },
  observer: { one: "observer", group: "Observers" },
  news: { one: "news outlet", group: "News outlets" },
  aggregator: { one: "republisher or aggregator", group: "Republishers and aggregators" },
  "state-partisan": { one: "state or partisan outlet", group: "State or partisan outlets" },
  academic: { one: "academic", group: "Academics" },
  forum: { one: "forum", group: "Forums" },
} as const satisfies Record<SourceKind, { one: string; group: string }>;

/** Reporters first (what readers weigh most often), then the bodies that made claims. */
export const SOURCE_KIND_ORDER: SourceKind[] = [
  "news",
  "aggregator",
  "state-partisan",
  "academic",
  "forum",
  "electoral-authority",
  "campaign",
  "government",
  "court",
  "legislature",
  "intergovernmental",
  "observer",
];

export const actorTypeGroup = {
  country: "Countries",
  bloc: "Blocs",
  organization: "Organisations",
  observer: "Observers",
  legislature: "Legislatures",
} as const satisfies Record<Actor["type"], string>;

export const ACTOR_TYPE_ORDER: Actor["type"][] = [
  "country",
  "bloc",
  "organization",
  "observer",
  "legislature",
];

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "July 2024" for `2024-07`. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

export const entryCount = (n: number) => `${n} ${n === 1 ? "entry" : "entries"}`;
