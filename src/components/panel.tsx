/**
 * A panel of the page: its descriptor (what a feature exports: its files and its body), the
 * titled region it is drawn in, and its loading and error messages. The app's panel frame
 * (app/panel-frame.tsx) loads a descriptor's files and owns the loading and error states,
 * so a feature's body gets its data ready and reads data-first.
 */
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { DataError } from "../data/fetch-json";
import { RETRIES } from "../data/retry-policy";
import type { DataFileName } from "../data/files";
import type { Files } from "../data/use-data-files";
import { useI18n, type I18n } from "../i18n/i18n";

export interface PanelDescriptor<N extends DataFileName, P extends object> {
  /** The section's id: the anchor of its heading. */
  id: string;
  /** The data files the body reads; the frame loads them, and warns about them. */
  files: readonly N[];
  title: (i18n: I18n) => string;
  description: (i18n: I18n, props: P) => ReactNode;
  /** What the loading message says is loading. */
  loading: (i18n: I18n) => string;
  /** The room held while loading, so that what is below does not jump when the body arrives. */
  loadingClassName?: string;
  /**
   * Below the first screen: the browser draws it only when it comes near (content-visibility),
   * its code and its first render wait for the map (map-first.ts), and its first render with
   * data happens in the background, where the map's render can interrupt it.
   */
  belowTheFold: boolean;
  /**
   * Its code (and so the files it asks for itself) waits until the reader reaches it, or until
   * `asked` says the view needs it at once (a link to a place in it). Reaching it is its top
   * coming near the screen from below, or its room being on the screen because the reader
   * scrolled there (components/use-reader-reached.ts). Not its room on screen alone: a reader
   * who went past it (a link to the timeline), or whom the page moved past it, has it just above
   * the screen, and a panel drawn there grows under them and moves the page they are reading.
   * It holds a screen's room until then (`loadingClassName`), which keeps its top off that
   * reader's screen.
   */
  nearScreen?: { asked: (props: P) => boolean };
  /** The panel's content, given its files once they have all loaded. */
  Body: ComponentType<P & { data: Files<N> }>;
  /**
   * A hook: whether the body can be drawn besides its files (the map also needs its date and its
   * chunk). Until then the frame's one loading message stays, so its "slow" timer runs on.
   */
  useReady?: (props: P) => boolean;
  /** Starts downloading the body's code (or, for the map, its shapes) before it is drawn. */
  preload?: () => unknown;
  /** Called when a file fails to load: the body will not be drawn. */
  onDataError?: () => void;
}

/** Declares a panel, inferring its files and its props from the body. */
export const panel = <N extends DataFileName, P extends object>(descriptor: PanelDescriptor<N, P>) =>
  descriptor;

/** After this long, a loading message says the server is slow rather than leaving the reader guessing. */
const SLOW_AFTER_MS = 4000;

interface PanelProps {
  id: string;
  title: string;
  children: ReactNode;
  description?: ReactNode;
  /** Below the first screen: drawn by the browser only when it comes near (content-visibility). */
  belowTheFold?: boolean;
}

export function Panel({ id, title, description, belowTheFold = false, children }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    // content-visibility, for the panels below the fold (on a phone, the counts and the
    // timeline): the browser skips their style, layout and paint until they near the screen;
    // they stay in the accessibility tree and find-in-page. The size is a placeholder until
    // first drawn. Not for the first panel: its containment would also make it the frame of
    // anything fixed inside it, and carry the phone's details sheet off the screen.
    <section
      aria-labelledby={headingId}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${
        belowTheFold ? "[contain-intrinsic-size:auto_40rem] [content-visibility:auto]" : ""
      }`}
    >
      {/* Focusable by script: the key figures' and the navigation's links move focus here.
          Scrolled to, it stops below the sticky navigation (index.css: --page-nav-room). */}
      <h2
        id={headingId}
        tabIndex={-1}
        className="scroll-mt-[calc(var(--page-nav-room)+1rem)] text-lg font-semibold"
      >
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** `failures`: the tries of the file that failed so far, while the retry policy tries it again. */
export function Loading({ what, failures = 0 }: { what: string; failures?: number }) {
  const { t } = useI18n();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p role="status" className="text-sm text-slate-600">
      {loadingText(t, what, failures, slow)}
    </p>
  );
}

const loadingText = (t: I18n["t"], what: string, failures: number, slow?: boolean) =>
  `${t.loading(what)}${failures > 0 ? ` ${t.tryingAgain(failures + 1, RETRIES + 1)}` : slow ? ` ${t.loadingSlow}` : ""}`;

/**
 * When the box goes (its file arrived) while its button has focus, focus moves to the panel's
 * heading instead of being lost to the page's start. Module-level, so that React calls it when
 * the button is drawn and its cleanup when the button goes, not on every render.
 */
function keepFocus(button: HTMLButtonElement | null) {
  return () => {
    if (button?.matches(":focus")) button.closest("section")?.querySelector("h2")?.focus();
  };
}

/**
 * A file that failed: what failed, in plain words, with Retry. Once pressed, the same box says
 * that it is loading again and its button waits (focus stays on it); it says the next failure
 * in its place.
 */
export function LoadError({
  error,
  onRetry,
  what,
  retrying = false,
  failures = 0,
}: {
  error: unknown;
  onRetry: () => void;
  what: string;
  retrying?: boolean;
  failures?: number;
}) {
  const { t } = useI18n();
  const message =
    error instanceof DataError
      ? t.loadErrors[error.kind](error.file, error.status)
      : error instanceof Error
        ? error.message
        : t.loadFailed;
  return (
    <div
      role={retrying ? "status" : "alert"}
      className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
    >
      <p>{retrying ? loadingText(t, what, failures) : message}</p>
      <p className="mt-1">{t.otherPanelsWork}</p>
      <button
        type="button"
        ref={keepFocus}
        aria-disabled={retrying}
        onClick={retrying ? undefined : onRetry}
        className="mt-2 min-h-11 rounded border border-red-400 bg-white px-3 py-1 font-medium hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {retrying ? t.retrying : t.retry}
      </button>
    </div>
  );
}
