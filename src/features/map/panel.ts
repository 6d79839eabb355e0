/** The recognition panel: the map's files and body. Not lazy: the map is the first screen. */
import { panel } from "../../components/panel";
import { settleMap } from "./map-first";
import { StancePanel, WorldMap } from "./stance-panel";

export const recognitionPanel = panel({
  id: "recognition",
  files: ["actors", "stances", "sources"],
  title: ({ t }) => t.panels.recognition,
  // Until the date is known the line is held blank, so the map does not shift down when it is.
  description: ({ t, f }, { date }) => (date ? t.panels.recognitionAsOf(f.date(date)) : "\u00a0"),
  loading: ({ t }) => t.map.loadingData,
  // The loaded view (date control, map, legend, table) is always taller than the screen, so
  // holding a screen's height keeps the panels below from being shown and then pushed away.
  loadingClassName: "min-h-screen",
  belowTheFold: false,
  Body: StancePanel,
  // The date is known once the stances are; the map's chunk is requested at start-up.
  useReady: ({ date, dateRange }) => WorldMap.useSettled() && date !== null && dateRange !== undefined,
  // The map's chunk (shapes and all) is requested at start-up, in parallel with the data.
  preload: WorldMap.preload,
  // Without its data the map will not be drawn: the counts and the timeline need not wait.
  onDataError: settleMap,
});
