/**
 * What the recognition panel loads lazily, as one chunk requested at start-up (stance-panel.tsx):
 * the world map with its shapes, the recognition chart, and the map's table. None of them is
 * drawn before the map's chunk is here (the panel waits for it), so none needs to weigh on the
 * first paint's script, whose budget is nearly spent (scripts/bundle-budget.json).
 */
export { default as WorldMap } from "./world-map";
export { RecognitionChart } from "./recognition-chart";
export { StanceTable } from "./stance-table";
