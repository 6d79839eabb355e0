import { useEffect, useState, type RefObject } from "react";
import { jumping } from "./jump-to";

/** Smaller moves (a finger's jitter) tell nothing of where the reader is going. */
const MOVE_PX = 8;
/** How long, once drawn above the reader, the panel's growth is kept out of the page below it. */
const HOLD_MS = 3000;
/** The top is near: on the screen, or within 400 px below it; never above it. */
const NEAR_FROM_BELOW = "0px 0px 400px 0px";

/**
 * Whether the reader has reached a panel that waits for them (its room, with a line at its
 * top), and from then on. The reader has reached it when, for `dwell` ms:
 * - its top is near the screen: they are coming to it from above, or there by a jump to it;
 * - or its room is on the screen, and they got there themselves: they passed its top on the way
 *   down (outside a jump, which can show it for a frame on the way: jump-to.ts), or they are
 *   scrolling back up into it, past a panel a jump went over.
 * The room on screen is not enough alone: the page moved down under a reader busy below it (a
 * panel above grew, and the browser's scroll anchoring kept their place) puts it there too,
 * and the panel drawn then would grow above them (a browser test saw a picker's open list
 * close under the typing).
 *
 * `dwell` keeps out a reader passing by. Without IntersectionObserver (jsdom) it is true at once.
 */
export function useReaderReached(
  top: RefObject<Element | null>,
  room: RefObject<Element | null>,
  dwell: number,
): boolean {
  const [reached, setReached] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const [line, held] = [top.current, room.current];
    if (reached || !line || !held) return;
    const panel = held.closest("section") ?? held.parentElement;
    let [topNear, roomOnScreen, passedTop, cameUp] = [false, false, false, false];
    let lastY = window.scrollY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reach = () => {
      if (panel && panel.getBoundingClientRect().top < 0) holdBelow(panel);
      setReached(true);
    };
    const update = () => {
      if (topNear && !jumping()) passedTop = true;
      if (!roomOnScreen) cameUp = false;
      if (topNear || (roomOnScreen && (passedTop || cameUp))) timer ??= setTimeout(reach, dwell);
      else {
        clearTimeout(timer);
        timer = undefined;
      }
    };
    const watch = (element: Element, margin: string, set: (on: boolean) => void) => {
      const observer = new IntersectionObserver(
        (entries) => {
          set(entries.at(-1)?.isIntersecting ?? false);
          update();
        },
        { rootMargin: margin },
      );
      observer.observe(element);
      return observer;
    };
    const observers = [
      watch(line, NEAR_FROM_BELOW, (on) => (topNear = on)),
      watch(held, "0px", (on) => (roomOnScreen = on)),
    ];
    const onScroll = () => {
      const y = window.scrollY;
      if (Math.abs(y - lastY) < MOVE_PX) return;
      if (y < lastY && roomOnScreen && !jumping()) cameUp = true;
      lastY = y;
      update();
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("beforeprint", reach);
    return () => {
      clearTimeout(timer);
      for (const observer of observers) observer.disconnect();
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("beforeprint", reach);
    };
  }, [top, room, dwell, reached]);
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
