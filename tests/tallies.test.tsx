import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatters } from "../src/i18n/format";
import { readDataFile } from "./fake-network";
import { renderApp } from "./render-app";

afterEach(() => vi.unstubAllGlobals());

/** How many figures of a tally the data records as printed differently by sources. */
const disagreementsAbout = (tally: string) =>
  (JSON.parse(readDataFile("disagreements.json")).disagreements as { subject: { tally?: string } }[]).filter(
    (d) => d.subject.tally === tally,
  ).length;

/** A tally's label in a language of the page, as the data gives it. */
const tallyLabel = (id: string, lang: "en" | "es") =>
  (
    JSON.parse(readDataFile("tallies.json")).tallies as { id: string; label: Record<"en" | "es", string> }[]
  ).find((t) => t.id === id)?.label[lang] ?? id;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each test renders the counts alone (their embed view: the real app without the map and the
 * timeline), and queries stay inside the panel, where the figures under test belong.
 */
let panel: HTMLElement | null = null;
async function counts() {
  // The panel's element outlives re-renders, so it is looked up once per rendered page.
  if (!panel?.isConnected) panel = await screen.findByRole("region", { name: "The counts" });
  return panel;
}
const region = async (name: RegExp) => within(await counts()).findByRole("region", { name });

describe("the tally comparison", () => {
  it("shows the CNE's 2 August bulletin against the tally-sheet count, with what each rests on", async () => {
    const { user } = renderApp({ embed: "tallies" });
    const cne = await region(/CNE second bulletin.*2 Aug 2024/);
    expect(within(cne).getByText("96.87% of tally sheets")).toBeInTheDocument();
    // How it was published: the method in the heading, the rest a step away.
    expect(
      within(cne).getByRole("heading", { name: "How it was published: Read aloud" }),
    ).toBeInTheDocument();
    const table = within(cne).getByRole("table", { name: /Votes and shares/ });
    expect(within(table).getByRole("row", { name: /Nicolás Maduro/ })).toHaveTextContent("51.95%");
    // The eight other candidates are grouped by default, their votes added up.
    expect(within(table).getByRole("row", { name: /Other candidates/ })).toHaveTextContent("600,936");

    const opposition = await region(/Opposition count, 83\.5%/);
    expect(within(opposition).getByText("83.5% of tally sheets")).toBeInTheDocument();
    const published = within(opposition).getByRole("button", {
      name: "How it was published: Tally-sheet images published online",
    });
    expect(opposition).not.toHaveTextContent("resultadosconvzla.com");
    await user.click(published);
    expect(published).toHaveAttribute("aria-expanded", "true");
    expect(opposition).toHaveTextContent("resultadosconvzla.com");
  });

  it("says in words how far apart the two counts are, and that the tally-sheet count rests on fewer sheets", async () => {
    renderApp({ embed: "tallies" });
    const difference = await region(/difference between the two counts/i);
    expect(difference).toHaveTextContent(
      /gives Edmundo González Urrutia 1,977,376 more votes than CNE second/,
    );
    expect(difference).toHaveTextContent(/gives Nicolás Maduro 3,092,702 fewer votes than/);
    expect(difference).toHaveTextContent(
      /rests on fewer tally sheets than .*: 83\.5% of tally sheets against 96\.87%/,
    );
    expect(difference).toHaveTextContent(/never scaled up/);
  });

  it("switches the compared pair through the picker and writes it to the address", async () => {
    const { user } = renderApp({ embed: "tallies" });
    await region(/CNE second bulletin/);
    await user.selectOptions(
      within(await counts()).getByRole("combobox", { name: "Right tally" }),
      "washington-post-check",
    );
    const post = await region(/Washington Post check/);
    expect(within(post).getByText("6,901,845")).toBeInTheDocument();
    expect(within(await counts()).queryByRole("region", { name: /83\.5/ })).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(window.location.search).toBe("?compare=cne-2024-08-02,washington-post-check&embed=tallies"),
    );
  });

  it("swaps the two sides", async () => {
    const { user } = renderApp({ url: "/?compare=cne-2024-08-02,washington-post-check", embed: "tallies" });
    await region(/Washington Post check/);
    await user.click(within(await counts()).getByRole("button", { name: "Swap sides" }));
    await vi.waitFor(() =>
      expect(window.location.search).toBe("?compare=washington-post-check,cne-2024-08-02&embed=tallies"),
    );
    expect(within(await counts()).getByRole("combobox", { name: "Left tally" })).toHaveValue(
      "washington-post-check",
    );
  });

  it("opens the two CNE bulletins from a link, with the 29 July exact-share finding and both sides of the argument", async () => {
    const { user } = renderApp({ url: "/?compare=cne-2024-07-29,cne-2024-08-02", embed: "tallies" });
    const first = await region(/CNE first bulletin.*29 Jul 2024/);
    expect(first).toHaveTextContent(
      "Every count is exactly its printed share (51.20%, 44.2%, 4.6%) of 10,058,774, to the vote.",
    );
    await user.click(within(first).getByText("Show the sum for each candidate"));
    expect(
      within(first).getByText(
        "Nicolás Maduro: 51.20% of 10,058,774 is 5,150,092.29, which rounds to the 5,150,092 votes given.",
      ),
    ).toBeVisible();
    // The sums and what others said are closed until asked for; the finding above is not.
    expect(first).not.toHaveTextContent("The candidate votes add up to");
    await user.click(within(first).getByRole("button", { name: "Check the arithmetic" }));
    expect(first).toHaveTextContent(
      "The candidate votes add up to 10,058,774: exactly the 10,058,774 votes counted stated",
    );
    expect(first).not.toHaveTextContent(/Andrew Gelman put the chance/);
    await user.click(within(first).getByRole("button", { name: /^What others said \(\d+\)$/ }));
    expect(first).toHaveTextContent(/Andrew Gelman put the chance/);
    expect(first).toHaveTextContent(/Hacker News forum comment/);
    expect(within(first).getByText("Context or counter-argument")).toBeInTheDocument();

    const second = await region(/CNE second bulletin/);
    await user.click(within(second).getByRole("button", { name: "Check the arithmetic" }));
    expect(second).toHaveTextContent(
      "The candidate votes add up to 12,335,884: exactly the 12,335,884 valid votes stated",
    );
    expect(second).toHaveTextContent(/not exact multiples of their printed shares/);
  });

  it("opens its closed sections for print, and closes them after", async () => {
    renderApp({ url: "/?compare=cne-2024-07-29,cne-2024-08-02", embed: "tallies" });
    const first = await region(/CNE first bulletin.*29 Jul 2024/);
    const check = within(first).getByRole("button", { name: "Check the arithmetic" });
    const others = within(first).getByRole("button", { name: /^What others said \(\d+\)$/ });
    expect(first).not.toHaveTextContent("The candidate votes add up to");
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    expect(check).toHaveAttribute("aria-expanded", "true");
    expect(others).toHaveAttribute("aria-expanded", "true");
    expect(first).toHaveTextContent("The candidate votes add up to 10,058,774");
    expect(first).toHaveTextContent(/Andrew Gelman put the chance/);
    act(() => void window.dispatchEvent(new Event("afterprint")));
    expect(check).toHaveAttribute("aria-expanded", "false");
    expect(first).not.toHaveTextContent("The candidate votes add up to");
  });

  it("recomputes the printed shares from the votes when asked", async () => {
    const { user } = renderApp({ embed: "tallies" });
    const cne = await region(/CNE second bulletin/);
    const check = within(cne).getByRole("button", { name: "Check the arithmetic" });
    expect(check).toHaveAttribute("aria-expanded", "false");
    await user.click(check);
    expect(check).toHaveAttribute("aria-expanded", "true");
    await user.click(within(cne).getByText(/All 10 printed shares agree/));
    expect(
      within(cne).getByText(/Nicolás Maduro: 6,408,844 ÷ 12,335,884 = 51\.9529%; printed 51\.95%/),
    ).toBeVisible();
    const opposition = await region(/83\.5/);
    await user.click(within(opposition).getByRole("button", { name: "Check the arithmetic" }));
    expect(opposition).toHaveTextContent("No source states the vote total the shares are taken of");
  });

  it("keeps in view, with their sections closed, what others doubt and where sources differ on how a count was published", async () => {
    const { user } = renderApp({ embed: "tallies" });
    const cne = await region(/CNE second bulletin/);
    const others = within(cne).getByRole("button", { name: /^What others said \(\d+\)$/ });
    expect(others).toHaveAttribute("aria-expanded", "false");
    expect(within(cne).getByText(/^Questions the count: \d+$/)).toBeVisible();
    const published = within(cne).getByRole("button", { name: "How it was published: Read aloud" });
    expect(published).toHaveAttribute("aria-expanded", "false");
    expect(
      within(cne).getByRole("button", {
        name: /^sources differ: What the 48-hour legal deadline applies to/,
      }),
    ).toBeVisible();
    await user.click(published);
    expect(published).toHaveAttribute("aria-expanded", "true");
  });

  it("opens the arithmetic at once when a check fails", async () => {
    const data = JSON.parse(readDataFile("tallies.json")) as {
      tallies: { id: string; totals?: { valid?: number } }[];
    };
    const cneData = data.tallies.find((t) => t.id === "cne-2024-08-02");
    if (cneData?.totals) cneData.totals.valid = 12335000; // 884 short of the candidates' sum
    renderApp({ embed: "tallies", files: { "tallies.json": new Response(JSON.stringify(data)) } });
    const cne = await region(/CNE second bulletin/);
    expect(within(cne).getByRole("button", { name: "Check the arithmetic" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(cne).toHaveTextContent(/884 more than the 12,335,000 valid votes/);
    const opposition = await region(/83\.5/);
    expect(within(opposition).getByRole("button", { name: "Check the arithmetic" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });

  it("opens the alternatives where sources disagree on a figure, and closes them again", async () => {
    const { user } = renderApp({ embed: "tallies" });
    const cne = await region(/CNE second bulletin/);
    const marker = within(cne).getByRole("button", { name: /sources differ: Maduro's votes/ });
    expect(marker).toHaveAttribute("aria-expanded", "false");
    await user.click(marker);
    expect(marker).toHaveAttribute("aria-expanded", "true");
    const details = within(cne).getByRole("group", { name: /Sources differ: Maduro's votes/ });
    expect(details).toHaveFocus();
    expect(within(details).getByText("6,408,855")).toBeInTheDocument();
    expect(within(details).getByRole("link", { name: /TASS/ })).toHaveAttribute("rel", "noopener noreferrer");
    expect(details).toHaveTextContent(/add up exactly to the 12,335,884 valid votes only with 6,408,844/);
    await user.click(within(details).getByRole("button", { name: "Close" }));
    expect(within(cne).queryByText("6,408,855")).not.toBeInTheDocument();
    expect(marker).toHaveFocus();
  });

  it("says when a count rests only on a partisan outlet", async () => {
    renderApp({ url: "/?compare=opposition-2024-07-29,washington-post-check", embed: "tallies" });
    const first = await region(/Opposition count, 29 July 2024/);
    expect(first).toHaveTextContent("Reported only by state or partisan outlets: weigh it accordingly.");
    const post = await region(/Washington Post check/);
    expect(post).not.toHaveTextContent(/Reported only by/);
  });

  it("marks each figure of the 29 July bulletin that sources print differently, and names those it cannot quote", async () => {
    const { user } = renderApp({ url: "/?compare=cne-2024-07-29,cne-2024-08-02", embed: "tallies" });
    const first = await region(/CNE first bulletin/);
    const markers = within(first).getAllByRole("button", { name: /sources differ/ });
    expect(markers).toHaveLength(disagreementsAbout("cne-2024-07-29"));
    await user.click(within(first).getByRole("button", { name: /sources differ: Maduro's votes/ }));
    const details = within(first).getByRole("group", { name: /Sources differ: Maduro's votes/ });
    expect(within(details).getByText("5,190,092")).toBeVisible();
    expect(within(details).getByRole("link", { name: /CNE de Venezuela confirma triunfo/ })).toBeVisible();
    const panel = await counts();
    expect(within(panel).getByText("Figures printed elsewhere that are not shown here (3)")).toBeVisible();
  });

  it("lists every candidate on request", async () => {
    const { user } = renderApp({ embed: "tallies" });
    const cne = await region(/CNE second bulletin/);
    expect(within(cne).queryByRole("row", { name: /Luis E Martínez/ })).not.toBeInTheDocument();
    await user.click(within(await counts()).getByRole("button", { name: "List every candidate" }));
    expect(within(cne).getByRole("row", { name: /Luis E Martínez/ })).toHaveTextContent("152,360");
    expect(within(cne).getAllByRole("row")).toHaveLength(11);
  });

  it("says 'about' for the rounded figures of Colombia's MOE", async () => {
    renderApp({ url: "/?compare=opposition-83-5,moe-colombia-check", embed: "tallies" });
    const moe = await region(/MOE Colombia check/);
    expect(within(moe).getByRole("row", { name: /Edmundo González/ })).toHaveTextContent("about 6,400,000");
    expect(await region(/difference between/i)).toHaveTextContent(/about 416,142 fewer votes/);
  });

  it("highlights the tally that a selected source stands behind, and says why", async () => {
    renderApp({ url: "/?source=cnn", embed: "tallies" });
    const opposition = await region(/83\.5/);
    expect(opposition).toHaveTextContent("Highlighted for your selected sources: CNN is cited for it.");
    const cne = await region(/CNE second bulletin/);
    expect(cne).not.toHaveTextContent("Highlighted");
  });

  it("draws each tally and the difference as charts with Recharts' accessibility layer", async () => {
    renderApp({ embed: "tallies" });
    const panel = await counts();
    await within(panel).findByRole("region", { name: /CNE second bulletin/ });
    // The accessibility layer makes each chart a keyboard-operable "application" named by its title.
    expect(await within(panel).findAllByRole("application", { name: /^Votes per candidate/ })).toHaveLength(
      2,
    );
    expect(await within(panel).findByRole("application", { name: /^Votes more/ })).toHaveAttribute(
      "tabindex",
      "0",
    );
  });
});

describe("the tally comparison in Spanish (lang=es)", () => {
  it("shows the counts panel with Venezuelan number formats and Spanish labels", async () => {
    const { user } = renderApp({ url: "/?lang=es", embed: "tallies" });
    const panel = await screen.findByRole("region", { name: "Los conteos" });
    // Tally labels are given in Spanish by the data; the date after them is the reader's.
    const cne = await within(panel).findByRole("region", {
      name: new RegExp(`^${escape(tallyLabel("cne-2024-08-02", "es"))}, 2 de agosto de 2024$`),
    });
    expect(within(cne).getByText("96,87% de las actas")).toBeInTheDocument();
    expect(cne).toHaveTextContent("Conteo hecho por");
    expect(
      within(cne).getByRole("heading", { name: "Cómo se publicó: Leído en voz alta" }),
    ).toBeInTheDocument();
    expect(within(cne).getByRole("heading", { name: "Verifique las cuentas" })).toBeInTheDocument();

    const table = within(cne).getByRole("table", { name: /^Votos y porcentajes/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Candidato", "Votos", "Porcentaje"]);
    const maduro = within(table).getByRole("row", { name: /Nicolás Maduro/ });
    expect(within(maduro).getByText("6.408.844")).toBeInTheDocument();
    expect(maduro).toHaveTextContent(/51,95\s?%/);
    expect(maduro).toHaveTextContent(formatters("es").share("51.95"));
    const others = within(table).getByRole("row", { name: /Otros candidatos/ });
    expect(others).toHaveTextContent("600.936");
    expect(others).toHaveTextContent("8 candidatos, votos sumados");
    expect(others).toHaveTextContent(/4,87\s?% calculado/);
    await user.click(within(cne).getByRole("button", { name: "Verifique las cuentas" }));
    expect(cne).toHaveTextContent(
      "Los votos de los candidatos suman 12.335.884: exactamente los 12.335.884 votos válidos indicados",
    );
    // One marker per figure of this bulletin that sources print differently.
    expect(within(cne).getAllByRole("button", { name: /^las fuentes difieren: / })).toHaveLength(
      disagreementsAbout("cne-2024-08-02"),
    );

    expect(within(panel).getByRole("combobox", { name: "Conteo de la derecha" })).toHaveValue(
      "opposition-83-5",
    );
    expect(within(panel).getByRole("button", { name: "Intercambiar lados" })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Mostrar todos los candidatos" })).toBeInTheDocument();

    const difference = within(panel).getByRole("region", { name: "La diferencia entre los dos conteos" });
    expect(difference).toHaveTextContent(
      /Para Edmundo González Urrutia, .* registra 1\.977\.376 votos más que .*, con un porcentaje 24 puntos porcentuales más alto \(67\s?% frente a 43,18\s?%\)\./,
    );
    expect(difference).toHaveTextContent(
      /se basa en menos actas que .*: 83,5\s?% de las actas frente a 96,87\s?%/,
    );
    // No English left in the panel: neither ours nor the data's labels.
    for (const english of [
      "Votes and shares",
      "Check the arithmetic",
      "How it was published",
      "rests on",
      tallyLabel("cne-2024-08-02", "en"),
      "Other candidates",
    ]) {
      expect(panel).not.toHaveTextContent(english);
    }
    expect(
      await within(panel).findAllByRole("application", { name: /^Votos por candidato/ }, { timeout: 5000 }),
    ).toHaveLength(2);
  });
});
