/**
 * The key figures, given the view and their files one by one: each figure appears as its own
 * file arrives (the counts do not wait for the stances), and a failed file leaves a note in its
 * box, the panel below saying why with Retry. Their code is a chunk of its own, asked for at
 * start-up (main.tsx) beside the map's, so the first paint's script stays within its budget;
 * until it arrives the section holds the room the figures take, so nothing below moves.
 */
import { useQuery } from "@tanstack/react-query";
import { lazyLoaded } from "../components/lazy-loaded";
import type { DataFileName } from "../data/files";
import { dataFileQuery } from "../data/queries";
import { useI18n } from "../i18n/i18n";
import type { ResolvedView } from "../view/use-view";

const KeyFigures = lazyLoaded(() =>
  import("../features/overview/key-figures").then((module) => module.KeyFigures),
);
export const preloadKeyFigures = KeyFigures.preload;

function useFile<N extends DataFileName>(name: N) {
  const { data, isError } = useQuery(dataFileQuery(name));
  return { data, failed: isError };
}

export function KeyFiguresSlot({ view }: { view: ResolvedView }) {
  const { t } = useI18n();
  const settled = KeyFigures.useSettled();
  const files = {
    tallies: useFile("tallies"),
    stances: useFile("stances"),
    actors: useFile("actors"),
    sources: useFile("sources"),
    disagreements: useFile("disagreements"),
  };
  return (
    <section
      aria-labelledby="key-figures-heading"
      // The room the figures take once drawn, at most, measured from 360 to 1440 px in both
      // languages (below 640 px: 394 px at 360; 640–1023: 334; from 1024: 216). Narrower than
      // 360 px, the Spanish figures take a little more and push the page down once, when they
      // arrive. tests/e2e/overview.spec.ts holds that nothing moves at 360 and 1280 px.
      className="min-h-[25rem] rounded-lg border border-slate-200 bg-white p-2 shadow-sm sm:min-h-[21rem] sm:p-3 lg:min-h-[14rem]"
    >
      {/* Heard, not seen, on a phone: there the first screen has no line to spare. */}
      <h2 id="key-figures-heading" className="sr-only text-sm font-semibold text-slate-700 sm:not-sr-only">
        {t.panels.keyFigures}
      </h2>
      {/* Drawn once the chunk is here (useSettled), never through a Suspense fallback and its reveal pause. */}
      {settled ? (
        <KeyFigures date={view.date} compare={view.tallies} sourceFilter={view.source} {...files} />
      ) : null}
    </section>
  );
}
