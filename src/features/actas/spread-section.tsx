/**
 * The spread of the sheets for the area on screen: its state's sheets file, or all 24 for the
 * country, requested when the reader asks for it (the country's are 121 kB).
 */
import { useMemo, useState } from "react";
import { FileState } from "./file-state";
import { SheetSpread, type CneShares } from "./sheet-spread";
import { sheetsIn, spreadOf } from "./spread";
import { useAllSheets, useStateFile } from "./use-actas";
import { useWords } from "./words";

interface SpreadSectionProps {
  area: string | null;
  areaName: string;
  cne: CneShares | null;
  sourceName: (id: string) => string;
}

export function SpreadSection({ area, areaName, cne, sourceName }: SpreadSectionProps) {
  const { w } = useWords();
  // Drawn when the reader asks, not when it nears the screen: drawn then, it grew under a reader
  // on the way to the timeline (the page moved, and the timeline's open picker closed).
  const [asked, setAsked] = useState(false);
  const near = asked;
  const one = useStateFile("sheets", near && area ? area.slice(0, 2) : "");
  const all = useAllSheets(near && !area);
  const files = area ? one.data && [one.data] : all.data;
  const spread = useMemo(
    () =>
      files && cne
        ? spreadOf(sheetsIn(files, area ?? ""), {
            maduro: Number(cne.maduro),
            gonzalez: Number(cne.gonzalez),
          })
        : null,
    // `files` is made from these; the CNE's shares are fixed for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [one.data, all.data, area, cne?.maduro, cne?.gonzalez],
  );
  const error = area ? one.error : all.error;
  const retry = area ? () => void one.refetch() : all.retry;
  return (
    <div className="mt-4">
      {cne && !near ? (
        <button
          type="button"
          onClick={() => setAsked(true)}
          className="min-h-11 rounded border border-slate-400 bg-white px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
        >
          {w.spread.show(areaName)}
        </button>
      ) : null}
      {cne && near ? (
        <FileState what={w.spread.loading} error={error} pending={!files} onRetry={retry}>
          {spread ? (
            <SheetSpread spread={spread} areaName={areaName} cne={cne} sourceName={sourceName} />
          ) : null}
        </FileState>
      ) : null}
    </div>
  );
}
