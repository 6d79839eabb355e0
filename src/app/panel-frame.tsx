/**
 * Draws one panel of the page from its descriptor: the titled region, the data warnings, the
 * error boundary, and the loading and error states of its files, so that a feature's body
 * gets its data ready. Memoised on the parts of the view the panel reads (panels.ts).
 */
import { replaceEqualDeep } from "@tanstack/react-query";
import { memo, Suspense, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import { LoadError, Loading, Panel } from "../components/panel";
import { useHasPainted } from "../components/use-has-painted";
import { useReaderReached } from "../components/use-reader-reached";
import { useDataFiles } from "../data/use-data-files";
import { useMapSettled } from "../features/map/map-first";
import { useI18n } from "../i18n/i18n";
import { useShared, type Update } from "../view/use-view";
import { DataWarnings } from "./data-warnings";
import type { PanelInputs, PanelRow } from "./panels";

interface PanelFrameProps {
  row: PanelRow;
  inputs: PanelInputs;
  update: Update;
  /** On the dashboard, a panel below the fold waits for the map; an embed has no map to wait for. */
  afterMap: boolean;
}

const same = (a: object, b: object) => replaceEqualDeep(a, b) === a;

export const PanelFrame = memo(
  function PanelFrame({ row, inputs, update, afterMap }: PanelFrameProps) {
    const i18n = useI18n();
    const { panel } = row;
    const values = useShared(row.values(inputs));
    const handlers = useMemo(() => row.handlers(update), [row, update]);
    const props = { ...values, ...handlers };
    const title = panel.title(i18n);
    return (
      <Panel
        id={panel.id}
        title={title}
        description={panel.description(i18n, props)}
        belowTheFold={panel.belowTheFold}
      >
        <DataWarnings files={panel.files} />
        <ErrorBoundary area={title}>
          <PanelBody panel={panel} props={props} waitForMap={panel.belowTheFold && afterMap} />
        </ErrorBoundary>
      </Panel>
    );
  },
  // A choice elsewhere in the view leaves this panel alone.
  (a, b) =>
    a.row === b.row &&
    a.update === b.update &&
    a.afterMap === b.afterMap &&
    same(a.row.values(a.inputs), b.row.values(b.inputs)),
);

const alwaysReady = () => true;

/**
 * The body, once its files have loaded and the descriptor says it is ready; until then one
 * loading message, kept in place (so that its "this is slow" timer runs on), or the error of
 * a file with Retry.
 */
function PanelBody({
  panel,
  props,
  waitForMap,
}: {
  panel: PanelRow["panel"];
  props: object;
  waitForMap: boolean;
}) {
  const i18n = useI18n();
  const files = useDataFiles(panel.files);
  // Below the map, the first render with data happens in the background, where the map's
  // render can interrupt it.
  const deferred = useDeferredValue(files.data);
  const data = panel.belowTheFold ? deferred : files.data;
  // A descriptor's own hook; the same one on every render of this panel.
  const ready = (panel.useReady ?? alwaysReady)(props);
  const { error } = files;
  useEffect(() => {
    if (error) panel.onDataError?.();
  }, [error, panel]);

  const what = panel.loading(i18n);
  // One element for the failure and Retry's progress, so focus stays on its button.
  if (error || files.retrying) return <LoadError {...files} onRetry={files.retry} what={what} />;
  const loading = (
    <div className={panel.loadingClassName}>
      <Loading what={what} failures={files.failures} />
    </div>
  );
  const { Body } = panel;
  const body = data && ready ? <Body {...props} data={data} /> : null;
  return (
    <Suspense fallback={loading}>
      {panel.belowTheFold ? (
        <AfterMap panel={panel} props={props} waitForMap={waitForMap} loading={loading}>
          {body}
        </AfterMap>
      ) : (
        (body ?? loading)
      )}
    </Suspense>
  );
}

/**
 * A panel below the fold: its code is requested, and its body drawn, once the shell has
 * painted (useHasPainted) and the map has settled (map-first.ts), or at once in an embed;
 * a panel that asks for it (`nearScreen`) waits until its top nears the screen too.
 * Its own component, so that these waits re-render the gate alone, never the map.
 */
function AfterMap({
  panel,
  props,
  waitForMap,
  loading,
  children,
}: {
  panel: PanelRow["panel"];
  props: object;
  waitForMap: boolean;
  loading: ReactNode;
  children: ReactNode;
}) {
  const painted = useHasPainted();
  const mapSettled = useMapSettled(waitForMap);
  const top = useRef<HTMLDivElement>(null);
  const room = useRef<HTMLDivElement>(null);
  const reached = useReaderReached(top, room, DWELL_MS);
  const wanted = !panel.nearScreen || reached || panel.nearScreen.asked(props);
  const open = painted && mapSettled && wanted;
  useEffect(() => {
    if (open) panel.preload?.();
  }, [open, panel]);
  if (open && children) return children;
  // Waiting for the reader: it holds its room and says nothing is loading, because nothing is.
  if (!wanted)
    return (
      <div ref={room} className={panel.loadingClassName}>
        <div ref={top} />
      </div>
    );
  return loading;
}

/**
 * How long the reader must stay: a jump to the timeline passes the panel while the panels
 * above it are still taking their size (a browser test saw its top on screen for 40 ms on the
 * way), and the panel drawn then grew above a reader already at the timeline.
 */
const DWELL_MS = 300;
