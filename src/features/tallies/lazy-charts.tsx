/**
 * The charts, loaded on demand: recharts is large and not needed for the first paint (the
 * tables beside the charts carry every figure). The placeholder keeps the chart's height so
 * nothing jumps when it arrives.
 */
import { lazy, Suspense, type ComponentProps } from "react";
import { chartHeight } from "./tally-format";

const TallyBarsChunk = lazy(() => import("./tally-chart").then((m) => ({ default: m.TallyBars })));
const GapBarsChunk = lazy(() => import("./tally-chart").then((m) => ({ default: m.GapBars })));

type Props = ComponentProps<typeof TallyBarsChunk>;

const Space = ({ bars }: { bars: number }) => <div style={{ height: chartHeight(bars) }} />;

export function LazyTallyBars(props: Props) {
  return (
    <Suspense fallback={<Space bars={props.data.length} />}>
      <TallyBarsChunk {...props} />
    </Suspense>
  );
}

export function LazyGapBars(props: Props) {
  return (
    <Suspense fallback={<Space bars={props.data.length} />}>
      <GapBarsChunk {...props} />
    </Suspense>
  );
}
