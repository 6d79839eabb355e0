/**
 * The charts, loaded on demand: recharts is large and not needed for the first paint (the
 * tables beside the charts carry every figure). Each chart is requested and drawn when it
 * comes near the screen (useNearScreen), so on a phone, where the counts are below the map,
 * loading the page does not spend half a second on charts nobody sees yet. The placeholder
 * keeps the chart's height so nothing jumps when it arrives.
 */
import { lazy, Suspense, useRef, type ComponentProps, type ComponentType } from "react";
import { useNearScreen } from "../../components/use-near-screen";
import { chartHeight } from "./tally-format";

const TallyBarsChunk = lazy(() => import("./tally-chart").then((m) => ({ default: m.TallyBars })));
const GapBarsChunk = lazy(() => import("./tally-chart").then((m) => ({ default: m.GapBars })));

type Props = ComponentProps<typeof TallyBarsChunk>;

const Space = ({ bars }: { bars: number }) => <div style={{ height: chartHeight(bars) }} />;

function WhenNear({ Chart, ...props }: Props & { Chart: ComponentType<Props> }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box);
  const space = <Space bars={props.data.length} />;
  return (
    <div ref={box}>
      {near ? (
        <Suspense fallback={space}>
          <Chart {...props} />
        </Suspense>
      ) : (
        space
      )}
    </div>
  );
}

export function LazyTallyBars(props: Props) {
  return <WhenNear Chart={TallyBarsChunk} {...props} />;
}

export function LazyGapBars(props: Props) {
  return <WhenNear Chart={GapBarsChunk} {...props} />;
}
