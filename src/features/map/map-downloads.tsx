/** CSV of the map table, and the map as SVG or PNG, for the date and filters on screen. */
import type { RefObject } from "react";
import { DownloadButtons } from "../../components/download-buttons";
import type { StanceId } from "../../data/schemas";
import { STANCE_IDS } from "../../data/vocabulary";
import { useI18n } from "../../i18n/i18n";
import type { StanceCounts } from "../../data/stance-counts";
import type { ChartInput } from "./export-chart";
import type { StanceEntry } from "./stance-model";

interface MapDownloadsProps {
  /** The rows of the table, as shown. */
  entries: readonly StanceEntry[];
  counts: StanceCounts;
  date: string;
  stanceFilter: readonly StanceId[];
  sourceFilter: readonly string[];
  blocName: (id: string) => string;
  sourceName: (id: string) => string;
  /** Holds the drawn map. */
  mapBox: RefObject<HTMLDivElement | null>;
  /** What the recognition chart is drawn from: the picture draws it again, under the map. */
  chart: Pick<ChartInput, "stances" | "actors" | "range">;
}

// The export code is its own chunk, fetched on the first click (a failure shows the
// buttons' "could not download" message).
const exporter = () => import("./map-export");

export function MapDownloads(props: MapDownloadsProps) {
  const { t, f } = useI18n();
  const d = t.share.downloads;
  const base = `venezuela-2024-map-${props.date}`;
  const picture = async () => {
    const svg = props.mapBox.current?.querySelector("svg");
    if (!svg) throw new Error("the map is not drawn yet");
    const { mapPicture } = await exporter();
    const eu = props.blocName("EU");
    const notes = [
      props.stanceFilter.length > 0
        ? d.image.stancesShown(props.stanceFilter.map((id) => t.stances[id].label).join(", "))
        : "",
      props.sourceFilter.length > 0 ? t.map.sourcesOnly.trim() : "",
    ];
    return mapPicture(
      svg,
      {
        title: d.image.mapTitle(f.date(props.date)),
        note: notes.filter(Boolean).join(" "),
        stances: STANCE_IDS.map(
          (id) => `${t.stances[id].label} · ${t.map.count(props.counts[id].total, props.counts[id].via, eu)}`,
        ),
        none: t.stances.none.label,
        hatched: t.map.legend.hatched(eu),
        subject: t.map.subject,
        source: d.image.source,
        link: window.location.href,
      },
      {
        ...props.chart,
        date: props.date,
        stanceFilter: props.stanceFilter,
        sourceFilter: props.sourceFilter,
        title: (max) => `${t.map.chart.caption} ${t.map.chart.fullHeight(max)}`,
      },
    );
  };
  return (
    <DownloadButtons
      label={d.group(d.what.map)}
      actions={[
        {
          label: d.csv,
          run: async () => {
            const { downloadCsv, mapCsv } = await exporter();
            const table = mapCsv(
              props.entries,
              { columns: d.columns, stanceLabel: (id) => t.stances[id].label },
              { bloc: props.blocName, source: props.sourceName },
            );
            await downloadCsv(table, `${base}.csv`);
          },
        },
        {
          label: d.png,
          run: async () => (await exporter()).savePng(await picture(), `${base}.png`),
        },
        {
          label: d.svg,
          run: async () => (await exporter()).saveSvg(await picture(), `${base}.svg`),
        },
      ]}
    />
  );
}
