/**
 * The spread of the sheets for the area on screen: its state's sheets file, or all 24 for the
 * country, requested when the section comes near the screen (the country's are 121 kB).
 */
import { useMemo, useRef } from "react";
import { useNearScreen } from "../../components/use-near-screen";
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
  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box);
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
    <div ref={box} className="min-h-8">
      {/* Nothing is asked for until the section nears the screen, so nothing says "Loading" either. */}
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
