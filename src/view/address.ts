/**
 * The address bar as React state: the query string, read again on every change (Back and
 * Forward included), written with pushState for a choice and replaceState for typing. This
 * is all the dashboard needed of nuqs (6 kB of script before the first paint, and two renders
 * per choice: its state, then the address); the URL contract itself is params.ts and view.ts.
 */
import { useSyncExternalStore } from "react";
import { sameSearch } from "./view";

export type HistoryMode = "push" | "replace";

const listeners = new Set<() => void>();

/**
 * Browsers limit how often a page may change its address (Chrome ignores calls beyond about
 * 200 in 10 s, Safari throws after 100 in 30 s), and typing replaces it on every key. When a
 * change does not take, the page goes on from the query string kept here, for as long as the
 * address is the one it was kept against.
 */
let unwritten: { search: string; over: string } | null = null;
// Back or Forward: the entry the reader moves to has its own address; what could not be
// written belonged to the one they left.
if (typeof window !== "undefined") window.addEventListener("popstate", () => (unwritten = null));

/** The query string the page shows ("" or "?…"). */
export function currentSearch(): string {
  const address = window.location.search;
  return unwritten && unwritten.over === address ? unwritten.search : address;
}

/** Makes `search` the query string; `push` adds a history entry, `replace` does not. */
export function setSearch(search: string, mode: HistoryMode): void {
  if (sameSearch(currentSearch(), search)) return; // no duplicate history entries
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  try {
    if (mode === "push") window.history.pushState(window.history.state, "", url);
    else window.history.replaceState(window.history.state, "", url);
  } catch {
    // Refused: checked below like an ignored call.
  }
  const address = window.location.search;
  unwritten = sameSearch(address, search) ? null : { search, over: address };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

/** The query string, re-rendering on every change of address. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => "");
}
