import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";
import {
  entries,
  entry,
  eventTitles,
  openEntry,
  openTimeline,
  queryEntry,
  showEveryEntry,
  totalEntries,
} from "./timeline-helpers";

// Each test renders the timeline alone, but for the one about the map following the selected entry.
afterEach(() => vi.unstubAllGlobals());

describe("the timeline", () => {
  it("lists every event, stance statement and count, grouped by month, 50 at a time", async () => {
    const { timeline, user } = await openTimeline();
    const total = totalEntries();
    expect(screen.getByText(`Showing all ${total} entries.`)).toBeInTheDocument();
    expect(within(timeline).getAllByRole("heading", { level: 4 })).toHaveLength(50);
    await showEveryEntry(user);
    // An entry is named by its title heading; the headings are read once, not queried per title.
    const titles = within(timeline)
      .getAllByRole("heading", { level: 4 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(expect.arrayContaining(eventTitles()));
    expect(titles).toHaveLength(total);
    expect(entries(timeline, "Peru: Recognizes González")).toHaveLength(2);
    expect(entry(timeline, /CNE first bulletin/)).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "July 2024" })).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "January 2026" })).toBeInTheDocument();
  });

  it("shows each source with its kind, its quote in its language, and a safe link", async () => {
    const { timeline, user } = await openTimeline();
    const offer = await openEntry(user, timeline, "The Economist reports a US offer to Maduro");
    expect(offer).toHaveTextContent("Claimed by The Economist (news outlet)");
    const sources = within(offer).getByRole("list", { name: "Sources" });
    const link = within(sources).getByRole("link", { name: /Estados Unidos le ofreció a Maduro.*Semana/ });
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("href", expect.stringMatching(/^https:\/\/semana\.com\//));
    expect(within(sources).getByText(/le daremos lo que quiera/)).toHaveAttribute("lang", "es");
    expect(within(offer).getByText("by 7 Aug 2024")).toHaveAttribute("datetime", "2024-08-07");
  });

  it("says that a cited page showed no title instead of making one up", async () => {
    const { timeline, user } = await openTimeline();
    const sworn = await openEntry(user, timeline, "Maduro sworn in for a third term");
    const sources = within(sworn).getByRole("list", {
      name: "Sources",
    });
    const link = within(sources).getByRole("link", { name: /^\(title not shown on the page\)/ });
    expect(link).toHaveAttribute("href", "https://www.trtworld.com:443/article/18252517");
    expect(
      within(sources).getByRole("link", { name: /Nicolás Maduro is sworn in as Venezuela/ }),
    ).toBeVisible();
  });

  it("keeps statements that take no side as events, not stances", async () => {
    const { timeline } = await openTimeline("/?country=MEX,GTM,ARG");
    expect(entry(timeline, "Mexico will wait for Venezuela's electoral bodies")).toBeVisible();
    expect(entry(timeline, 'Guatemala receives the CNE\'s results "with many doubts"')).toBeVisible();
    expect(entry(timeline, 'Milei says Argentina will not recognise "another fraud"')).toBeVisible();
    expect(queryEntry(timeline, "Argentina: Rejects the CNE result")).not.toBeInTheDocument();
  });

  it("says when an entry is reported only by aggregators or partisan outlets", async () => {
    const { timeline, user } = await openTimeline();
    expect(await openEntry(user, timeline, /teleSUR line claims/)).toHaveTextContent(
      /Reported only by aggregators/,
    );
    expect(await openEntry(user, timeline, /Presidential election held/)).not.toHaveTextContent(
      /Reported only by/,
    );
  });

  it("puts disagreeing sources side by side on the entry they are about", async () => {
    const { timeline, user } = await openTimeline();
    const uruguay = await openEntry(user, timeline, "Uruguay: Recognizes González");
    const dispute = within(uruguay).getByRole("region", { name: /Sources disagree: Whether Uruguay/ });
    const claims = within(dispute).getByRole("list", { name: "Claims" });
    expect(within(claims).getAllByRole("listitem", { name: undefined }).length).toBeGreaterThan(2);
    expect(dispute).toHaveTextContent("Recognised González as president-elect");
    expect(dispute).toHaveTextContent("could not call him president-elect");
  });
});

