/**
 * The only importer of recharts. Loaded lazily (lazy-charts.tsx) so the chart library stays
 * out of the first paint. Every chart here repeats figures that a table or sentences next to
 * it give exactly, so the charts carry no exact labels: screen readers get the table, and the
 * page never shows the same figure twice. `initialDimension` lets jsdom draw them too.
 */
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "../../i18n/i18n";
import { chartHeight, formatCompact } from "./tally-format";
import type { Scale } from "./tally-series";
import { useTallyWords } from "./words";

export interface BarDatum {
  key: string;
  /** Axis label (short name). */
  label: string;
  votes: number;
  /** Tailwind fill class from the candidate colour map. */
  colour: string;
}

interface ChartProps {
  data: readonly BarDatum[];
  scale: Scale;
  /** Read by screen readers as the chart's title. */
  title: string;
}

const AXIS_FONT = { fontSize: 12, fill: "#334155" };

function Bars({
  data,
  title,
  domain,
  ticks,
}: Omit<ChartProps, "scale"> & { domain: [number, number]; ticks: number[] }) {
  const { f } = useI18n();
  const m = useTallyWords();
  const height = chartHeight(data.length);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      <BarChart
        data={[...data]}
        layout="vertical"
        accessibilityLayer
        title={title}
        // Named for assistive tech; jsdom and some readers ignore an SVG <title>.
        aria-label={title}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
      >
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={(votes: number) => formatCompact(f, votes)}
          tick={AXIS_FONT}
        />
        <YAxis type="category" dataKey="label" width={112} tick={AXIS_FONT} />
        <Tooltip formatter={(value: unknown) => f.number(Number(value))} />
        <ReferenceLine x={0} stroke="#475569" />
        <Bar dataKey="votes" name={m.chart.votes} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} className={d.colour} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** One tally's votes per candidate, on the scale shared by both panels. */
export function TallyBars(props: ChartProps) {
  return <Bars {...props} domain={[0, props.scale.max]} ticks={props.scale.ticks} />;
}

/** Right minus left per candidate: bars to the right are gains, to the left losses. */
export function GapBars(props: ChartProps) {
  const { max, ticks } = props.scale;
  const both = [
    ...ticks
      .filter((t) => t > 0)
      .map((t) => -t)
      .reverse(),
    ...ticks,
  ];
  return <Bars {...props} domain={[-max, max]} ticks={both} />;
}
