import { startTransition, useEffect, useState } from "react";

/**
 * False on the first render, true once it has been painted (effects run after the paint).
 * Lets the heavy chunks (the map's shapes, the charts, the timeline) start loading after the
 * page has shown something, instead of being downloaded and run before the first paint.
 */
export function useHasPainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A transition, so what it reveals renders in slices instead of one long task.
    const timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return painted;
}
