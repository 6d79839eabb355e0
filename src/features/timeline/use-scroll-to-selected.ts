/**
 * Brings the selected entry into view when the selection changes, and on a deep link
 * (`?event=…`) as soon as the list is drawn (the panel's body mounts with its entries). The
 * first scroll puts the entry's top (date and title) at the top of the screen; later ones move
 * the page only if the entry is off screen, so clicking a visible entry does not jump.
 */
import { useEffect, useRef } from "react";
import { entryDomId } from "./timeline-entry";

export function useScrollToSelected(selected: string | null) {
  const scrolledOnce = useRef(false);
  useEffect(() => {
    if (!selected) return;
    const element = document.getElementById(entryDomId(selected));
    // jsdom has no scrollIntoView; the browser tests check real scrolling.
    element?.scrollIntoView?.({ block: scrolledOnce.current ? "nearest" : "start" });
    scrolledOnce.current = true;
  }, [selected]);
}
