import { startTransition, useEffect, useState } from "react";

/**
 * False on the first render, true once it has been painted (effects run after the paint).
 * Lets a panel's own chunk (the counts, the timeline) start loading after the app has shown
 * something, instead of competing with its first render. (The map's chunk is requested at
 * start-up instead, in main.tsx: it is what the reader sees first.)
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
