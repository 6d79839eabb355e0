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
  Body: ActasPanel,
  preload: ActasPanel.preload,
});
