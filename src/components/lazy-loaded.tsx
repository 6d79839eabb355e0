/**
 * React.lazy, except that a component whose chunk has already arrived renders at once. A lazy
 * component suspends on its first render even then, and React holds a Suspense boundary's
 * content back for 300 ms after showing its fallback (so it does not flicker): the map, whose
 * chunk is requested at start-up and is long there by the time its data is, waited that long.
 */
import { lazy, useEffect, useState, type ComponentType } from "react";

export function lazyLoaded<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let settled = false;
  let loading: Promise<ComponentType<P>> | undefined;
  /** Starts the download (once); the component renders directly once it has finished. */
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        settled = true;
        return (loaded = component);
      },
      (error: unknown) => {
        settled = true;
        throw error;
      },
    ));
  /**
   * Whether the chunk has arrived or failed (then rendering it shows the error boundary):
   * a parent can keep its own loading state until then instead of showing a Suspense
   * fallback, and so skip the 300 ms reveal pause.
   */
  function useSettled(): boolean {
    const [now, setNow] = useState(settled);
    useEffect(() => {
      if (!now) {
        const done = () => setNow(true);
        preload().then(done, done);
      }
    }, [now]);
    return now;
  }
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function LazyLoaded(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  /** Whether the chunk has arrived (not failed): a part that can do without it draws nothing instead. */
  const arrived = () => loaded !== undefined;
  return Object.assign(LazyLoaded, { preload, useSettled, arrived });
}
