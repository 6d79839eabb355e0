/**
 * The spread of the sheets of the area on screen: a histogram of González's share (a small
 * SVG; no chart library in this chunk), the CNE's national share for him marked, the plain
 * counts, and the bins as a list for readers who cannot see the bars.
 */
import { CitationList } from "../../components/citation-list";
import type { Citation, LocalText } from "../../data/schemas";
import { BIN_WIDTH, type Spread } from "./spread";
import { useWords } from "./words";

const W = 400;
const H = 150;
const PAD = { left: 8, right: 8, top: 18, bottom: 22 };

/** The CNE bulletin's national shares as printed ("51.95"), with the bulletin's label and sources. */
export interface CneShares {
  maduro: string;
  gonzalez: string;
  label: LocalText;
  citations: readonly Citation[];
}

interface SheetSpreadProps {
  spread: Spread;
  areaName: string;
  cne: CneShares;
  sourceName: (id: string) => string;
}

export function SheetSpread({ spread, areaName, cne, sourceName }: SheetSpreadProps) {
  const { w, f, text } = useWords();
  const sheets = (n: number) => w.sheetsCount(n, f.number(n));
  const top = Math.max(1, ...spread.bins);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (share: number) => PAD.left + (share / 100) * plotW;
  const barW = plotW / spread.bins.length;
  const cneX = x(Number(cne.gonzalez));
  const caption = w.spread.caption(areaName, sheets(spread.total));
  return (
    <section aria-labelledby="actas-spread-heading" className="mt-4">
      <h3 id="actas-spread-heading" className="font-semibold">
        {w.spread.title}
      </h3>
      <figure className="mt-1">
        <figcaption className="text-sm">{caption}</figcaption>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={caption}
          className="mt-1 h-auto w-full max-w-xl"
        >
          {spread.bins.map((count, i) => {
            const h = (count / top) * plotH;
            return (
              <rect
                key={i}
                x={PAD.left + i * barW + 0.5}
                y={PAD.top + plotH - h}
                width={barW - 1}
                height={h}
                className="fill-stance-gonzalez"
              />
            );
          })}
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={PAD.top + plotH}
            y2={PAD.top + plotH}
            className="stroke-slate-500"
          />
          {[0, 25, 50, 75, 100].map((tick) => (
            <text key={tick} x={x(tick)} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[10px]">
              {f.percent(tick, 0)}
            </text>
          ))}
          <line
            x1={cneX}
            x2={cneX}
            y1={PAD.top - 4}
            y2={PAD.top + plotH}
            strokeDasharray="3 2"
            className="stroke-slate-900 stroke-2"
          />
          <text x={cneX + 3} y={PAD.top - 6} className="fill-slate-900 text-[10px]">
            {w.spread.cne("González", f.share(cne.gonzalez))}
          </text>
        </svg>
        <p className="text-xs text-slate-700">{w.spread.axis}</p>
      </figure>
      <p className="mt-2 text-sm">{w.spread.counts(sheets(spread.total))}</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        <li>{w.spread.maduroAtLeast(sheets(spread.maduroAtLeast), f.share(cne.maduro))}</li>
        <li>{w.spread.gonzalezAtMost(sheets(spread.gonzalezAtMost), f.share(cne.gonzalez))}</li>
        <li>{w.spread.maduroLeads(sheets(spread.maduroLeads))}</li>
      </ul>
      <p className="mt-2 text-sm text-slate-700">{w.spread.cneFrom(text(cne.label))}</p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer font-medium">{w.spread.cneSources}</summary>
        <CitationList citations={cne.citations} publisherName={sourceName} className="mt-2 space-y-2" />
      </details>
      {spread.empty > 0 ? <p className="mt-1 text-sm">{w.spread.empty(sheets(spread.empty))}</p> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">{w.spread.count}</summary>
        <ul className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
          {spread.bins.map((count, i) => (
            <li key={i}>
              {w.spread.bin(f.percent(i * BIN_WIDTH, 0), f.percent((i + 1) * BIN_WIDTH, 0), f.number(count))}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
