import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";

afterEach(() => vi.unstubAllGlobals());

describe("the active filters, the title and the citation line", () => {
  it("summarise the view, name it in the title, and give the link that restores it", async () => {
    renderApp({ url: "/?country=MEX&source=the-economist&asof=2024-08-07" });
    const filters = await screen.findByRole("group", { name: "Active filters" });
    // A country is named by Intl at once; a source's name waits for sources.json.
    expect(await within(filters).findByRole("button", { name: "Remove Mexico" })).toBeInTheDocument();
    expect(await within(filters).findByRole("button", { name: "Remove The Economist" })).toBeInTheDocument();
    expect(within(filters).getByRole("button", { name: "Remove as of 7 Aug 2024" })).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(document.title).toBe("Mexico — recognition of the 2024 Venezuelan election"),
    );
    const cite = await screen.findByText(/Data up to/);
    expect(cite).toHaveTextContent("?country=MEX&source=the-economist&asof=2024-08-07");
  });

  it("removes one filter, or all of them, as new history entries", async () => {
    const { user } = renderApp({ url: "/?country=MEX&stance=demands-records&lang=en" });
    const filters = await screen.findByRole("group", { name: "Active filters" });
    await user.click(await within(filters).findByRole("button", { name: "Remove Mexico" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?stance=demands-records&lang=en"));
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?lang=en"));
    expect(screen.queryByRole("group", { name: "Active filters" })).not.toBeInTheDocument();
  });

  it("speaks Spanish when the link asks for it", async () => {
    renderApp({ url: "/?country=MEX&lang=es" });
    const filters = await screen.findByRole("group", { name: "Filtros activos" });
    expect(await within(filters).findByRole("button", { name: "Quitar México" })).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(document.title).toBe("México — reconocimiento de la elección venezolana de 2024"),
    );
  });
});
