/** Renders the whole app through its real providers at a given URL, with the network faked. */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../src/app/app";
import { createQueryClient, Providers } from "../src/app/providers";
import { serveData, type Override } from "./fake-network";

export function renderApp({
  url = "/",
  files = {},
}: { url?: string; files?: Record<string, Override> } = {}) {
  window.history.replaceState(null, "", url);
  const fetchMock = serveData(files);
  const user = userEvent.setup();
  const utils = render(
    <Providers queryClient={createQueryClient({ retry: false })}>
      <App />
    </Providers>,
  );
  return { ...utils, user, fetchMock };
}
