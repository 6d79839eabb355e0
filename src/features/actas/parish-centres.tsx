/** A parish's voting centres (from the centre file), each a link to its sheets. */
import { CENTRE_CANDIDATES } from "../../data/actas-areas";
import type { ActasCentresFile } from "../../data/actas-schemas";
import { FileState } from "./file-state";
import { useStateFile } from "./use-actas";
import { followLink } from "./breadcrumbs";
import { LEVEL_CAPTION_ID } from "./use-focus-after";
import { useWords } from "./words";

const MADURO = 1 + CENTRE_CANDIDATES.indexOf("maduro");
const GONZALEZ = 1 + CENTRE_CANDIDATES.indexOf("gonzalez");

interface ParishCentresProps {
  centres: ActasCentresFile["centres"];
  caption: string;
  hrefOf: (centre: string) => string;
  onCentre: (centre: string) => void;
}

export function ParishCentres({ centres, caption, hrefOf, onCentre }: ParishCentresProps) {
  const { w, f } = useWords();
  if (centres.length === 0) return <p className="text-sm">{w.table.noCentres}</p>;
  const sum = (sheets: number[][], i: number) => sheets.reduce((total, sheet) => total + (sheet[i] ?? 0), 0);
  return (
    <div className="max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-sm tabular-nums">
        <caption id={LEVEL_CAPTION_ID} tabIndex={-1} className="mb-1 text-left font-medium outline-none">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-right">
            <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-medium">
              {w.table.columns.name}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {w.table.columns.sheets}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {w.table.columns.gonzalezVotes}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {w.table.columns.maduroVotes}
            </th>
          </tr>
        </thead>
        <tbody>
          {centres.map((centre) => (
            <tr key={centre.code} className="border-b border-slate-200 text-right">
              <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left font-normal">
                <a
                  href={hrefOf(centre.code)}
                  data-view-link
                  onClick={followLink(() => onCentre(centre.code))}
                  className="text-blue-800 underline"
                >
                  {centre.name}
                </a>
              </th>
              <td className="px-2 py-1">{f.number(centre.sheets.length)}</td>
              <td className="px-2 py-1">{f.number(sum(centre.sheets, GONZALEZ))}</td>
              <td className="px-2 py-1">{f.number(sum(centre.sheets, MADURO))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-700">{w.centre.source}</p>
    </div>
  );
}

/** The parish's centres, once its state's centres file is here. */
export function ParishCentresOf({
  parish,
  caption,
  hrefOf,
  onCentre,
}: {
  parish: string;
  caption: string;
  hrefOf: (centre: string) => string;
  onCentre: (centre: string) => void;
}) {
  const { t } = useWords();
  const file = useStateFile("centres", parish.slice(0, 2));
  return (
    <FileState
      what={t.panels.actasLoading}
      error={file.error}
      pending={!file.data}
      onRetry={() => void file.refetch()}
      file={file}
    >
      {file.data ? (
        <ParishCentres
          centres={file.data.centres.filter((c) => c.parish === parish)}
          caption={caption}
          hrefOf={hrefOf}
          onCentre={onCentre}
        />
      ) : null}
    </FileState>
  );
}
