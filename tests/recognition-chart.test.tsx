import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";

// Each test renders the map alone (its embed view), with the data served from public/data.
afterEach(() => vi.unstubAllGlobals());

const chart = () =>
  screen.findByRole(
    "toolbar",
    { name: /^Countries by stance \(this page's count; full height: \d+\)$/ },
    { timeout: 15_000 },
  );
const asof = () => new URLSearchParams(window.location.search).get("asof");

describe("the recognition chart", () => {
  it("names every step with its counts and marks the step that holds the map's date", async () => {
    renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const toolbar = await chart();
    const options = within(toolbar).getAllByRole("button");
    // Peru recognised González on 30 July 2024 and withdrew it on 5 September: both are steps.
    const peruIn = within(toolbar).getByRole("button", { name: /^On 30 Jul 2024: / });
    expect(within(toolbar).getByRole("button", { name: /^On 5 Sept 2024: / })).toBeInTheDocument();
    // Peru was the first: on 30 July it alone recognised González.
    expect(peruIn).toHaveAccessibleName(/countries recognize Maduro, 1 country recognizes González, /);
    const selected = options.filter((o) => o.getAttribute("aria-current") === "date");
    expect(selected).toHaveLength(1);
    // One tab stop: the step that holds the map's date.
    expect(options.filter((o) => o.tabIndex === 0)).toEqual(selected);
    // The selected step is the last that starts on or before 7 August.
    const starts = options.map((o) => /^On (.+?):/.exec(o.getAttribute("aria-label") ?? "")?.[1]);
    const index = options.indexOf(selected[0] as HTMLElement);
    expect(starts[index]).toMatch(/Aug 2024$/);
    expect(starts[index + 1]).not.toMatch(/^[1-7] Aug 2024$/);
  });

  it("moves between steps with the arrow keys (one tab stop) and moves the map on Enter; Back undoes it", async () => {
    const { user } = renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const toolbar = await chart();
    const slider = screen.getByRole("slider", { name: /Stances as of/ });
    const steps = within(toolbar).getAllByRole("button");
    const start = steps.findIndex((o) => o.getAttribute("aria-current") === "date");
    // From the slider: its two buttons, the table's toggle, then the chart, at the map's step.
    slider.focus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Next change" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Show as a table" })).toHaveFocus();
    await user.tab();
    expect(steps[start]).toHaveFocus();
    const before = asof();
    expect(before).toBe("2024-08-07");
    await user.keyboard("{ArrowRight}{ArrowRight}");
    // Moving between steps reads their counts; it does not move the map.
    expect(asof()).toBe(before);
    const active = steps[start + 2];
    expect(active).toHaveFocus();
    const name = active?.getAttribute("aria-label") ?? "";
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(asof()).not.toBe(before));
    expect(slider).toHaveAttribute("aria-valuetext", /^On (.+?):/.exec(name)?.[1]);
    expect(active).toHaveAttribute("aria-current", "date");
    // The chart is one tab stop: the next leaves it.
    await user.tab();
    for (const step of steps) expect(step).not.toHaveFocus();
    window.history.back();
    await vi.waitFor(() => expect(asof()).toBe(before));
  });

  it("moves the map to a step that is clicked", async () => {
    const { user } = renderApp({ url: "/?asof=2024-08-07", embed: "map" });
    const toolbar = await chart();
    await user.click(within(toolbar).getByRole("button", { name: /^On 5 Sept 2024: / }));
    await vi.waitFor(() => expect(asof()).toBe("2024-09-05"));
    const world = await screen.findByRole("group", { name: "World map of recognition stances" });
    expect(
      await within(world).findByRole("button", { name: "Peru: Asks for the tally sheets" }),
    ).toBeInTheDocument();
  });

  it("follows the legend's stance filter, in the chart and in its table", async () => {
    const { user } = renderApp({ url: "/?asof=2024-08-07&stance=recognizes-maduro", embed: "map" });
    const toolbar = await chart();
    for (const option of within(toolbar).getAllByRole("button")) {
      expect(option).toHaveAccessibleName(/^On .+: \d+ countr(y|ies)( \(.+\))? recognizes? Maduro\.$/);
    }
    const toggle = screen.getByRole("button", { name: "Show as a table" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    // Closed, the table is not in the page, and the toggle points at nothing.
    expect(toggle).not.toHaveAttribute("aria-controls");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const table = screen.getByRole("table", { name: /^Countries holding each stance/ });
    const box = screen.getByRole("region", { name: /^Countries holding each stance/ });
    expect(toggle).toHaveAttribute("aria-controls", box.id);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Since", "Recognizes Maduro"]);
    // One row per step, under the header row.
    expect(within(table).getAllByRole("row")).toHaveLength(within(toolbar).getAllByRole("button").length + 1);
    expect(screen.getByText(/^This page's count of the recorded statements/)).toBeVisible();
  });

  it("speaks Spanish", async () => {
    renderApp({ url: "/?asof=2024-08-07&lang=es", embed: "map" });
    const toolbar = await screen.findByRole(
      "toolbar",
      { name: /^Países por posición \(recuento de esta página; altura total: \d+\)$/ },
      { timeout: 15_000 },
    );
    expect(within(toolbar).getByRole("button", { name: /^Al 30 de julio de 2024: / })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ver como tabla" })).toBeInTheDocument();
  });
});
