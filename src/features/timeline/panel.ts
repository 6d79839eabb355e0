/** The timeline panel: its files, and its body as a chunk of its own (React Aria is in it). */
import { lazyLoaded } from "../../components/lazy-loaded";
import { panel } from "../../components/panel";

const TimelinePanel = lazyLoaded(() => import("./timeline-panel").then((module) => module.TimelinePanel));

export const timelinePanel = panel({
  id: "timeline",
  files: ["events", "stances", "tallies", "actors", "sources", "disagreements"],
  title: ({ t }) => t.panels.timeline,
  description: ({ t }) => t.panels.timelineDescription,
  loading: ({ t }) => t.timeline.loadingWhat,
  belowTheFold: true,
  Body: TimelinePanel,
  preload: TimelinePanel.preload,
});
