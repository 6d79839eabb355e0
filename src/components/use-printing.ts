/**
 * True while the page is being printed: a printout has no buttons to press, so what is closed
 * on screen (timeline entries, a count's closed sections) opens for it. One pair of listeners
 * for every part that asks.
 */
import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

let printing = false;
const listeners = new Set<() => void>();

const tell = () => {
  for (const listener of listeners) listener();
};
// flushSync: the browser lays the printout out right after the event, before React would render.
const before = () => {
  printing = true;
  flushSync(tell);
};
const after = () => {
  printing = false;
  tell();
};

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
  };
}

export const usePrinting = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
