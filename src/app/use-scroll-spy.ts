import { useEffect, useState } from "react";

/** A panel is where the reader is once its top has passed this far down the screen. */
const LINE = 1 / 3;
/** Scrolled down past this, a phone's navigation steps aside (index.css); scrolling up brings it back. */
const HIDE_BELOW_PX = 240;
/** Smaller moves (a finger's jitter, a panel taking its size) change nothing. */
const MOVE_PX = 8;

/**
 * Where the reader is, for the navigation: the id of the last panel whose top has passed a
 * line a third of the way down the screen (null above the first). The sections are measured,
 * never what is inside them: a panel below the fold is skipped by the browser
 * (content-visibility), and measuring its content would make the browser lay it out.
 *
 * It also marks <html data-nav-hidden> while the reader scrolls down, so that on a phone the bar
 * gives its line back to the page; a mark on the document, not React state, as no render
 * follows from it. Measured once a frame at most, from a passive listener.
 */
export function useScrollSpy(ids: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(" ");
  useEffect(() => {
    const sections = key
      .split(" ")
      .map((id) => [id, () => document.querySelector(`section[aria-labelledby="${id}-heading"]`)] as const);
    const root = document.documentElement;
    let frame = 0;
    let lastY = window.scrollY;
    const measure = () => {
      frame = 0;
      const line = window.innerHeight * LINE;
      let found: string | null = null;
      for (const [id, section] of sections) {
        const top = section()?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) found = id;
      }
      setCurrent(found);
      const y = window.scrollY;
      if (Math.abs(y - lastY) < MOVE_PX) return;
      root.toggleAttribute("data-nav-hidden", y > lastY && y > HIDE_BELOW_PX);
      lastY = y;
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      root.removeAttribute("data-nav-hidden");
    };
  }, [key]);
  return current;
}
