/**
 * Failures that stay said (issue 17): what will come back the same (a 404, a damaged or invalid
 * file) is said at once, with no second request; a server's or the network's failure is tried
 * again, and the panel says so meanwhile; a failure stays on screen for panels drawn later until
 * the reader presses Retry, and Retry shows its progress in the same box. These tests run the
 * app's own retry policy (src/data/retry-policy.ts), with no delay between tries.
 */
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";

afterEach(() => vi.unstubAllGlobals());

const NO_WAIT = [0, 0];
const counts = () => screen.findByRole("region", { name: "The counts" });
/** The requests the page made for one data file, counted at the fake network. */
const requestsFor = (fetchMock: ReturnType<typeof renderApp>["fetchMock"], file: string) =>
  fetchMock.mock.calls.filter(([input]) => String(input).endsWith(`/data/${file}`)).length;

/** A response the test sends when it chooses to. */
function held() {
  let send: (response: Response) => void = () => undefined;
  const response = new Promise<Response>((resolve) => (send = resolve));
  return { response, send: (r: Response) => send(r) };
}

describe("failures that stay said", () => {
  it("says a missing file (404) at once, without asking for it again", async () => {
    const { fetchMock } = renderApp({
      embed: "tallies",
      retryDelays: NO_WAIT,
      files: { "tallies.json": () => new Response("nope", { status: 404 }) },
    });
    const alert = await within(await counts()).findByRole("alert");
    expect(alert).toHaveTextContent("The data file tallies.json was not found on the server.");
    expect(requestsFor(fetchMock, "tallies.json")).toBe(1);
  });

  it.each([
    ["a truncated file", () => new Response('{"schemaVersion":2,"tallies":['), "is damaged"],
    ["a file of the wrong shape", () => new Response('{"schemaVersion":1}'), "does not match"],
    ["another 4xx answer", () => new Response("no", { status: 403 }), "(error 403)"],
  ])("does not retry %s: it would arrive the same way", async (_, response, message) => {
    const { fetchMock } = renderApp({
      embed: "tallies",
      retryDelays: NO_WAIT,
      files: { "tallies.json": response },
    });
    expect(await within(await counts()).findByRole("alert")).toHaveTextContent(message);
    expect(requestsFor(fetchMock, "tallies.json")).toBe(1);
  });

  it("tries a server error (503) again, says so meanwhile, then says it failed", async () => {
    const second = held();
    let asked = 0;
    const { fetchMock } = renderApp({
      embed: "tallies",
      retryDelays: NO_WAIT,
      files: {
        "tallies.json": () => (++asked === 2 ? second.response : new Response("busy", { status: 503 })),
      },
    });
    const panel = await counts();
    expect(
      await within(panel).findByText(
        "Loading the vote counts… The server did not answer; trying again (2 of 3).",
      ),
    ).toHaveAttribute("role", "status");
    expect(within(panel).queryByRole("alert")).not.toBeInTheDocument();
    second.send(new Response("busy", { status: 503 }));
    const alert = await within(panel).findByRole("alert");
    expect(alert).toHaveTextContent("The server failed to send tallies.json (error 503).");
    expect(requestsFor(fetchMock, "tallies.json")).toBe(3);
  });

  it("recovers without a word when a retry brings the file", async () => {
    let asked = 0;
    renderApp({
      embed: "tallies",
      retryDelays: NO_WAIT,
      files: {
        "tallies.json": () =>
          ++asked === 1
            ? Promise.reject(new TypeError("Failed to fetch"))
            : new Response(readDataFile("tallies.json")),
      },
    });
    const panel = await counts();
    expect(await within(panel).findByRole("region", { name: /CNE.*2 Aug 2024/i })).toBeInTheDocument();
    expect(within(panel).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps a failure said for a panel drawn later, with no new request, until Retry", async () => {
    // events.json feeds the timeline, and the tally sheets' list of sources, which is drawn once
    // the map has settled: it must find the failure, not load the file again in silence.
    const { fetchMock } = renderApp({ files: { "events.json": new Response("nope", { status: 404 }) } });
    const timeline = await screen.findByRole("region", { name: "What happened" });
    expect(await within(timeline).findByRole("alert")).toHaveTextContent("events.json was not found");
    const actas = screen.getByRole("region", { name: "The tally sheets" });
    expect(
      await within(actas).findByText("Where the sheets come from", undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(within(timeline).getByRole("alert")).toHaveTextContent("events.json was not found");
    expect(within(timeline).queryByText(/Loading/)).not.toBeInTheDocument();
    expect(requestsFor(fetchMock, "events.json")).toBe(1);
  });

  it("shows Retry's progress in the same box, keeps focus there, then the counts", async () => {
    let answer: () => Response | Promise<Response> = () => new Response("nope", { status: 404 });
    const { user, fetchMock } = renderApp({
      embed: "tallies",
      retryDelays: NO_WAIT,
      files: { "tallies.json": () => answer() },
    });
    const panel = await counts();
    const alert = await within(panel).findByRole("alert");
    const file = held();
    answer = () => file.response;
    const button = within(alert).getByRole("button", { name: "Retry" });
    await user.click(button);

    // The same box and the same button, now waiting; the reader's focus has stayed on it.
    expect(button).toHaveAccessibleName("Retrying…");
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveFocus();
    expect(alert).toHaveAttribute("role", "status");
    expect(alert).toHaveTextContent("Loading the vote counts…");
    await user.click(button); // pressed again while it works: no second request
    file.send(new Response(readDataFile("tallies.json")));

    expect(await within(panel).findByRole("region", { name: /CNE.*2 Aug 2024/i })).toBeInTheDocument();
    expect(within(panel).queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "The counts" })).toHaveFocus();
    expect(requestsFor(fetchMock, "tallies.json")).toBe(2);
  });
});
