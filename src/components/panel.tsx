/** A titled region that owns its loading and error states, so features read data-first. */
import { useEffect, useState, type ReactNode } from "react";
import { DataError } from "../data/fetch-json";
import { useI18n } from "../i18n/i18n";

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
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function Loading({ what }: { what: string }) {
  const { t } = useI18n();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p role="status" className="text-sm text-slate-600">
      {t.loading(what)}
      {slow ? ` ${t.loadingSlow}` : ""}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const message =
    error instanceof DataError
      ? t.loadErrors[error.kind](error.file, error.status)
      : error instanceof Error
        ? error.message
        : t.loadFailed;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{message}</p>
      <p className="mt-1">{t.otherPanelsWork}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 min-h-11 rounded border border-red-400 bg-white px-3 py-1 font-medium hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {t.retry}
      </button>
    </div>
  );
}
