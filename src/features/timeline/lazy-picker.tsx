/**
 * The pickers' library (react-aria-components, about 60 kB gzipped) loads in its own chunk after
 * the page has painted, like the map and the charts; until then a box of the same size holds
 * the place so nothing jumps.
 */
import { lazy, memo, Suspense, type ComponentProps } from "react";
import { useI18n } from "../../i18n/i18n";

const Picker = lazy(() => import("./picker").then((m) => ({ default: m.Picker })));

/** Memoised: typing in the search box must not redraw the pickers beside it. */
export const LazyPicker = memo(function LazyPicker(props: ComponentProps<typeof Picker>) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <div className="flex flex-col gap-1" aria-busy="true">
          <p className="text-sm font-medium">{props.label}</p>
          <div className="h-[34px] rounded border border-slate-300 bg-slate-50 px-2 py-1.5 text-sm text-slate-600">
            {t.timeline.picker.loading}
          </div>
        </div>
      }
    >
      <Picker {...props} />
    </Suspense>
  );
});
