/** CSV of the two compared tallies, and the comparison as SVG or PNG, as shown on screen. */
import { DownloadButtons } from "../../components/download-buttons";
import { downloadCsv } from "../../components/download";
import { savePng, saveSvg, tokenHex } from "../../components/svg-image";
import { useI18n } from "../../i18n/i18n";
import { colourOf } from "./candidate-colours";
import { talliesCsv, type ShownTally } from "./csv-rows";
import { talliesPicture, type LegendItem } from "./export-image";
import { coverageText, formatComputedShare, tallyWhen } from "./tally-format";
import { useTallyWords } from "./words";

interface TallyDownloadsProps {
  shown: readonly ShownTally[];
  /** The shared scale's maximum. */
  max: number;
  sourceName: (id: string) => string;
}

/** A candidate's colour class ("fill-stance-maduro") → its theme token, as hex. */
const hexOf = (key: string) => tokenHex(colourOf(key).bar.replace(/^fill-/, "--color-"));

export function TallyDownloads({ shown, max, sourceName }: TallyDownloadsProps) {
  const { t, f, text } = useI18n();
  const d = t.share.downloads;
  const m = useTallyWords();
  const base = `venezuela-2024-counts-${shown.map((s) => s.tally.id).join("-vs-")}`;
  const picture = () => {
    const blocks = shown.map(({ tally, rows }) => ({
      heading: m.card.heading(text(tally.label), tallyWhen(tally, m, f)),
      sub: m.card
        .countedBy(sourceName(tally.claimant), coverageText(tally, m, f, text, { detail: false }))
        .join(""),
      bars: rows.map((row) => {
        const votes = row.approximate ? m.table.about(f.number(row.votes)) : f.number(row.votes);
        const share = row.share
          ? f.share(row.share)
          : row.computedShare !== null
            ? `${formatComputedShare(f, row.computedShare)} ${m.table.computed}`
            : "";
        return {
          key: row.key,
          name: row.name,
          votes: row.votes,
          text: share ? `${votes} · ${share}` : votes,
          colour: hexOf(row.key),
        };
      }),
    }));
    // One legend entry per colour: the minor candidates share a grey, named as a group.
    const byColour = new Map<string, LegendItem>();
    for (const bar of blocks.flatMap((b) => b.bars)) {
      const known = byColour.get(bar.colour);
      if (!known) byColour.set(bar.colour, { label: bar.name, colour: bar.colour });
      else if (known.label !== bar.name) known.label = m.otherCandidates;
    }
    return talliesPicture({
      title: d.image.talliesTitle,
      blocks,
      legend: [...byColour.values()],
      max,
      source: d.image.source,
      link: window.location.href,
    });
  };
  return (
    <DownloadButtons
      label={d.group(d.what.tallies)}
      actions={[
        {
          label: d.csv,
          run: () =>
            downloadCsv(
              talliesCsv(shown, { columns: d.columns, yes: d.yes, m, f, text }, sourceName),
              `${base}.csv`,
            ),
        },
        { label: d.png, run: () => savePng(picture(), `${base}.png`) },
        { label: d.svg, run: () => saveSvg(picture(), `${base}.svg`) },
      ]}
    />
  );
}
