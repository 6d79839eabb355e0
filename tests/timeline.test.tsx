import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";

// Each test renders the whole dashboard, map included, and types into it: slower than a unit test.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => vi.unstubAllGlobals());

const records = (file: string, key: string) => JSON.parse(readDataFile(file))[key] as { id: string }[];
const eventTitles = () =>
  (JSON.parse(readDataFile("events.json")).events as { title: string }[]).map((e) => e.title);

async function openTimeline(url = "/") {
  const utils = renderApp({ url });
  const timeline = await screen.findByRole("list", { name: "Timeline" });
  return { ...utils, timeline };
}

// The pickers' library loads lazily; its first import in a test run can take a few seconds.
// The wait watches the filter bar only: a role query over the whole page (map included) on
// every change of the page is slow enough to starve the import it is waiting for.
const picker = async (name: string, filters = "Timeline filters") =>
  within(screen.getByRole("search", { name: filters })).findByRole("combobox", { name }, { timeout: 10_000 });
const entry = (timeline: HTMLElement, name: string | RegExp) =>
  within(timeline).getByRole("listitem", { name });
const queryEntry = (timeline: HTMLElement, name: string | RegExp) =>
  within(timeline).queryByRole("listitem", { name });

describe("the timeline", () => {
  it("lists every event, stance statement and count, grouped by month", async () => {
    const { timeline } = await openTimeline();
    const total =
      records("events.json", "events").length +
      records("stances.json", "stances").length +
      records("tallies.json", "tallies").length;
    expect(screen.getByText(`Showing all ${total} entries.`)).toBeInTheDocument();
    for (const title of eventTitles()) expect(entry(timeline, title)).toBeInTheDocument();
    expect(entry(timeline, "Peru: Recognizes González")).toBeInTheDocument();
    expect(entry(timeline, /CNE first bulletin/)).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "July 2024" })).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "January 2026" })).toBeInTheDocument();
  });

  it("shows each source with its kind, its quote in its language, and a safe link", async () => {
    const { timeline } = await openTimeline();
    const offer = entry(timeline, "The Economist reports a US offer to Maduro");
    expect(offer).toHaveTextContent("Claimed by The Economist (news outlet)");
    const sources = within(offer).getByRole("list", { name: "Sources" });
    const link = within(sources).getByRole("link", { name: /Estados Unidos le ofreció a Maduro.*Semana/ });
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("href", expect.stringMatching(/^https:\/\/semana\.com\//));
    expect(within(sources).getByText(/le daremos lo que quiera/)).toHaveAttribute("lang", "es");
    expect(within(offer).getByText("by 7 Aug 2024")).toHaveAttribute("datetime", "2024-08-07");
  });

  it("says when an entry is reported only by aggregators or partisan outlets", async () => {
    const { timeline } = await openTimeline();
    expect(entry(timeline, /teleSUR line claims/)).toHaveTextContent(/Reported only by aggregators/);
    expect(entry(timeline, /Presidential election held/)).not.toHaveTextContent(/Reported only by/);
  });

  it("puts disagreeing sources side by side on the entry they are about", async () => {
    const { timeline } = await openTimeline();
    const uruguay = entry(timeline, "Uruguay: Recognizes González");
    const dispute = within(uruguay).getByRole("region", { name: /Sources disagree: Whether Uruguay/ });
    const claims = within(dispute).getByRole("list", { name: "Claims" });
    expect(within(claims).getAllByRole("listitem", { name: undefined }).length).toBeGreaterThan(2);
    expect(dispute).toHaveTextContent("Recognised González as president-elect");
    expect(dispute).toHaveTextContent("could not call him president-elect");
  });
});

