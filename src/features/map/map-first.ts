/**
 * The map comes first. On a phone it is what the reader sees, and the counts' and timeline's
 * code (Recharts and React Aria, about 180 kB gzip, half a second of parsing at 4x CPU) used to
 * load at the same time and hold the map back by more than a second. So those chunks are
 * requested once the map is drawn, or cannot be (its data failed), or after MAP_WAIT_MS at
 * most, so a slow map never keeps them waiting for long.
 */
import { startTransition, useEffect, useState } from "react";

export const MAP_WAIT_MS = 3000;

let settled = false;
const listeners = new Set<() => void>();

/** The map is drawn, or will not be: whatever waited for it may start. */
export function settleMap(): void {
  if (settled) return;
  settled = true;
  for (const listener of listeners) listener();
}

/**
 * True once the map has settled, or MAP_WAIT_MS after the caller mounted; at once when there is
 * no map to wait for (`wait` false: an embed of another panel). The change is a
 * transition (not useSyncExternalStore, whose updates render synchronously), so what it
 * reveals renders in slices the browser can paint and answer input between.
 */
export function useMapSettled(wait = true): boolean {
  const [now, setNow] = useState(settled || !wait);
  useEffect(() => {
    if (!wait) return;
    const update = () => startTransition(() => setNow(true));
    if (settled) return update();
    listeners.add(update);
    const timer = setTimeout(settleMap, MAP_WAIT_MS);
    return () => {
      listeners.delete(update);
      clearTimeout(timer);
    };
  }, [wait]);
  return now || !wait;
}
