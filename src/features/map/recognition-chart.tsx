/**
 * How many countries held each stance on every day of the record, as stacked steps in the
 * stance colours, with the map's date marked. A thin drawing over recognition-series.ts, in
 * plain SVG: it rides in the map's chunk, so no chart library and no byte weigh on the first paint.
 *
 * Keyboard: the chart is one tab stop, a toolbar of one button per step (per date a count
 * changed), with roving focus: ~30 steps would otherwise be ~30 tab stops. Arrow keys, Home and
 * End move between them without moving the map, so a reader can read the counts step by step;
 * Enter or Space, like a click, chooses one: the map moves there through the slider's own commit
 * (one history entry). Each button is named with its step's counts, and the step holding the
 * map's date is aria-current, so colour is never the only signal.
 */
import { memo, useId, useMemo, useState, type KeyboardEvent } from "react";
import { useI18n } from "../../i18n/i18n";
import { H, PlotShapes, StepButtons, StepTip, W, YearAxis } from "./recognition-plot";
import {
  chartGeometry,
  drawnStances,
  recognitionSteps,
  stepIndexAt,
  stepKey,
  yearTicks,
  type ChartData,
} from "./recognition-series";
import { RecognitionTable, TableToggle } from "./recognition-table";
import { chartSummary, stepWords } from "./recognition-words";

export interface RecognitionChartProps extends ChartData {
  /** "European Union": the bloc whose members the counts take in. */
  bloc: string;
  onDate: (date: string) => void;
}

/** The plot's height in px; stance-panel.tsx holds the chart's room from it (44 + 64 + 16). */
const PLOT_PX = 64;

/** The step a step's button stands for, or null for anything else. */
const indexOf = (target: EventTarget | null) => {
  const index = target instanceof Element ? target.getAttribute("data-index") : null;
  return index === null ? null : Number(index);
};

/**
 * Memoised: a click on a country redraws the map's panel, and the chart, whose props it leaves
 * alone, need not follow (the bench saw the click and the date step slower once it was there).
 */
export const RecognitionChart = memo(function RecognitionChart(props: RecognitionChartProps) {
  const { stances, actors, range, date, stanceFilter, sourceFilter, bloc, onDate } = props;
  const { t, f } = useI18n();
  const id = useId();
  const [active, setActive] = useState<number | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const steps = useMemo(
    () => recognitionSteps(stances, actors, range, sourceFilter),
    [stances, actors, range, sourceFilter],
  );
  // The legend's filter: only the stances it shows are drawn, stacked from the bottom.
  const drawn = useMemo(() => drawnStances(stanceFilter), [stanceFilter]);
  const { bands, spans, max, xOf } = useMemo(
    () => chartGeometry(steps, drawn, range, W, H),
    [steps, drawn, range],
  );
  // The words of every step and the summary change with the steps, never with the date.
  const names = useMemo(
    () => steps.map((step) => stepWords(t, f, step, drawn, bloc)),
    [steps, t, f, drawn, bloc],
  );
  const summary = useMemo(
    () => chartSummary(t, f, steps, drawn, range, bloc),
    [t, f, steps, drawn, range, bloc],
  );
  const selected = stepIndexAt(steps, date);
  const current = active ?? selected;
  const ticks = yearTicks(range, xOf);

  const choose = (i: number) => {
    const step = steps[i];
    if (step && step.date !== date) onDate(step.date);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const to = stepKey(event.key, current, steps.length);
    if (to === null) return;
    event.preventDefault();
    if (to === "choose") choose(current);
    else event.currentTarget.querySelector<SVGRectElement>(`[data-index="${to}"]`)?.focus();
  };

  return (
    <div>
      <div className="flex min-h-11 items-center justify-between gap-2">
        <p id={`${id}title`} className="text-sm font-medium">
          {t.map.chart.title} <span className="font-normal text-slate-600">{t.map.chart.scale(max)}</span>
        </p>
        <TableToggle open={tableOpen} controls={`${id}table`} onToggle={() => setTableOpen((o) => !o)} />
      </div>
      <div className="relative">
        {/* A toolbar of one button per step: one tab stop, arrows move between them (roving focus). */}
        <svg
          role="toolbar"
          aria-labelledby={`${id}title`}
          aria-describedby={`${id}summary`}
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          className="block w-full cursor-pointer"
          style={{ height: PLOT_PX }}
          onKeyDown={onKeyDown}
          onFocus={(e) => setActive(indexOf(e.target))}
          onBlur={(e) => {
            if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
              setActive(null);
          }}
          onPointerMove={(e) => setActive(indexOf(e.target) ?? active)}
          // Back to the step that has the focus, if one has it.
          onPointerLeave={(e) =>
            setActive(
              e.currentTarget.contains(document.activeElement) ? indexOf(document.activeElement) : null,
            )
          }
          onClick={(e) => {
            const i = indexOf(e.target);
            if (i !== null) choose(i);
          }}
        >
          <PlotShapes
            bands={bands}
            ticks={ticks}
            markX={Math.min(Math.max(xOf(date), 3), W - 3)}
            activeSpan={active === null ? undefined : spans[active]}
          />
          <StepButtons spans={spans} names={names} tabStop={current} selected={selected} />
        </svg>
        <YearAxis ticks={ticks} />
        {active === null || !steps[active] ? null : (
          <StepTip span={spans[active]} top={PLOT_PX + 4}>
            {names[active]} {t.map.chart.choose}
          </StepTip>
        )}
      </div>
      <p id={`${id}summary`} className={tableOpen ? "mt-1 text-xs text-slate-700" : "sr-only"}>
        {summary}
      </p>
      {tableOpen ? (
        <RecognitionTable id={`${id}table`} steps={steps} drawn={drawn} selected={selected} bloc={bloc} />
      ) : null}
    </div>
  );
});
