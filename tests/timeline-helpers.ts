/** What the timeline's tests share: the timeline opened alone (its embed view), and queries inside it. */
import { screen, within } from "@testing-library/react";
import { expect } from "vitest";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";

export const records = (file: string, key: string) => JSON.parse(readDataFile(file))[key] as { id: string }[];
/** Every entry of the bundled data: events, stance statements and counts. */
export const totalEntries = () =>
  records("events.json", "events").length +
  records("stances.json", "stances").length +
  records("tallies.json", "tallies").length;
type EventTexts = { id: string; title: Record<"en" | "es", string> };
const events = () => JSON.parse(readDataFile("events.json")).events as EventTexts[];
/** The events' titles in a language of the page (the data gives each in English and Spanish). */
export const eventTitles = (lang: "en" | "es" = "en") => events().map((e) => e.title[lang]);
export const eventTitle = (id: string, lang: "en" | "es") => {
  const event = events().find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in public/data/events.json`);
  return event.title[lang];
};

/** The timeline alone (the real app without the map and the counts), or with the whole page. */
export async function openTimeline(url = "/", { withMap = false } = {}) {
  const utils = renderApp({ url, embed: withMap ? undefined : "timeline" });
  // Inside the panel: a role query over the whole page, repeated while it loads, is slow in jsdom.
  const panel = await screen.findByRole("region", { name: "What happened" });
  const timeline = await within(panel).findByRole("list", { name: "Timeline" });
  return { ...utils, timeline };
}

// The pickers' library loads lazily; its first import in a test run can take a few seconds.
// The wait watches the filter bar only: a role query over the whole page on every change of
// the page is slow enough to starve the import it is waiting for.
export const picker = async (name: string, filters = "Timeline filters") =>
  within(screen.getByRole("search", { name: filters })).findByRole("combobox", { name }, { timeout: 10_000 });
export const entry = (timeline: HTMLElement, name: string | RegExp) =>
  within(timeline).getByRole("listitem", { name });
/** Every entry of that name (Peru recognised González twice, in 2024 and in 2025). */
export const entries = (timeline: HTMLElement, name: string | RegExp) =>
  within(timeline).getAllByRole("listitem", { name });
/** How many entries name this actor: its stance statements and the events it takes part in. */
export const entriesOf = (actor: string) =>
  (JSON.parse(readDataFile("stances.json")).stances as { actor: string }[]).filter((s) => s.actor === actor)
    .length +
  (JSON.parse(readDataFile("events.json")).events as { actors: string[] }[]).filter((e) =>
    e.actors.includes(actor),
  ).length;
export const queryEntry = (timeline: HTMLElement, name: string | RegExp) =>
  within(timeline).queryByRole("listitem", { name });

type User = { click: (element: Element) => Promise<void> };

/** Presses "Show … more" until every entry is listed, as a reader who wants them all would. */
export async function showEveryEntry(user: User) {
  for (;;) {
    const more = screen.queryByRole("button", { name: /^(Show|Mostrar) \d+ (more|más)/ });
    if (!more) return;
    await user.click(more);
  }
}

/**
 * An entry with its details open, as a reader opens it: "Show more" until it is listed, then its
 * Details button. The entry is closed before: its summary and sources are not drawn.
 */
export async function openEntry(user: User, timeline: HTMLElement, name: string | RegExp) {
  if (!queryEntry(timeline, name)) await showEveryEntry(user);
  const item = entry(timeline, name);
  expect(within(item).queryByRole("list", { name: /^(Sources|Fuentes)$/ })).not.toBeInTheDocument();
  await user.click(within(item).getByRole("button", { name: /^(Details|Detalles): / }));
  return item;
}
