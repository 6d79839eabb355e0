import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";

afterEach(() => vi.unstubAllGlobals());

/** The panel alone (its embed view), and queries inside it. */
const sheets = () => screen.findByRole("region", { name: "The tally sheets" });

describe("the tally sheets", () => {
  it("names every state with its figures and checks the sums against the published stage", async () => {
    renderApp({ embed: "actas" });
    const map = await within(await sheets()).findByRole("group", { name: /margin over Maduro.*by state/ });
    const states = within(map).getAllByRole("link");
    expect(states).toHaveLength(24);
    // The name's figures, worked out here from the file the page reads.
    const zulia = (
      JSON.parse(readDataFile("actas/states.json")) as {
        states: { code: string; campaign: { sheets: number; egu: number; nm: number; validos: number } }[];
      }
    ).states.find((state) => state.code === "21")?.campaign;
    if (!zulia) throw new Error("Zulia is not in states.json");
    const share = (votes: number) => ((100 * votes) / zulia.validos).toFixed(1);
    const name = `Zulia: González ${share(zulia.egu)}%, Maduro ${share(zulia.nm)}% (${zulia.sheets.toLocaleString("en-US")} tally sheets)`;
    expect(within(map).getByRole("link", { name })).toBeInTheDocument();
    const sums = within(await sheets()).getByRole("region", { name: "What the sheets add up to" });
    const gonzalez = within(sums).getByRole("row", { name: /^González/ });
    expect(gonzalez).toHaveTextContent("7,151,462 (adn40): the sheets add up to 5,000 more");
    expect(gonzalez).toHaveTextContent("7,156,462 (ru24): equal");
  });

  it("lists every row of the table for print", async () => {
    renderApp({ embed: "actas" });
    const table = await within(await sheets()).findByRole("table", { name: /^States of Venezuela/ });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 10);
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 24);
    act(() => void window.dispatchEvent(new Event("afterprint")));
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 10);
  });

  it("drills into a state from the table, a history entry with the area in the address", async () => {
    const { user } = renderApp({ embed: "actas" });
    const table = await within(await sheets()).findByRole("table", { name: /^States of Venezuela/ });
    const before = window.history.length;
    // The first ten states are listed; Sucre comes after them, so the reader shows all first.
    expect(within(table).queryByRole("link", { name: "Sucre" })).not.toBeInTheDocument();
    await user.click(within(await sheets()).getByRole("button", { name: /^Show all 24 rows \(14 more\)$/ }));
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 24);
    await user.click(within(table).getByRole("link", { name: "Sucre" }));
    expect(
      await within(await sheets()).findByRole("table", { name: /^Municipalities of Sucre/ }),
    ).toBeInTheDocument();
    expect(window.location.search).toMatch(/[?&]area=17(&|$)/);
    expect(window.history.length).toBe(before + 1);
    // The followed link is gone with its table: focus moves to the new table, not to the page's start.
    expect(within(await sheets()).getByText(/^Municipalities of Sucre/)).toHaveFocus();
    const where = within(await sheets()).getByRole("navigation", {
      name: "Where you are in the tally sheets",
    });
    expect(within(where).getByRole("link", { name: "Venezuela" })).toBeInTheDocument();
  });

  it("sorts the table by a column, and again the other way", async () => {
    const { user } = renderApp({ embed: "actas" });
    const table = await within(await sheets()).findByRole("table", { name: /^States of Venezuela/ });
    await user.click(within(table).getByRole("button", { name: "Tally sheets" }));
    const firstRow = () => within(table).getAllByRole("row")[1];
    expect(firstRow()).toHaveTextContent("Zulia"); // the most sheets first
    await user.click(within(table).getByRole("button", { name: "Tally sheets" }));
    expect(firstRow()).toHaveTextContent("Amazonas"); // the fewest
  });

  it("finds a centre without accents and says when nothing matches", async () => {
    const { user } = renderApp({ url: "/?area=1714", embed: "actas" });
    const box = await within(await sheets()).findByRole("searchbox", {
      name: "Find a voting centre",
    });
    await user.type(box, "francisco mejias");
    expect(
      await within(await sheets()).findByRole("link", { name: "UNIDAD EDUCATIVA FRANCISCO MEJÍAS" }),
    ).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, "qqqq");
    expect(
      await within(await sheets()).findByText(/No voting centre in .* matches "qqqq"/),
    ).toBeInTheDocument();
  });

  it("says which file is missing, with Retry, and keeps the rest of the page", async () => {
    const { fetchMock } = renderApp({
      files: { "actas/states.json": new Response("gone", { status: 404 }) },
    });
    const alert = await within(await sheets()).findByRole("alert");
    expect(alert).toHaveTextContent("actas/states.json was not found");
    // A missing file is final: said at once, not after retries.
    const asked = fetchMock.mock.calls.filter(([url]) => String(url).endsWith("/data/actas/states.json"));
    expect(asked).toHaveLength(1);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: "The counts" })).toBeInTheDocument();
  });

  it("says a truncated state file is damaged, and keeps the map", async () => {
    const truncated = readDataFile("actas/areas/17.json").slice(0, 500);
    renderApp({
      url: "/?area=17",
      embed: "actas",
      files: { "actas/areas/17.json": new Response(truncated) },
    });
    const alert = await within(await sheets()).findByRole("alert");
    expect(alert).toHaveTextContent("actas/areas/17.json is damaged");
    expect(within(await sheets()).getByRole("group", { name: /by state/ })).toBeInTheDocument();
  });
});
