/** The recognition chart's drawing, hidden from assistive technology: its options say it all in words. */
import type { ReactNode } from "react";
import type { StanceId } from "../../data/schemas";
import { stanceMeta } from "../../data/stance";

/** The plot's coordinates: drawn into 1000 × 100 and stretched to the chart's box. */
export const W = 1000;
export const H = 100;
// Strokes keep their width however far the plot is stretched.
const THIN = { vectorEffect: "non-scaling-stroke" } as const;

interface PlotShapesProps {
  bands: readonly { stance: StanceId; d: string }[];
  ticks: readonly { year: string; x: number }[];
  /** Where the map's date falls. */
  markX: number;
  /** The step the reader is on (pointer or keyboard), outlined. */
  activeSpan?: { x: number; width: number };
}

export function PlotShapes({ bands, ticks, markX, activeSpan }: PlotShapesProps) {
  return (
    <g aria-hidden="true">
      {bands.map((band) => (
        <path key={band.stance} d={band.d} style={{ fill: stanceMeta[band.stance].fill }} />
      ))}
      {ticks.slice(1).map(({ year, x }) => (
        <line
          key={year}
          x1={x}
          x2={x}
          y1={0}
          y2={H}
          strokeDasharray="3 3"
          style={{ ...THIN, stroke: "var(--color-slate-500)" }}
        />
      ))}
      <line
        x1={markX}
        x2={markX}
        y1={0}
        y2={H}
        strokeWidth={3}
        style={{ ...THIN, stroke: "var(--color-slate-900)" }}
      />
      {activeSpan ? (
        // At least 12 units (a few px) wide: a one-day step still shows where the cursor is.
        <rect
          x={activeSpan.x + Math.min(activeSpan.width - 12, 0) / 2}
          width={Math.max(activeSpan.width, 12)}
          y={1}
          height={H - 2}
          fill="none"
          strokeWidth={2}
          style={{ ...THIN, stroke: "var(--color-slate-900)" }}
        />
      ) : null}
    </g>
  );
}

/** The years under the plot, each where it begins. */
export function YearAxis({ ticks }: { ticks: readonly { year: string; x: number }[] }) {
  return (
    <div aria-hidden="true" className="relative text-xs leading-4 text-slate-600" style={{ height: 16 }}>
      {ticks.map(({ year, x }) => (
        <span key={year} className="absolute top-0" style={{ left: `${(x / W) * 100}%`, paddingLeft: 2 }}>
          {year}
        </span>
      ))}
    </div>
  );
}

/** The counts of the step under the cursor, under the plot, kept inside the chart's width. */
export function StepTip({
  span,
  top,
  children,
}: {
  span?: { x: number; width: number };
  top: number;
  children: ReactNode;
}) {
  const at = span ? ((span.x + span.width / 2) / W) * 100 : 0;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 max-w-60 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
      // Moved back by as much of its own width as it is across the chart: never past either edge.
      style={{ top, left: `${at}%`, translate: `-${at}% 0` }}
    >
      {children}
    </div>
  );
}

interface StepButtonsProps {
  spans: readonly { x: number; width: number }[];
  /** Each step's counts in words: its button's name. */
  names: readonly string[];
  /** The one step reached by Tab (roving focus). */
  tabStop: number;
  /** The step that holds the map's date. */
  selected: number;
}

/**
 * One invisible button per step, over its whole height, that takes the pointer and the focus
 * (the chart outlines the one under the cursor itself: a stretched plot would stretch a ring).
 */
export function StepButtons({ spans, names, tabStop, selected }: StepButtonsProps) {
  return spans.map((span, i) => (
    <rect
      key={i}
      role="button"
      tabIndex={i === tabStop ? 0 : -1}
      aria-current={i === selected ? "date" : undefined}
      aria-label={names[i]}
      data-index={i}
      x={span.x}
      width={span.width}
      y={0}
      height={H}
      fill="none"
      pointerEvents="all"
      className="outline-none"
    />
  ));
}