describe("closed and open entries", () => {
  const sourcesOf = (item: HTMLElement) => within(item).queryByRole("list", { name: "Sources" });

  it("shows an entry closed, in a line or two, and opens and closes it from the keyboard", async () => {
    const { timeline, user } = await openTimeline();
    const held = entry(timeline, "Presidential election held");
    // Closed: the date, the kind, how many sources, the title; not the summary or the quotes.
    expect(held).toHaveTextContent(/28 Jul 2024.*Election and results.*\d+ sources?/);
    expect(sourcesOf(held)).not.toBeInTheDocument();
    const details = within(held).getByRole("button", { name: "Details: Presidential election held" });
    expect(details).toHaveAttribute("aria-expanded", "false");
    details.focus();
    await user.keyboard("{Enter}");
    expect(details).toHaveAttribute("aria-expanded", "true");
    expect(details).toHaveAccessibleName("Hide details: Presidential election held");
    expect(sourcesOf(held)).toBeInTheDocument();
    await user.keyboard(" ");
    expect(details).toHaveAttribute("aria-expanded", "false");
    expect(sourcesOf(held)).not.toBeInTheDocument();
  });

  it("opens every entry shown with “Open all entries”, and closes them again", async () => {
    const { timeline, user } = await openTimeline();
    await user.click(screen.getByRole("button", { name: "Open all entries" }));
    const items = within(timeline).getAllByRole("button", { name: /^Hide details: / });
    expect(items).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: "Close all entries" }));
    expect(within(timeline).queryAllByRole("button", { name: /^Hide details: / })).toHaveLength(0);
  });

  it("opens the entry a link selects, and the matches of a search", async () => {
    const { timeline, user } = await openTimeline("/?event=economist-whatever-he-wants");
    expect(sourcesOf(entry(timeline, /The Economist reports a US offer/))).toBeInTheDocument();
    // The words are in a quote, which a closed entry does not show: the search opens the match.
    await user.type(screen.getByRole("searchbox", { name: /Search/ }), "daremos lo que quiera");
    await vi.waitFor(() => expect(within(timeline).getAllByRole("heading", { level: 4 })).toHaveLength(1));
    const offer = entry(timeline, /The Economist reports a US offer/);
    expect(within(offer).getByText(/le daremos lo que quiera/)).toBeInTheDocument();
  });

  it("opens and lists everything for print", async () => {
    const { timeline } = await openTimeline();
    window.dispatchEvent(new Event("beforeprint"));
    await vi.waitFor(() =>
      expect(within(timeline).getAllByRole("heading", { level: 4 })).toHaveLength(totalEntries()),
    );
    expect(within(timeline).queryAllByRole("button", { name: /^Details: / })).toHaveLength(0);
    window.dispatchEvent(new Event("afterprint"));
    await vi.waitFor(() => expect(within(timeline).getAllByRole("heading", { level: 4 })).toHaveLength(50));
  });
});

describe("figures over time", () => {
  it("lists each value of a series with who counted it and its source, in the page's language", async () => {
    const { user } = renderApp({ url: "/?lang=es", embed: "timeline" });
    const section = await screen.findByRole(
      "region",
      { name: "Cifras a lo largo del tiempo" },
      { timeout: 15_000 },
    );
    await user.click(within(section).getByText("Muertes en las protestas poselectorales"));
    const values = within(section).getByRole("list", { name: "Muertes en las protestas poselectorales" });
    const items = within(values).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("al menos 11 muertes en protestas");
    expect(items[0]).toHaveTextContent("Contó: Ministerio Público (Fiscalía), Venezuela");
    // Each value keeps its own source: the first one's is the page that printed it.
    expect(
      within(items[0]!).getByRole("link", { name: /Spain insists on demanding the registers/ }),
    ).toHaveAttribute("href", expect.stringMatching(/^https:\/\/thediplomatinspain\.com\//));
    // Two counts of 25, by two counters, stay two values.
    expect(items.filter((item) => /\b25\b/.test(item.textContent ?? ""))).toHaveLength(2);
  });
});

describe("selecting an entry", () => {
  it("highlights it, puts it in the URL and moves the map to its date; Enter works too", async () => {
    const { user, timeline } = await openTimeline("/", { withMap: true });
    await showEveryEntry(user);
    await user.click(
      within(timeline).getByRole("button", { name: "Venezuela breaks diplomatic relations with Peru" }),
    );
    await vi.waitFor(() => expect(window.location.search).toBe("?event=venezuela-breaks-with-peru"));
    expect(entry(timeline, "Venezuela breaks diplomatic relations with Peru")).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(screen.getByText("Who recognised whom, as of 30 Jul 2024.")).toBeInTheDocument();

    within(timeline).getByRole("button", { name: "TSJ validates the CNE result" }).focus();
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(window.location.search).toBe("?event=tsj-validates-result"));
    expect(screen.getByText("Who recognised whom, as of 22 Aug 2024.")).toBeInTheDocument();
    expect(entry(timeline, "Venezuela breaks diplomatic relations with Peru")).not.toHaveAttribute(
      "aria-current",
    );
  });

  it("opens a deep link scrolled to the entry", async () => {
    // jsdom does not lay out or scroll; record which element the page asked to bring into view.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const { timeline } = await openTimeline("/?event=economist-whatever-he-wants");
      const offer = entry(timeline, /The Economist reports a US offer/);
      expect(offer).toHaveAttribute("aria-current", "true");
      await vi.waitFor(() => expect(scrolled).toContain(offer));
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("says when the selected entry is hidden by the filters", async () => {
    await openTimeline("/?kind=legal&event=election-day");
    expect(
      await screen.findByText(/The selected entry, “Presidential election held”, is hidden by the filters/),
    ).toBeInTheDocument();
  });
});
