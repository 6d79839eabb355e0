/** The table on screen as CSV, with its source in every row and the shares marked as computed. */
import { DownloadButtons } from "../../components/download-buttons";
import { downloadCsv } from "../../components/download";
import type { AreaLevel } from "../../data/actas-codes";
import { sharesOf, type AreaRow } from "./area-model";
import { CAMPAIGN_CSV_URL } from "./provenance";
import { useWords } from "./words";

interface ActasDownloadsProps {
  rows: readonly AreaRow[];
  /** The level the rows are; null at a parish, whose table is of centres (not offered yet). */
  level: AreaLevel | null;
  here: string;
}

export function ActasDownloads({ rows, level, here }: ActasDownloadsProps) {
  const { w } = useWords();
  if (!level || rows.length === 0) return null;
  const csv = () =>
    downloadCsv(
      {
        fields: [...w.downloads.fields],
        data: rows.map((row) => {
          const c = row.campaign;
          const shares = sharesOf(c);
          const n = (value: number | undefined) => (value === undefined ? "" : String(value));
          return [
            row.code,
            row.name,
            n(c?.sheets),
            n(c?.egu),
            n(c?.nm),
            n(c?.otros),
            n(c?.validos),
            n(c?.nulos),
            shares ? shares.gonzalez.toFixed(2) : "",
            shares ? shares.maduro.toFixed(2) : "",
            w.downloads.source,
            CAMPAIGN_CSV_URL,
          ];
        }),
      },
      w.downloads.file(slug(here)),
    );
  return (
    <div className="mt-2">
      <DownloadButtons label={w.downloads.label} actions={[{ label: w.downloads.csv, run: csv }]} />
    </div>
  );
}

const slug = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "venezuela";
