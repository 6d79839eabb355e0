/**
 * Holds a part's height while its next content loads: a drill-down would otherwise swap a
 * table for a one-line "Loading" and back, and everything below (the whole timeline) would move
 * up and down, which costs the browser a long frame and moves the page under the reader.
 * The height is watched with a ResizeObserver, so no render waits for a layout.
 */
import { useEffect, useLayoutEffect, useRef } from "react";

export function useHeldHeight<E extends HTMLElement>(hold: boolean) {
  const ref = useRef<E>(null);
  const height = useRef(0);
  const holding = useRef(hold);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== "function") return;
    const observer = new ResizeObserver(([entry]) => {
      if (!holding.current && entry) height.current = entry.borderBoxSize[0]?.blockSize ?? 0;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // At the commit, before the observer can see the shorter content.
  useLayoutEffect(() => {
    holding.current = hold;
    const element = ref.current;
    if (!element) return;
    // Set through the CSSOM, which the page's CSP allows (a style attribute it refuses).
    element.style.minHeight = hold && height.current > 0 ? `${height.current}px` : "";
  }, [hold]);
  return ref;
}
