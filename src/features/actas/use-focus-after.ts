/**
 * After a drill-down the link the reader followed is gone (its table is replaced), and the
 * browser drops focus to the page's start: a keyboard or screen-reader user would have to find
 * the panel again. This moves focus to the new level's table caption instead, without
 * scrolling the page (a click on the map must not jump to the table).
 */
import { useEffect, useRef } from "react";

export const LEVEL_CAPTION_ID = "actas-level-caption";
/** The centre search's box (centre-search-box.tsx), where a reader who closed a centre finds another. */
export const SEARCH_INPUT_ID = "actas-search-input";

export function useFocusAfterDrill(area: string | null, ready: boolean) {
  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current || !ready) return;
    asked.current = false;
    const active = document.activeElement;
    if (active && active !== document.body) return; // focus is still somewhere the reader put it
    document.getElementById(LEVEL_CAPTION_ID)?.focus({ preventScroll: true });
  }, [area, ready]);
  /** Call when the reader asks for another area. */
  return () => {
    asked.current = true;
  };
}

/**
 * After the reader closes a centre, its sheets go with the button they pressed, and focus would
 * drop to the page's start: it moves to the centre search instead, where they can find another.
 */
export function useFocusAfterClose(centre: string | null) {
  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current || centre !== null) return;
    asked.current = false;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    document.getElementById(SEARCH_INPUT_ID)?.focus({ preventScroll: true });
  }, [centre]);
  /** Call when the reader closes the centre. */
  return () => {
    asked.current = true;
  };
}
