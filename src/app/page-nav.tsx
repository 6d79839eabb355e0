/**
 * The page's navigation: a link to each panel, in page order, that stays at the top of the
 * screen while the reader scrolls and says which panel they are in (aria-current, and a bold,
 * underlined name: never colour alone). It stands below the key figures, which must fill a
 * phone's first screen; on a phone it steps aside while the reader scrolls down and comes back
 * when they scroll up or Tab into it (index.css), so it never sits over what they read.
 */
import { useEffect, useRef } from "react";
import { jumpTo, panelHref } from "../components/jump-to";
import type { EmbedView } from "../data/vocabulary";
import { useI18n } from "../i18n/i18n";
import { PANELS } from "./panels";
import { useScrollSpy } from "./use-scroll-spy";

export function PageNav({ panels }: { panels: readonly EmbedView[] }) {
  const i18n = useI18n();
  const ids = panels.map((name) => PANELS[name].panel.id);
  const current = useScrollSpy(ids);
  const list = useRef<HTMLUListElement>(null);
  // On a narrow phone the names may not all fit: the one the reader is in is scrolled into the bar.
  useEffect(() => {
    const bar = list.current;
    const link = bar?.querySelector<HTMLElement>("[aria-current]");
    if (!bar || !link) return;
    const [start, end] = [link.offsetLeft, link.offsetLeft + link.offsetWidth];
    if (start < bar.scrollLeft || end > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = start;
  }, [current]);
  return (
    <nav
      aria-label={i18n.t.nav.label}
      className="page-nav sticky top-0 z-20 -mx-4 min-w-0 border-b border-slate-200 bg-slate-50 px-4 print:hidden"
    >
      <ul ref={list} className="relative -mx-1.5 flex overflow-x-auto sm:-mx-2">
        {panels.map((name) => {
          const { panel } = PANELS[name];
          const here = current === panel.id;
          return (
            <li key={panel.id} className="shrink-0">
              <a
                href={panelHref(panel.id)}
                onClick={(event) => jumpTo(event, panel.id)}
                aria-current={here ? "location" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-1.5 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 sm:px-2 ${
                  here
                    ? "border-slate-900 font-semibold text-slate-900"
                    : "border-transparent text-slate-700 hover:text-slate-900"
                }`}
              >
                {panel.title(i18n)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
