/**
 * Renders the app through its real providers at a given URL, with the network faked. With
 * `embed`, one panel alone, as an <iframe> shows it (`&embed=…` is added to the URL): the same
 * app and providers without drawing the other panels, for tests about that panel only.
 * Failed loads are not retried, unless `retryDelays` is given: then the app's own retry policy
 * (src/data/retry-policy.ts) runs with those delays, so that a test need not wait seconds.
 */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../src/app/app";
import { createQueryClient, Providers } from "../src/app/providers";
import type { EmbedView } from "../src/data/vocabulary";
import { serveData, type Override } from "./fake-network";

export function renderApp({
  url = "/",
  files = {},
  embed,
  retryDelays,
}: {
  url?: string;
  files?: Record<string, Override>;
  embed?: EmbedView;
  retryDelays?: readonly number[];
} = {}) {
  const address = embed ? `${url}${url.includes("?") ? "&" : "?"}embed=${embed}` : url;
  window.history.replaceState(null, "", address);
  const fetchMock = serveData(files);
  const user = userEvent.setup();
  const utils = render(
    <Providers queryClient={createQueryClient({ retry: !!retryDelays, delays: retryDelays })}>
      <App />
    </Providers>,
  );
  return { ...utils, user, fetchMock };
}
