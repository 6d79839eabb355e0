import { useEffect, useState, type RefObject } from "react";

/** Smaller moves up (a finger's jitter) are not a reader scrolling back. */
const UP_PX = 8;
/** How long, once asked for, the panel's growth is taken out of the page's scroll. */
const HOLD_MS = 3000;

/**
 * True once the reader has scrolled up into the element (a panel's held room) and stayed
 * `dwell` ms, and from then on: a reader who jumped past a panel still waiting to be drawn and
 * comes back to it from below. Only a move up counts: the page moving down under the reader
 * (scroll anchoring, as a panel above grows) brings the room on screen too, and drawing it
 * then would grow it above a reader busy below it (a browser test saw a picker's open list
 * close under the typing, as the page moved).
 *
 * The panel is then drawn above the reader, and what they were reading below it must stay
 * where it was (holdBelow). Without IntersectionObserver (jsdom) it stays false; useNearScreen
 * answers there.
 */
export function useReachedFromBelow(ref: RefObject<Element | null>, dwell: number): boolean {
  const [reached, setReached] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (reached || !element || typeof IntersectionObserver === "undefined") return;
    const panel = element.closest("section") ?? element.parentElement;
    let onScreen = false;
    let lastY = window.scrollY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver((entries) => {
      onScreen = entries.at(-1)?.isIntersecting ?? false;
      if (onScreen) return;
      clearTimeout(timer);
      timer = undefined;
    });
    const onScroll = () => {
      const y = window.scrollY;
      if (onScreen && lastY - y > UP_PX && timer === undefined)
        timer = setTimeout(() => {
          if (panel) holdBelow(panel);
          setReached(true);
        }, dwell);
      if (Math.abs(y - lastY) > UP_PX) lastY = y;
    };
    observer.observe(element);
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener("scroll", onScroll);
    };
  }, [ref, dwell, reached]);
  return reached;
}

/**
 * For HOLD_MS, the panel's growth is kept out of the page below it. The browser's scroll
 * anchoring does this, if it anchors to what is below: anchored inside the panel (its heading,
 * its first lines), Chromium let the growth push the reader's text a screen down, so while the
 * panel is drawn it is no anchor (set through the CSSOM, which the page's strict
 * Content-Security-Policy allows, unlike a style attribute). WebKit has no scroll anchoring:
 * there a change in the panel's height, while its top is above the screen, is scrolled by as
 * much (ResizeObserver reports after layout and before the paint, so no frame shows the move).
 */
function holdBelow(panel: Element): void {
  const { style } = panel as HTMLElement;
  style.overflowAnchor = "none";
  let resize: ResizeObserver | undefined;
  if (!CSS.supports("overflow-anchor", "none")) {
    let height = panel.getBoundingClientRect().height;
    resize = new ResizeObserver(() => {
      const box = panel.getBoundingClientRect();
      const grown = box.height - height;
      height = box.height;
      if (grown !== 0 && box.top < 0) window.scrollBy(0, grown);
    });
    resize.observe(panel);
  }
  setTimeout(() => {
    resize?.disconnect();
    style.overflowAnchor = "";
  }, HOLD_MS);
}
