import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { preloadKeyFigures } from "./app/key-figures-slot";
import { preloadPageNav } from "./app/page-nav-slot";
import { preloadFirstScreen } from "./app/panels";
import { createQueryClient, Providers } from "./app/providers";
import { DATA_FILE_NAMES } from "./data/files";
import { loadedFileQuery } from "./data/queries";
import { parseView } from "./view/view";
import "./index.css";

const queryClient = createQueryClient();
// The first paint comes from index.html, so nothing here has to wait for it: the data files
// and the map's shapes are requested now, while React renders, not after its first paint.
for (const name of DATA_FILE_NAMES) void queryClient.prefetchQuery(loadedFileQuery(name));
const { embed } = parseView(window.location.search).view;
preloadFirstScreen(embed);
if (!embed) {
  preloadKeyFigures();
  preloadPageNav();
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <App />
      </Providers>
    </StrictMode>,
  );
}
