/** What each colour means, how many countries hold it, and a filter toggle per stance. */
import { Suspense, useState } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { lazyLoaded } from "../../components/lazy-loaded";
import type { StanceId } from "../../data/schemas";
import { NO_POSITION, stanceMeta } from "../../data/stance";
import { STANCE_IDS } from "../../data/vocabulary";
import { useI18n } from "../../i18n/i18n";
import { SUBJECT_FILL } from "./map-style";
import type { StanceCounts } from "../../data/stance-counts";

const CodebookRules = lazyLoaded(() => import("./codebook-rules").then((module) => module.CodebookRules));

interface LegendProps {
  counts: StanceCounts;
  active: readonly StanceId[];
  onToggle: (stance: StanceId) => void;
  /** The bloc whose members may inherit its stance ("European Union"). */
  blocName: string;
}

export function Legend({ counts, active, onToggle, blocName }: LegendProps) {
  const { t, lang } = useI18n();
  // The rules are fetched the first time the reader opens them, and stay.
  const [opened, setOpened] = useState(false);
  return (
    <div>
      <h3 className="text-sm font-semibold">{t.map.legend.title}</h3>
      <p className="text-xs text-slate-600">{t.map.legend.hint}</p>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-1">
        {STANCE_IDS.map((id) => {
          const meta = stanceMeta[id];
          const pressed = active.includes(id);
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={pressed}
                onClick={() => onToggle(id)}
                className={`flex min-h-11 w-full items-start gap-2 rounded border p-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-slate-900 ${
                  pressed ? "border-slate-900 bg-slate-100" : "border-slate-200 hover:bg-slate-50"
                }`}
              >
                <span aria-hidden="true" className={`mt-0.5 size-4 shrink-0 rounded-sm ${meta.swatch}`} />
                <span>
                  <span className="font-medium">{t.stances[id].label}</span>{" "}
                  <span className="text-slate-700">
                    · {t.map.count(counts[id].total, counts[id].via, blocName)}
                  </span>
                  <span className="block text-xs text-slate-600">{t.stances[id].rule}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className={`size-3 rounded-sm border border-slate-300 ${NO_POSITION.swatch}`}
          />
          {t.stances.none.label}
        </li>
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="size-3 rounded-sm border border-slate-300"
            style={{
              background: "repeating-linear-gradient(45deg, #475569 0 2px, #fff 2px 4px)",
            }}
          />
          {t.map.legend.hatched(blocName)}
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="size-3 rounded-sm" style={{ background: SUBJECT_FILL }} />
          {t.map.subject}
        </li>
      </ul>
      <details
        className="mt-2 text-xs text-slate-700"
        onToggle={(e) => e.currentTarget.open && setOpened(true)}
      >
        <summary className="cursor-pointer py-2 font-medium">{t.map.legend.codebook.title}</summary>
        {opened ? (
          // Its own boundary: rules that fail to load (offline) must not take the map down with them.
          <ErrorBoundary area={t.map.legend.codebook.title}>
            <Suspense fallback={<p className="mt-1">{t.loading(t.map.legend.codebook.title)}</p>}>
              <CodebookRules lang={lang} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </details>
    </div>
  );
}
