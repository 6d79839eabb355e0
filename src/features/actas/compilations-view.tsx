/**
 * The two compilations of the sheets side by side: how many each has per state, and the
 * centre file's sheets that match none of the campaign's (compilations.json, made by the build),
 * shown as a disagreement between the two sources. Loaded when the reader opens it.
 */
import { useState } from "react";
import type { ActasCompilationsFile, ActasStatesFile } from "../../data/actas-schemas";
import { stateName } from "./area-model";
import { followLink } from "./breadcrumbs";
import { FileState } from "./file-state";
import { useActasFile } from "./use-actas";
import { useWords } from "./words";

interface CompilationsProps {
  states: ActasStatesFile;
  /** The area on screen ("" for the country): the unmatched sheets listed are those in it. */
  area: string;
  areaName: string;
  hrefOf: (centre: string) => string;
  onCentre: (centre: string) => void;
}

export function Compilations(props: CompilationsProps) {
  const { w, t } = useWords();
  const [open, setOpen] = useState(false);
  const file = useActasFile("compilations", open);
  return (
    <details
      className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">{w.compilations.title}</summary>
      {open ? (
        <FileState
          what={t.panels.actasLoading}
          error={file.error}
          pending={!file.data}
          onRetry={() => void file.refetch()}
          file={file}
        >
          {file.data ? <CompilationsBody {...props} file={file.data} /> : null}
        </FileState>
      ) : null}
    </details>
  );
}

function CompilationsBody({
  states,
  area,
  areaName,
  hrefOf,
  onCentre,
  file,
}: CompilationsProps & { file: ActasCompilationsFile }) {
  const { w, f } = useWords();
  const sheets = (n: number) => w.sheetsCount(n, f.number(n));
  const unmatched = file.unmatched.filter(([, centre]) => centre.startsWith(area));
  const cell = "px-2 py-1 text-right";
  return (
    <div className="mt-2 space-y-3">
      <p>
        {w.compilations.intro(
          sheets(file.national.campaign),
          sheets(file.national.centre),
          sheets(file.national.unmatched),
        )}
      </p>
      {unmatched.length === 0 ? (
        <p>{w.compilations.none(areaName)}</p>
      ) : (
        <div className="max-w-full overflow-x-auto">
          <table className="w-full border-collapse tabular-nums">
            <caption className="mb-1 text-left font-medium">
              {w.compilations.unmatchedTitle(f.number(unmatched.length), areaName)}
            </caption>
            <thead>
              <tr className="border-b border-amber-300">
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {w.compilations.centreColumn}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  {w.compilations.table}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  González
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  Maduro
                </th>
              </tr>
            </thead>
            <tbody>
              {unmatched.map(([, centre, table, gonzalez, maduro]) => (
                <tr key={`${centre}-${table}`} className="border-b border-amber-200">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <a
                      href={hrefOf(centre)}
                      data-view-link
                      onClick={followLink(() => onCentre(centre))}
                      className="text-blue-800 underline"
                    >
                      {centre}
                    </a>
                  </th>
                  <td className={cell}>{table}</td>
                  <td className={cell}>{f.number(gonzalez)}</td>
                  <td className={cell}>{f.number(maduro)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="max-w-full overflow-x-auto">
        <table className="w-full border-collapse tabular-nums">
          <caption className="mb-1 text-left font-medium">{w.compilations.perState}</caption>
          <thead>
            <tr className="border-b border-amber-300">
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {w.compilations.state}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {w.compilations.campaign}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {w.compilations.centre}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {w.compilations.missing}
              </th>
            </tr>
          </thead>
          <tbody>
            {file.states.map(([code, campaign, centre]) => (
              <tr key={code} className="border-b border-amber-200">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {stateName(states, code)}
                </th>
                <td className={cell}>{f.number(campaign)}</td>
                <td className={cell}>{f.number(centre)}</td>
                <td className={cell}>{f.number(campaign - centre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
