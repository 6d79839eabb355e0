import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";
import {
  entries,
  entriesOf,
  entry,
  eventTitle,
  eventTitles,
  openEntry,
  openTimeline,
  picker,
  queryEntry,
  showEveryEntry,
  totalEntries,
} from "./timeline-helpers";

// Each test renders the timeline alone (its embed view): the filters are the timeline's own.
afterEach(() => vi.unstubAllGlobals());

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
    await user.click(await screen.findByRole("option", { name: `Peru ${entriesOf("PER")} entries` }));
    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(window.location.search).toBe("?country=PER&embed=timeline"));
    expect(window.history.length).toBe(historyBefore + 1);
    expect(entries(timeline, "Peru: Recognizes González")).toHaveLength(2);
    expect(queryEntry(timeline, eventTitle("election-day", "en"))).not.toBeInTheDocument();
    // The filter bar's own chip (on the dashboard, the active filters above the panels have one too).
    const filters = screen.getByRole("search", { name: "Timeline filters" });
    await user.click(within(filters).getByRole("button", { name: "Remove Peru" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?embed=timeline"));
  });

  it("groups sources by kind in the picker and says how many entries each supports", async () => {
    const { user, timeline } = await openTimeline();
    await user.type(await picker("Source"), "econ");
    const group = await screen.findByRole("group", { name: "News outlets" });
    await user.click(within(group).getByRole("option", { name: "The Economist 1 entry" }));
    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(window.location.search).toBe("?source=the-economist&embed=timeline"));
    expect(screen.getByText(`Showing 1 entry of ${totalEntries()}.`)).toBeInTheDocument();
    expect(entry(timeline, /The Economist reports a US offer/)).toBeInTheDocument();
  });

  it("searches titles, summaries and quotes without regard to case or accents, without adding history", async () => {
    const { user, timeline } = await openTimeline();
    const historyBefore = window.history.length;
    await user.type(screen.getByRole("searchbox", { name: /Search/ }), "LE DAREMOS");
    await vi.waitFor(() => expect(window.location.search).toBe("?q=LE+DAREMOS&embed=timeline"));
    expect(window.history.length).toBe(historyBefore);
    expect(entry(timeline, /The Economist reports a US offer/)).toBeInTheDocument();
    expect(queryEntry(timeline, eventTitle("election-day", "en"))).not.toBeInTheDocument();
  });

  it("keeps stance statements of the chosen stance only, and events of the chosen kind", async () => {
    const { user, timeline } = await openTimeline();
    await user.click(screen.getByRole("button", { name: "Recognizes Maduro", pressed: false }));
    expect(entry(timeline, "Russia: Recognizes Maduro")).toBeInTheDocument();
    expect(queryEntry(timeline, "Peru: Recognizes González")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Recognizes Maduro", pressed: true }));
    await user.click(screen.getByRole("button", { name: "Legal", pressed: false }));
    await vi.waitFor(() => expect(window.location.search).toBe("?kind=legal&embed=timeline"));
    expect(entry(timeline, /TSJ validates the CNE result/)).toBeInTheDocument();
    expect(queryEntry(timeline, "Russia: Recognizes Maduro")).not.toBeInTheDocument();
  });

  it("choosing a country in an entry filters the page by it", async () => {
    const { user, timeline } = await openTimeline();
    const madrid = await openEntry(user, timeline, "González lands in Madrid");
    await user.click(within(madrid).getByRole("button", { name: "Spain" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?country=ESP&embed=timeline"));
  });

  it("names the filters that emptied the list and clears them", async () => {
    const { user } = renderApp({ url: "/?country=PER&q=zzzz", embed: "timeline" });
    const filters = await screen.findByRole("list", { name: "Filters in use" });
    expect(
      within(filters).getByRole("button", { name: "Remove the filter country: Peru" }),
    ).toBeInTheDocument();
    expect(
      within(filters).getByRole("button", { name: "Remove the filter search: “zzzz”" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear the timeline filters" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?embed=timeline"));
    expect(await screen.findByText(`Showing all ${totalEntries()} entries.`)).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: /Search/ })).toHaveValue("");
  });
});

