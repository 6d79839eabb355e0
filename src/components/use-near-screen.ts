import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element has come within 400 px of the screen, and from then on. Lets heavy
 * parts below the fold (the charts: Recharts is the largest chunk) load and draw when the
 * reader scrolls toward them instead of competing with what is on screen. Without
 * IntersectionObserver (old browsers, jsdom) it is true at once. Printing asks for them too,
 * though a chart not yet loaded may miss the printout; the tables beside it carry its figures.
 * (A panel waiting for its reader asks more of it: use-reader-reached.ts.)
 */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.at(-1)?.isIntersecting && show(), {
      rootMargin: "400px",
    });
    observer.observe(element);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [ref, near]);
  return near;
}
