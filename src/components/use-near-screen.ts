import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element has come within `margin` of the screen, and from then on. Lets heavy
 * parts below the fold (the charts: Recharts is the largest chunk) load and draw when the
 * reader scrolls toward them instead of competing with what is on screen. Without
 * IntersectionObserver (old browsers, jsdom) it is true at once. Printing asks for them too,
 * though a chart not yet loaded may miss the printout; the tables beside it carry its figures.
 *
 * With `dwell`, the element must stay near for that long: a reader passing it on the way
 * elsewhere (a jump to a later panel, while the panels above it still take their size) does
 * not count, only one who stops there.
 */
export function useNearScreen(ref: RefObject<Element | null>, margin = "400px", dwell = 0): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const now = entries.at(-1)?.isIntersecting ?? false;
        clearTimeout(timer);
        if (now && dwell === 0) show();
        else if (now) timer = setTimeout(show, dwell);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    window.addEventListener("beforeprint", show);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [ref, margin, dwell, near]);
  return near;
}
