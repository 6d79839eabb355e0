/**
 * Bad data and failing networks: each fault is named in plain words inside the panel it
 * affects, and the other panels keep working.
 */
import { act, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Loading } from "../src/components/panel";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const stances = () => JSON.parse(readDataFile("stances.json"));
const json = (value: unknown) => new Response(JSON.stringify(value));
const recognition = () => screen.findByRole("region", { name: "Recognition" });

describe("bad data and failing networks", () => {
  it("skips one invalid record, says so, and shows the rest", async () => {
    const file = stances();
    const peru = file.stances.findIndex((s: { actor: string }) => s.actor === "PER");
    file.stances[peru].date = "2024-13-45";
    renderApp({ url: "/?asof=2024-08-07", files: { "stances.json": json(file) }, embed: "map" });
    const panel = await recognition();
    const alert = await within(panel).findByRole("alert");
    expect(alert).toHaveTextContent("1 invalid record was left out");
    expect(alert).toHaveTextContent(`stances.json $.stances[${peru}]`);
    expect(await within(panel).findByRole("table", { name: /Stances as of/ })).toHaveTextContent("Mexico");
  });

  it("names a reference to a source that is not in the data", async () => {
    const file = stances();
    file.stances[0].citations[0].publisher = "no-such-source";
    renderApp({ files: { "stances.json": json(file) }, embed: "map" });
    const alert = await within(await recognition()).findByRole("alert");
    expect(alert).toHaveTextContent("1 reference points to something missing from the data");
    expect(alert).toHaveTextContent('"no-such-source"');
  });

  it.each([
    [
      "a server error",
      () => new Response("oops", { status: 500 }),
      "The server failed to send stances.json (error 500)",
    ],
    [
      "a truncated file",
      () => new Response('{"schemaVersion":1,"stances":[{"id":'),
      "stances.json is damaged",
    ],
    [
      "the wrong shape",
      // A file still in the shape of the first schema version, whose texts were English only.
      () => json({ schemaVersion: 1, stances: [] }),
      "stances.json does not match the expected format",
    ],
    [
      "a failing network",
      () => Promise.reject(new TypeError("Failed to fetch")),
      "Could not reach the server to load stances.json",
    ],
  ])("explains %s in the panel and keeps the others working", async (_, response, message) => {
    renderApp({ files: { "stances.json": response as () => Response } });
    const alert = await within(await recognition()).findByRole("alert");
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    const counts = screen.getByRole("region", { name: "The counts" });
    expect(await within(counts).findByRole("region", { name: /CNE.*2 Aug 2024/i })).toBeInTheDocument();
  });

  it("says when loading is slow instead of leaving the reader guessing", () => {
    vi.useFakeTimers();
    render(<Loading what="the vote counts" />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the vote counts…");
    expect(screen.getByRole("status")).not.toHaveTextContent("longer than usual");
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByRole("status")).toHaveTextContent("taking longer than usual");
  });
});
