import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../data/integrity";
import { I18nProvider } from "../../i18n/i18n";
import { KeyFigures, type KeyFiguresProps } from "./key-figures";

const file = <K extends keyof Dataset>(name: K) => ({
  data: JSON.parse(readFileSync(`public/data/${name}.json`, "utf8")) as Dataset[K],
  failed: false,
});
const loaded = {
  tallies: file("tallies"),
  stances: file("stances"),
  actors: file("actors"),
  sources: file("sources"),
  disagreements: file("disagreements"),
};
const DEFAULT: KeyFiguresProps = {
  date: "2024-08-07",
  compare: ["cne-2024-08-02", "opposition-83-5"],
  sourceFilter: [],
  ...loaded,
};
const draw = (props: Partial<KeyFiguresProps> = {}) =>
  render(
    <I18nProvider lang="en">
      <KeyFigures {...DEFAULT} {...props} />
    </I18nProvider>,
  );

describe("the key figures", () => {
  it("give the CNE's figures and the opposition's count, each with its source, and where sources disagree", () => {
    draw();
    const [cne, opposition] = screen.getAllByRole("listitem");
    expect(cne).toHaveTextContent("National Electoral Council (CNE), 2 Aug 2024 · 96.87% of tally sheets");
    expect(within(cne!).getByText("6,408,844")).toBeInTheDocument();
    expect(cne).toHaveTextContent("5,326,104");
    // Other sources print other figures for Maduro: all of them are said.
    expect(cne).toHaveTextContent("Sources disagree: 6,408,844 · 6,408,855 · 6,480,844");
    expect(opposition).toHaveTextContent("7,303,480");
    expect(opposition).toHaveTextContent("3,316,142");
    expect(opposition).toHaveTextContent("83.5% of tally sheets");
    expect(within(cne!).getByRole("link", { name: "The counts" })).toHaveAttribute(
      "href",
      "#tallies-heading",
    );
  });

  it("follow the counts compared", () => {
    draw({ compare: ["cne-2024-07-29", "ap-review"] });
    expect(screen.getByText("5,150,092")).toBeInTheDocument();
    expect(screen.getByText("6,890,000")).toBeInTheDocument();
    expect(screen.queryByText("6,408,844")).not.toBeInTheDocument();
  });

  it("count the countries on the date, with the interim government from 2026", () => {
    const { unmount } = draw();
    expect(screen.getByText(/^Countries, as of 7 Aug 2024/)).toBeInTheDocument();
    expect(screen.queryByText(/interim government/)).not.toBeInTheDocument();
    unmount();
    draw({ date: "2026-03-15" });
    expect(screen.getByText(/countr(?:y|ies) recognizes? the interim government$/)).toBeInTheDocument();
  });

  it("keep their boxes while their files load, and say which could not be loaded", () => {
    const { unmount } = draw({
      compare: null,
      tallies: { failed: false },
      stances: { failed: false },
      disagreements: { failed: false },
    });
    // Two count boxes and the countries' box, with "…" where the numbers will be.
    expect(screen.getAllByRole("link", { name: "The counts" })).toHaveLength(2);
    expect(screen.getAllByText("…").length).toBeGreaterThan(4);
    unmount();
    draw({ tallies: { failed: true }, stances: { failed: true } });
    expect(screen.getAllByText("Could not be loaded: the panel below says why.")).toHaveLength(3);
  });
});
