import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";
import { showEveryEntry } from "./timeline-helpers";

afterEach(() => vi.unstubAllGlobals());

// The whole page, every panel drawn. Queries look inside the panel concerned: a role query
// over the whole page, repeated on every change while the panels load, is slow in jsdom.
const panel = (name: string) => screen.findByRole("region", { name });

describe("the dashboard shell", () => {
  it("loads the bundled data and shows the two counts the article gives", async () => {
    renderApp();
    const counts = await panel("The counts");
    const cne = await within(counts).findByRole("region", { name: /CNE.*2 Aug 2024/i });
    expect(within(cne).getByText("6,408,844")).toBeInTheDocument();
    expect(within(cne).getByText("51.95%")).toBeInTheDocument();
    expect(within(cne).getByText("5,326,104")).toBeInTheDocument();
    expect(within(cne).getByText("43.18%")).toBeInTheDocument();
    const opposition = within(counts).getByRole("region", { name: /83\.5/ });
    expect(within(opposition).getByText("7,303,480")).toBeInTheDocument();
    expect(within(opposition).getByText("3,316,142")).toBeInTheDocument();
  });

  it("lists every event of the data in the timeline", async () => {
    const { user } = renderApp();
    const timeline = await within(await panel("What happened")).findByRole("list", { name: "Timeline" });
    await showEveryEntry(user);
    const events = JSON.parse(readDataFile("events.json")).events as { title: { en: string } }[];
    // An entry is named by its title heading; the headings are read once, not queried per title.
    const titles = within(timeline)
      .getAllByRole("heading", { level: 4 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(expect.arrayContaining(events.map((e) => e.title.en)));
    expect(titles.length).toBeGreaterThan(events.length); // stance statements and counts too
  });

  it("shows the stances of the date in the link", async () => {
    renderApp({ url: "/?asof=2024-08-07" });
    const table = await within(await panel("Recognition")).findByRole("table", {
      name: /Stances as of 7 Aug 2024/,
    });
    const peru = within(table).getByRole("row", { name: /Peru/ });
    expect(peru).toHaveTextContent("Recognizes González");
  });

  it("follows a stance change when the date moves", async () => {
    renderApp({ url: "/?asof=2024-09-05" });
    const table = await within(await panel("Recognition")).findByRole("table", {
      name: /Stances as of 5 Sept? 2024/,
    });
    expect(within(table).getByRole("row", { name: /Peru/ })).toHaveTextContent("Asks for the tally sheets");
  });

  it("says what it ignored in a bad link and corrects the address", async () => {
    renderApp({ url: "/?country=BRA,XYZ&asof=yesterday&foo=1" });
    const notice = await screen.findByRole("status", { name: /could not be used/ });
    expect(notice).toHaveTextContent("yesterday");
    expect(notice).toHaveTextContent("foo");
    await vi.waitFor(() => expect(notice).toHaveTextContent("XYZ"));
    await vi.waitFor(() => expect(window.location.search).toBe("?country=BRA"));
  });

  it("lets the reader dismiss the notice", async () => {
    const { user } = renderApp({ url: "/?stance=nonsense" });
    await user.click(await screen.findByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it("keeps the other panels working when one file is missing, and recovers on Retry", async () => {
    let missing = true;
    const { user } = renderApp({
      files: {
        "tallies.json": () =>
          missing ? new Response("nope", { status: 404 }) : new Response(readDataFile("tallies.json")),
      },
    });
    const counts = await screen.findByRole("region", { name: "The counts" });
    const alert = await within(counts).findByRole("alert");
    expect(alert).toHaveTextContent("tallies.json was not found");
    expect(alert).toHaveTextContent("The other panels keep working");
    const recognition = screen.getByRole("region", { name: "Recognition" });
    expect(await within(recognition).findByRole("table", { name: /Stances as of/ })).toBeInTheDocument();
    missing = false;
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    const cne = await within(counts).findByRole("region", { name: /CNE.*2 Aug 2024/i });
    expect(within(cne).getAllByText("6,408,844").length).toBeGreaterThan(0);
  });

  it("explains a damaged file in plain words", async () => {
    renderApp({ files: { "events.json": new Response('{"schemaVersion": 1, "events": [') } });
    expect(await screen.findByRole("alert")).toHaveTextContent("events.json is damaged");
  });
});
