/** The canonical link of a view: built from the view itself, not read back from the address bar. */
import { serializeView, type ViewState } from "./view";

export function viewLink(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${serializeView(view)}`;
}
