/**
 * Holds a part's height while its next content loads: a drill-down would otherwise swap a
 * table for a one-line "Loading" and back, and everything below (the whole timeline) would move
 * up and down, which costs the browser a long frame and moves the page under the reader.
 * The height is read when the reader asks for the next content (`remember`, in the click's
 * handler, while the old table is still laid out), not watched: an observer inside a panel the
 * browser skips while it is off screen (content-visibility) can report a stale size.
 */
import { useLayoutEffect, useRef } from "react";

export function useHeldHeight<E extends HTMLElement>(hold: boolean) {
  const ref = useRef<E>(null);
  const height = useRef(0);
  // At the commit, before the browser paints the shorter content.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Set through the CSSOM, which the page's CSP allows (a style attribute it refuses).
    element.style.minHeight = hold && height.current > 0 ? `${height.current}px` : "";
    if (!hold) height.current = 0;
  }, [hold]);
  /** Call before asking for the next content: the height to hold until it is drawn. */
  const remember = () => {
    height.current = ref.current?.offsetHeight ?? 0;
  };
  return [ref, remember] as const;
}
