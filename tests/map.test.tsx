import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";

// Each test renders the map alone (its embed view: the real app without the counts and the timeline).
afterEach(() => vi.unstubAllGlobals());

const map = () =>
  screen.findByRole("group", { name: "World map of recognition stances" }, { timeout: 15_000 });

describe("the recognition map", () => {
  it("names and colours each country by its stance on the date in the link", async () => {
    renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const world = await map();
    const peru = await within(world).findByRole("button", { name: "Peru: Recognizes González" });
    expect(peru).toHaveStyle({ fill: "var(--color-stance-gonzalez)" });
    expect(
      within(world).getByRole("button", { name: "Mexico: Asks for the tally sheets" }),
    ).toBeInTheDocument();
    expect(world).toHaveAccessibleDescription(/^On 7 Aug 2024: .*countries recognize Maduro/);
  });

  it("shows Peru's later stance on a later date", async () => {
    renderApp({ url: "/?asof=2024-10-01", embed: "map" });
    const world = await map();
    expect(
      await within(world).findByRole("button", { name: "Peru: Asks for the tally sheets" }),
    ).toBeInTheDocument();
  });

  it("gives EU members without a stance of their own the EU's, and says so", async () => {
    renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const world = await map();
    const france = await within(world).findByRole("button", {
      name: "France: Rejects the CNE result (via the European Union)",
    });
    expect(france).toHaveStyle({ fill: 'url("#via-rejects-result")' });
  });

  it("does not make countries without a record separate tab stops", async () => {
    renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const world = await map();
    await within(world).findAllByRole("button");
    // These shapes are hidden from assistive technology on purpose, so no role query reaches them.
    // eslint-disable-next-line testing-library/no-node-access
    const hidden = world.querySelectorAll('path[aria-hidden="true"]');
    expect(hidden.length).toBeGreaterThan(50);
    hidden.forEach((path) => expect(path).toHaveAttribute("tabindex", "-1"));
  });

  it("opens a country's details with its history and working citation links when clicked", async () => {
    const { user } = renderApp({ url: "/?asof=2024-10-01", embed: "map" });
    const world = await map();
    await user.click(await within(world).findByRole("button", { name: "Peru: Asks for the tally sheets" }));
    const details = await screen.findByRole("region", { name: "Peru" });
    const history = within(details).getByRole("list", { name: "Stance history of Peru" });
    expect(within(history).getAllByRole("listitem", { name: "" }).length).toBeGreaterThan(0);
    expect(history).toHaveTextContent("Recognizes González");
    expect(history).toHaveTextContent("Asks for the tally sheets");
    const link = within(details).getByRole("link", { name: /Peru recognizes González as president-elect/ });
    expect(link).toHaveAttribute("href", expect.stringMatching(/^https:\/\//));
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(window.location.search).toContain("country=PER");
  });

  it("says which statements rest only on republishers or on partisan outlets", async () => {
    renderApp({ url: "/?asof=2024-08-20&country=MEX,SYR", embed: "map" });
    // Mexico: Folha on 1 August, latin-american.news (a republisher) on 8 August.
    const mexico = await screen.findByRole("region", { name: "Mexico" });
    const history = within(mexico).getByRole("list", { name: "Stance history of Mexico" });
    expect(within(history).getAllByText(/^Reported only by aggregators or republishers/)).toHaveLength(1);
    // Syria: only lulaflix, a partisan outlet.
    const syria = await screen.findByRole("region", { name: "Syria" });
    expect(within(syria).getByText(/^Reported only by state or partisan outlets/)).toBeVisible();
  });

  it("selects a country with the keyboard", async () => {
    const { user } = renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const world = await map();
    const mexico = await within(world).findByRole("button", { name: "Mexico: Asks for the tally sheets" });
    mexico.focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("region", { name: "Mexico" })).toBeInTheDocument();
    expect(mexico).toHaveAttribute("aria-pressed", "true");
  });

  it("filters by stance from the legend", async () => {
    const { user } = renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const world = await map();
    await within(world).findByRole("button", { name: "Peru: Recognizes González" });
    const legendButton = screen.getByRole("button", { name: /^Asks for the tally sheets · 11 countries/ });
    await user.click(legendButton);
    expect(legendButton).toHaveAttribute("aria-pressed", "true");
    await vi.waitFor(() => expect(window.location.search).toContain("stance=demands-records"));
    expect(
      within(world).queryByRole("button", { name: "Peru: Recognizes González" }),
    ).not.toBeInTheDocument();
    const table = screen.getByRole("table", { name: /Stances as of 7 Aug 2024/ });
    expect(within(table).getAllByRole("row")).toHaveLength(12);
  });

  it("steps the date from change to change with the arrow keys", async () => {
    const { user } = renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const slider = await screen.findByRole("slider", { name: /Stances as of/ });
    expect(slider).toHaveAttribute("aria-valuetext", "7 Aug 2024");
    slider.focus();
    await user.keyboard("{ArrowRight}");
    await vi.waitFor(() => expect(window.location.search).toMatch(/asof=2024-08-(0[89]|1\d)/));
    expect(slider.getAttribute("aria-valuetext")).not.toBe("7 Aug 2024");
  });

  it("with a source filter shows only stances those sources support", async () => {
    renderApp({ url: "/?asof=2024-08-07&source=metro-world-news", embed: "map" });
    const table = await screen.findByRole("table", { name: /Stances as of 7 Aug 2024/ });
    expect(within(table).getByRole("row", { name: /Guatemala/ })).toBeInTheDocument();
    expect(within(table).queryByRole("row", { name: /Russia/ })).not.toBeInTheDocument();
  });
});

describe("the record's coding (the codebook under the legend)", () => {
  it("codes Chile's conditional words as asking for the tally sheets, and a warning before any result as no stance", async () => {
    const { user } = renderApp({ url: "/?asof=2024-07-30", embed: "map" });
    const world = await map();
    expect(
      await within(world).findByRole("button", { name: "Chile: Asks for the tally sheets" }),
    ).toBeVisible();
    expect(within(world).queryByRole("button", { name: /^Argentina:/ })).not.toBeInTheDocument();
    // The rules load when the reader opens them.
    await user.click(screen.getByText("How statements are coded"));
    expect(
      await screen.findByText(/^A statement made before the CNE announced any result is a warning/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/interim government headed by Delcy Rodríguez is a stance of its own/),
    ).toBeInTheDocument();
  });

  it("names a news outlet's list as that outlet's claim", async () => {
    renderApp({ url: "/?asof=2024-08-07&country=CHL,GTM", embed: "map" });
    for (const name of ["Chile", "Guatemala"]) {
      const details = await screen.findByRole("region", { name });
      expect(details).toHaveTextContent(`On 7 Aug 2024: Rejects the CNE result`);
      expect(details).toHaveTextContent(
        `Metro World News (English edition): Metro World News lists ${name} among the countries`,
      );
    }
  });

  it("shows Brazil's 15 August refusal, and keeps Mexico's last stance while it waits for Venezuela's institutions", async () => {
    renderApp({ url: "/?asof=2024-08-20", embed: "map" });
    const world = await map();
    expect(
      await within(world).findByRole("button", { name: "Brazil: Rejects the CNE result" }),
    ).toBeVisible();
    expect(within(world).getByRole("button", { name: "Mexico: Asks for the tally sheets" })).toBeVisible();
  });
});

describe("the recognition map in Spanish", () => {
  it("names countries and stances in Spanish and formats the date the Spanish way", async () => {
    renderApp({ url: "/?asof=2024-08-07&lang=es", embed: "map" });
    const world = await screen.findByRole(
      "group",
      { name: "Mapa mundial de las posiciones de reconocimiento" },
      { timeout: 15_000 },
    );
    expect(
      await within(world).findByRole("button", { name: "Perú: Reconoce a González" }),
    ).toBeInTheDocument();
    expect(
      within(world).getByRole("button", {
        name: "Francia: Rechaza el resultado del CNE (a través de la Unión Europea)",
      }),
    ).toBeInTheDocument();
    expect(world).toHaveAccessibleDescription(/^Al 7 de agosto de 2024: .*países reconocen a Maduro/);
    expect(screen.getByRole("button", { name: /^Pide las actas · 11 países/ })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("lang", "es");
  });
});