describe("filtering", () => {
  it("?source=the-economist shows the Economist's report of the US offer and not the TSJ ruling", async () => {
    const { timeline } = await openTimeline("/?source=the-economist");
    expect(entry(timeline, /The Economist reports a US offer/)).toBeInTheDocument();
    expect(queryEntry(timeline, /TSJ gives the CNE three days/)).not.toBeInTheDocument();
  });

  it("filters by country through the picker, with type-ahead, and pushes the choice", async () => {
    const { user, timeline } = await openTimeline();
    const historyBefore = window.history.length;
    await user.type(await picker("Country or organisation"), "peru");
    await user.click(await screen.findByRole("option", { name: "Peru 5 entries" }));
    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(window.location.search).toBe("?country=PER"));
    expect(window.history.length).toBe(historyBefore + 1);
    expect(entry(timeline, "Peru: Recognizes González")).toBeInTheDocument();
    expect(queryEntry(timeline, /Presidential election held/)).not.toBeInTheDocument();
    // The map shows the same country filter with a chip of its own; this one is the timeline's.
    const filters = screen.getByRole("search", { name: "Timeline filters" });
    await user.click(within(filters).getByRole("button", { name: "Remove Peru" }));
    await vi.waitFor(() => expect(window.location.search).toBe(""));
  });

  it("groups sources by kind in the picker and says how many entries each supports", async () => {
    const { user, timeline } = await openTimeline();
    await user.type(await picker("Source"), "econ");
    const group = await screen.findByRole("group", { name: "News outlets" });
    await user.click(within(group).getByRole("option", { name: "The Economist 1 entry" }));
    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(window.location.search).toBe("?source=the-economist"));
    expect(screen.getByText("Showing 1 entry of 81.")).toBeInTheDocument();
    expect(entry(timeline, /The Economist reports a US offer/)).toBeInTheDocument();
  });

  it("searches titles, summaries and quotes without regard to case or accents, without adding history", async () => {
    const { user, timeline } = await openTimeline();
    const historyBefore = window.history.length;
    await user.type(screen.getByRole("searchbox", { name: /Search/ }), "LE DAREMOS");
    await vi.waitFor(() => expect(window.location.search).toBe("?q=LE+DAREMOS"));
    expect(window.history.length).toBe(historyBefore);
    expect(entry(timeline, /The Economist reports a US offer/)).toBeInTheDocument();
    expect(queryEntry(timeline, /Presidential election held/)).not.toBeInTheDocument();
  });

  it("keeps stance statements of the chosen stance only, and events of the chosen kind", async () => {
    const { user, timeline } = await openTimeline();
    await user.click(screen.getByRole("button", { name: "Recognizes Maduro", pressed: false }));
    expect(entry(timeline, "Russia: Recognizes Maduro")).toBeInTheDocument();
    expect(queryEntry(timeline, "Peru: Recognizes González")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Recognizes Maduro", pressed: true }));
    await user.click(screen.getByRole("button", { name: "Legal", pressed: false }));
    await vi.waitFor(() => expect(window.location.search).toBe("?kind=legal"));
    expect(entry(timeline, /TSJ validates the CNE result/)).toBeInTheDocument();
    expect(queryEntry(timeline, "Russia: Recognizes Maduro")).not.toBeInTheDocument();
  });

  it("choosing a country in an entry filters the page by it", async () => {
    const { user, timeline } = await openTimeline();
    const madrid = entry(timeline, "González lands in Madrid");
    await user.click(within(madrid).getByRole("button", { name: "Spain" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?country=ESP"));
  });

  it("names the filters that emptied the list and clears them", async () => {
    const { user } = renderApp({ url: "/?country=PER&q=zzzz" });
    const filters = await screen.findByRole("list", { name: "Filters in use" });
    expect(
      within(filters).getByRole("button", { name: "Remove the filter country: Peru" }),
    ).toBeInTheDocument();
    expect(
      within(filters).getByRole("button", { name: "Remove the filter search: “zzzz”" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear the timeline filters" }));
    await vi.waitFor(() => expect(window.location.search).toBe(""));
    expect(await screen.findByText("Showing all 81 entries.")).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: /Search/ })).toHaveValue("");
  });
});

describe("selecting an entry", () => {
  it("highlights it, puts it in the URL and moves the map to its date; Enter works too", async () => {
    const { user, timeline } = await openTimeline();
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

describe("in Spanish (?lang=es)", () => {
  const openSpanish = async (url = "/?lang=es") => {
    const utils = renderApp({ url });
    const timeline = await screen.findByRole("list", { name: "Cronología" });
    return { ...utils, timeline };
  };
  const param = (name: string) => new URLSearchParams(window.location.search).get(name);

  it("names the list, months, filters, kinds and countries in Spanish; data text stays as given", async () => {
    const { timeline } = await openSpanish();
    expect(screen.getByText("Se muestran las 81 entradas.")).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "Agosto de 2024" })).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "Julio de 2024" })).toBeInTheDocument();
    expect(queryEntry(timeline, "Peru: Recognizes González")).not.toBeInTheDocument();
    expect(entry(timeline, "Perú: Reconoce a González")).toBeInTheDocument();

    const filters = screen.getByRole("search", { name: "Filtros de la cronología" });
    expect(await picker("País u organismo", "Filtros de la cronología")).toBeInTheDocument();
    expect(await picker("Fuente", "Filtros de la cronología")).toBeInTheDocument();
    expect(
      within(filters).getByRole("searchbox", { name: "Buscar en títulos, resúmenes y citas" }),
    ).toBeInTheDocument();
    const stance = within(filters).getByRole("group", {
      name: "Postura (muestra solo las declaraciones de postura)",
    });
    expect(within(stance).getByRole("button", { name: "Pide las actas" })).toBeInTheDocument();
    const kind = within(filters).getByRole("group", { name: "Tipo" });
    expect(within(kind).getByRole("button", { name: "Judicial" })).toBeInTheDocument();

    // The event's title and the quote are data: they stay in the language the data gives them.
    const offer = entry(timeline, "The Economist reports a US offer to Maduro");
    expect(offer).toHaveTextContent("Lo afirma The Economist (medio de noticias)");
    expect(within(offer).getByText("a más tardar el 7 de agosto de 2024")).toHaveAttribute(
      "datetime",
      "2024-08-07",
    );
    expect(within(offer).getByRole("list", { name: "Fuentes" })).toBeInTheDocument();
    expect(within(offer).getByText(/le daremos lo que quiera/)).toHaveAttribute("lang", "es");
    expect(
      within(entry(timeline, "González lands in Madrid")).getByRole("button", { name: "España" }),
    ).toBeInTheDocument();
  });

  it("filters by country through the Spanish picker and names the empty state's filters in Spanish", async () => {
    const { user, timeline } = await openSpanish();
    await user.type(await picker("País u organismo", "Filtros de la cronología"), "peru");
    await user.click(await screen.findByRole("option", { name: "Perú 5 entradas" }));
    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(param("country")).toBe("PER"));
    expect(param("lang")).toBe("es");
    expect(screen.getByText("Se muestran 5 entradas de 81.")).toBeInTheDocument();
    expect(entry(timeline, "Perú: Reconoce a González")).toBeInTheDocument();
    expect(queryEntry(timeline, /Presidential election held/)).not.toBeInTheDocument();

    // Search ignores accents in Spanish too: "reconoce gonzalez" finds the title "Perú: Reconoce a González".
    const search = screen.getByRole("searchbox", { name: /Buscar/ });
    // Pasted, not typed: every keystroke re-renders the whole dashboard, which is slow in jsdom.
    await user.click(search);
    await user.paste("reconoce gonzalez");
    await vi.waitFor(() => expect(param("q")).toBe("reconoce gonzalez"));
    expect(entry(timeline, "Perú: Reconoce a González")).toBeInTheDocument();
    await user.clear(search);
    await user.paste("zzzz");
    const inUse = await screen.findByRole("list", { name: "Filtros en uso" });
    expect(
      within(inUse).getByRole("button", { name: "Quitar el filtro país u organismo: Perú" }),
    ).toBeInTheDocument();
    expect(
      within(inUse).getByRole("button", { name: "Quitar el filtro búsqueda: “zzzz”" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Quitar los filtros de la cronología" }));
    await vi.waitFor(() => expect(param("country")).toBeNull());
    expect(await screen.findByText("Se muestran las 81 entradas.")).toBeInTheDocument();
  });
});
