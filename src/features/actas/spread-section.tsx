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

export function SpreadSection(props: SpreadSectionProps) {
  const { w } = useWords();
  // Drawn when the reader asks, not when it nears the screen: drawn then, it grew under a reader
  // on the way to the timeline (the page moved, and the timeline's open picker closed).
  const [asked, setAsked] = useState(false);
  if (!props.cne) return null;
  return (
    <div className="mt-4">
      {asked ? (
        <AskedSpread {...props} cne={props.cne} />
      ) : (
        <button
          type="button"
          onClick={() => setAsked(true)}
          className="min-h-11 rounded border border-slate-400 bg-white px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
        >
          {w.spread.show(props.areaName)}
        </button>
      )}
    </div>
  );
}

/** The spread once asked for: its files' hooks run from then on only (the country's are 24 queries). */
function AskedSpread({ area, areaName, cne, sourceName }: SpreadSectionProps & { cne: CneShares }) {
  const { w } = useWords();
  const one = useStateFile("sheets", area ? area.slice(0, 2) : "");
  const all = useAllSheets(!area);
  const { maduro, gonzalez } = cne;
  const spread = useMemo(() => {
    const files = area ? one.data && [one.data] : all.data;
    return files
      ? spreadOf(sheetsIn(files, area ?? ""), { maduro: Number(maduro), gonzalez: Number(gonzalez) })
      : null;
  }, [one.data, all.data, area, maduro, gonzalez]);
  const error = area ? one.error : all.error;
  const retry = area ? () => void one.refetch() : all.retry;
  return (
    <FileState what={w.spread.loading} error={error} pending={!spread} onRetry={retry}>
      {spread ? <SheetSpread spread={spread} areaName={areaName} cne={cne} sourceName={sourceName} /> : null}
    </FileState>
  );
}
