/**
 * The navigation's place on the page. Its code is a chunk of its own, asked for at start-up
 * (main.tsx) with the key figures': it stands below them, past a phone's first screen, and the
 * first paint's script has no room left in its budget (scripts/bundle-budget.json). Until the
 * chunk arrives an empty line of the bar's height holds its place, so nothing below moves; the
 * bar replaces it rather than going inside it, as a sticky element sticks only within its parent.
 */
import { lazyLoaded } from "../components/lazy-loaded";
import type { EmbedView } from "../data/vocabulary";

const PageNav = lazyLoaded(() => import("./page-nav").then((module) => module.PageNav));
export const preloadPageNav = PageNav.preload;

/**
 * A bar whose chunk failed to arrive (the network went away) leaves its empty line and says
 * nothing: the panels' headings are all still there, and an alert over a missing convenience
 * would be noise (drawn, the failed chunk would throw to the dashboard's own error boundary).
 */
export function PageNavSlot({ panels }: { panels: readonly EmbedView[] }) {
  const settled = PageNav.useSettled();
  return settled && PageNav.arrived() ? <PageNav panels={panels} /> : <div className="h-(--page-nav-h)" />;
}
