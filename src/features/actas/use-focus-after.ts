/**
 * After a drill-down the link the reader followed is gone (its table is replaced), and the
 * browser drops focus to the page's start: a keyboard or screen-reader user would have to find
 * the panel again. This moves focus to the new level's table caption instead, without
 * scrolling the page (a click on the map must not jump to the table).
 */
import { useEffect, useRef } from "react";

export const LEVEL_CAPTION_ID = "actas-level-caption";

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
