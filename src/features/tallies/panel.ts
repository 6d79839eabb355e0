/** The counts panel: its files, and its body as a chunk of its own (Recharts is in it). */
import { lazyLoaded } from "../../components/lazy-loaded";
import { panel } from "../../components/panel";

const TallyPanel = lazyLoaded(() => import("./tally-panel").then((module) => module.TallyPanel));

export const countsPanel = panel({
  id: "tallies",
  files: ["tallies", "sources", "disagreements"],
  title: ({ t }) => t.panels.counts,
  description: ({ t }) => t.panels.countsDescription,
  loading: ({ t }) => t.panels.countsLoading,
  belowTheFold: true,
  Body: TallyPanel,
  preload: TallyPanel.preload,
});
