/** Composes the page: the header's actions, the notices, and the panels, around one view read from the URL. */
import { Suspense, useDeferredValue, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { ShareDialog } from "../features/share/share-dialog";
import { browserLang, I18nProvider, loadLanguage, useI18n } from "../i18n/i18n";
import { viewLink } from "../view/link";
import { useView } from "../view/use-view";
import { ActiveFilters } from "./active-filters";
import { CiteLine } from "./cite-line";
import { KeyFiguresSlot } from "./key-figures-slot";
import { LanguageSwitcher } from "./language-switcher";
import { PageNavSlot } from "./page-nav-slot";
import { PanelFrame } from "./panel-frame";
import { PANELS, panelsOf } from "./panels";
import { UrlNotice } from "./url-notice";
import { useDocumentTitle } from "./use-document-title";
import { useReportHeight } from "./use-report-height";

export function App() {
  const state = useView();
  return (
    // Only a language whose catalog is still on its way suspends (Spanish, the first time):
    // its own word for "Loading" is all that can be said before the catalog arrives.
    <Suspense fallback={<p className="p-4">Cargando…</p>}>
      <I18nProvider lang={state.view.lang ?? browserLang()}>
        <Dashboard {...state} />
      </I18nProvider>
    </Suspense>
  );
}

type ViewProps = ReturnType<typeof useView>;

function Dashboard(props: ViewProps) {
  const { view, update, ignored } = props;
  const { t, lang, unavailable } = useI18n();
  const asked = useRef<string | null>(null);
  useDocumentTitle(view.country);
  if (view.embed) return <EmbedLayout {...props} />;
  return (
    <div className="mx-auto max-w-7xl p-4">
      <HeaderActions>
        <ShareDialog link={viewLink(view)} embedLink={(embed) => viewLink({ ...view, embed })} />
        {/* The address changes once the language's text is here, so the page never blanks. */}
        <LanguageSwitcher
          lang={lang}
          onChange={(next) => {
            asked.current = next;
            // Only the last choice applies: a slow Spanish catalog must not undo a later "English".
            void loadLanguage(next).then(() => asked.current === next && update({ lang: next }));
          }}
        />
      </HeaderActions>
      {unavailable ? (
        <p role="alert" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          {t.languageUnavailable}
        </p>
      ) : null}
      <UrlNotice ignored={ignored} />
      <ActiveFilters view={view} onChange={(patch) => update(patch)} />
      <main className="mt-4 grid gap-4">
        <KeyFiguresSlot view={view} />
        <PageNavSlot panels={panelsOf(view.embed)} />
        <Panels {...props} />
      </main>
      <CiteLine view={view} dataDate={props.known.dateRange?.[1]} />
    </div>
  );
}

/**
 * The panels the view shows, each handed the parts of the view it reads (panels.ts). The map
 * answers a click or a date step at once; the counts and the timeline follow in a render
 * React may interrupt, so they never hold up the details or the recoloured map.
 */
function Panels({ view, update, known }: ViewProps) {
  const later = useDeferredValue(view);
  const inputs = { view, later, known };
  return panelsOf(view.embed).map((name) => (
    <PanelFrame key={name} row={PANELS[name]} inputs={inputs} update={update} afterMap={!view.embed} />
  ));
}

/**
 * The page's title and introduction are static HTML (index.html), painted before any script
 * runs and never replaced, so the largest thing on a phone's first screen is there at the
 * first paint; <html lang> picks their language. The Share and language buttons join them
 * in the header's slot. Without that slot (tests render the app alone) they stand on their own.
 */
function HeaderActions({ children }: { children: ReactNode }) {
  const [slot] = useState(() => document.getElementById("header-actions"));
  const actions = <div className="flex flex-wrap items-center gap-2">{children}</div>;
  return slot ? createPortal(actions, slot) : <div className="mb-4 flex justify-end">{actions}</div>;
}

/** One view alone, for another page's <iframe>: its panel, the source line and a way out. */
function EmbedLayout(props: ViewProps) {
  const { t } = useI18n();
  useReportHeight();
  return (
    <div className="p-2">
      <main>
        <Panels {...props} />
      </main>
      <footer className="mt-2 flex flex-wrap justify-between gap-2 text-xs text-slate-700">
        <span>{t.share.embed.source}</span>
        <a
          href={viewLink({ ...props.view, embed: null })}
          target="_blank"
          rel="noopener noreferrer"
          className="text-blue-800 underline"
        >
          {t.share.embed.full}
        </a>
      </footer>
    </div>
  );
}
