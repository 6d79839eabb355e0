/** The canonical link of a view: built from the view itself, not read back from the address bar. */
import { currentSearch } from "./address";
import { parseView, serializeView, type ViewPatch, type ViewState } from "./view";

export function viewLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView(view)}`;
}

/**
 * The link of the view in the address bar with `patch` applied: for links a panel draws
 * (the tally sheets' areas), read when they are drawn, so a panel that is not redrawn for a
 * choice elsewhere may carry that choice's old value until it is; a click goes through the
 * view itself and is always current.
 */
export function linkWith(patch: ViewPatch): string {
  return viewLink({ ...parseView(currentSearch()).view, ...patch });
}
