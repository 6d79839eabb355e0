/** The state map as PNG and SVG, with its title, legend, source line and the boundaries' credit inside. */
import { DownloadButtons } from "../../components/download-buttons";
import { LEGEND_BINS } from "./margin-scale";
import { useWords } from "./words";

/** The id of the drawn map's <svg>: the picture is copied from what the reader sees. */
export const STATE_MAP_ID = "actas-state-map";

export function StateMapDownloads({ here, link }: { here: string; link: string }) {
  const { w } = useWords();
  const picture = async () => {
    const svg = document.getElementById(STATE_MAP_ID);
    if (!(svg instanceof SVGSVGElement)) throw new Error("the map is not drawn");
    const module = await import("./state-map-picture");
    const bins = LEGEND_BINS.map((b) => w.legend.bins[b.id]);
    const made = module.stateMapPicture(svg, {
      title: w.map.title,
      note: w.downloads.mapNote(here),
      bins: [...bins, w.legend.noData],
      source: w.downloads.mapSource,
      boundaries: w.map.boundaries,
      link,
    });
    return { module, made };
  };
  return (
    <div className="mt-2">
      <DownloadButtons
        label={w.downloads.label}
        actions={[
          {
            label: w.downloads.png,
            run: async () => {
              const { module, made } = await picture();
              await module.savePng(made, `${w.downloads.mapFile}.png`);
            },
          },
          {
            label: w.downloads.svg,
            run: async () => {
              const { module, made } = await picture();
              module.saveSvg(made, `${w.downloads.mapFile}.svg`);
            },
          },
        ]}
      />
    </div>
  );
}