describe("in Spanish (?lang=es)", () => {
  const openSpanish = async (url = "/?lang=es") => {
    const utils = renderApp({ url, embed: "timeline" });
    const timeline = await screen.findByRole("list", { name: "Cronología" });
    return { ...utils, timeline };
  };
  const param = (name: string) => new URLSearchParams(window.location.search).get(name);

  it("names the list, months, filters, kinds, countries and the data's texts in Spanish; quotes stay as published", async () => {
    const { timeline, user } = await openSpanish();
    await showEveryEntry(user);
    const titles = within(timeline)
      .getAllByRole("heading", { level: 4 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(expect.arrayContaining(eventTitles("es")));
    expect(screen.getByText(`Se muestran las ${totalEntries()} entradas.`)).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "Agosto de 2024" })).toBeInTheDocument();
    expect(within(timeline).getByRole("heading", { name: "Julio de 2024" })).toBeInTheDocument();
    expect(queryEntry(timeline, "Peru: Recognizes González")).not.toBeInTheDocument();
    expect(entries(timeline, "Perú: Reconoce a González")).toHaveLength(2);

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

    // The event's title is given in Spanish by the data; the quote stays in its own language.
    expect(queryEntry(timeline, eventTitle("economist-whatever-he-wants", "en"))).not.toBeInTheDocument();
    const offer = await openEntry(user, timeline, eventTitle("economist-whatever-he-wants", "es"));
    expect(offer).toHaveTextContent("Lo afirma The Economist (medio de noticias)");
    expect(within(offer).getByText("a más tardar el 7 de agosto de 2024")).toHaveAttribute(
      "datetime",
      "2024-08-07",
    );
    expect(within(offer).getByRole("list", { name: "Fuentes" })).toBeInTheDocument();
    const sworn = within(await openEntry(user, timeline, eventTitle("maduro-sworn-in", "es"))).getByRole(
      "list",
      {
        name: "Fuentes",
      },
    );
    expect(within(sworn).getByRole("link", { name: /^\(título no visible en la página\)/ })).toBeVisible();
    expect(within(offer).getByText(/le daremos lo que quiera/)).toHaveAttribute("lang", "es");
    expect(
      within(await openEntry(user, timeline, eventTitle("gonzalez-lands-madrid", "es"))).getByRole("button", {
        name: "España",
      }),
    ).toBeInTheDocument();
  });

  it("filters by country through the Spanish picker and names the empty state's filters in Spanish", async () => {
    const { user, timeline } = await openSpanish();
    await user.type(await picker("País u organismo", "Filtros de la cronología"), "peru");
    await user.click(await screen.findByRole("option", { name: `Perú ${entriesOf("PER")} entradas` }));
    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(param("country")).toBe("PER"));
    expect(param("lang")).toBe("es");
    expect(
      screen.getByText(`Se muestran ${entriesOf("PER")} entradas de ${totalEntries()}.`),
    ).toBeInTheDocument();
    expect(entries(timeline, "Perú: Reconoce a González")).toHaveLength(2);
    expect(queryEntry(timeline, eventTitle("election-day", "es"))).not.toBeInTheDocument();

    // Search ignores accents in Spanish too: "reconoce gonzalez" finds the title "Perú: Reconoce a González".
    const search = screen.getByRole("searchbox", { name: /Buscar/ });
    // Pasted, not typed: every keystroke re-renders the timeline, which is slow in jsdom.
    await user.click(search);
    await user.paste("reconoce gonzalez");
    await vi.waitFor(() => expect(param("q")).toBe("reconoce gonzalez"));
    expect(entries(timeline, "Perú: Reconoce a González")).toHaveLength(2);
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
    expect(await screen.findByText(`Se muestran las ${totalEntries()} entradas.`)).toBeInTheDocument();
  });
});
