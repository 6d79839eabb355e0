import type { MouseEvent } from "react";

/** The link to a panel, by its id: the heading's anchor, followed by the browser without script. */
export const panelHref = (panelId: string) => `#${panelId}-heading`;

/**
 * Moves the reader to a panel: its heading into view, and focus on it, so Tab goes on from
 * there. The address keeps no #hash: the view is the query string, and a hash would make the
 * jump a history entry of its own that Back would have to step through.
 */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, panelId: string): void {
  const heading = document.getElementById(`${panelId}-heading`);
  if (!heading) return; // the browser follows the link's #anchor
  event.preventDefault();
  bringIntoView(heading);
}

/** A heading into view at the top of the screen, and focus on it (it needs tabIndex={-1}). */
export function bringIntoView(heading: HTMLElement): void {
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
  keepInView(heading);
}

/** How long a jump keeps its heading in place while the panels it passed take their size. */
const SETTLE_MS = 3000;
let jumps = 0;

/**
 * Whether a jump is settling: what it shows on the way, for a frame, is not where the reader
 * went (use-reader-reached.ts).
 */
export const jumping = () => jumps > 0;
const READER_MOVES = ["wheel", "touchstart", "keydown", "pointerdown"] as const;

/**
 * The panels a jump passes were skipped by the browser (content-visibility) and held a
 * placeholder's height; landing next to them makes them drawn, and they grow, above the
 * heading. The browser's scroll anchoring does not always hold the heading still (a browser
 * saw the tally sheets' heading pushed 4,500 px down by the counts above it), so for a moment
 * the jump holds it, until the reader moves the page themselves.
 */
function keepInView(heading: HTMLElement): void {
  const start = performance.now();
  // Where `block: "start"` puts it, not where it landed: a page still short of its panels'
  // sizes stops the jump early, with the heading low on the screen, until they grow.
  const target = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
  let stopped = false;
  jumps++;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    jumps--;
    for (const name of READER_MOVES) window.removeEventListener(name, stop, true);
  };
  for (const name of READER_MOVES) window.addEventListener(name, stop, { capture: true, passive: true });
  const check = () => {
    if (stopped) return;
    if (performance.now() - start > SETTLE_MS) return stop();
    if (Math.abs(heading.getBoundingClientRect().top - target) > 2)
      heading.scrollIntoView({ block: "start" });
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
