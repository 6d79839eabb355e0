/**
 * The tally-sheet panel: the files it shares with the counts (the published figures and their
 * sources), and its body as a chunk of its own, which brings
 * its strings and loads the tally-sheet files itself (data/actas-queries.ts).
 */
import { lazyLoaded } from "../../components/lazy-loaded";
import { panel } from "../../components/panel";

const ActasPanel = lazyLoaded(() => import("./actas-panel").then((module) => module.ActasPanel));

export const actasPanel = panel({
  id: "actas",
  files: ["tallies", "sources", "disagreements"],
  title: ({ t }) => t.panels.actas,
  description: ({ t }) => t.panels.actasDescription,
  loading: ({ t }) => t.panels.actasLoading,
  belowTheFold: true,
  // Its code, its worker and its files (16.7 kB and 29 kB up front) for the readers who reach it.
  nearScreen: { asked: ({ area, centre }) => area !== null || centre !== null },
  loadingClassName: "min-h-svh",
  Body: ActasPanel,
  preload: ActasPanel.preload,
});
