/**
 * Share: the canonical link of the current view (copied, or the phone's share sheet), and
 * the <iframe> code for embedding one view. A native <dialog> gives focus trapping, Escape
 * and the modal role without hand-written ARIA. It also offers the whole dataset as one JSON file.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { Loading } from "../../components/panel";
import { useI18n } from "../../i18n/i18n";
import type { EmbedView } from "../../data/vocabulary";

export interface ShareDialogProps {
  /** The canonical link of the view. */
  link: string;
  /** The canonical link of one view alone (`embed=`). */
  embedLink: (view: EmbedView) => string;
}

const loadBody = () => import("./share-body");
const ShareBody = lazy(loadBody);

export function ShareDialog(props: ShareDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // Each opening starts afresh (no "Copied" left from the last time): a new key, a new body.
  const [openings, setOpenings] = useState(0);
  return (
    <>
      <button
        type="button"
        onPointerEnter={() => void loadBody()}
        onFocus={() => void loadBody()}
        onClick={() => {
          setOpenings((n) => n + 1);
          dialog.current?.showModal();
        }}
        className="min-h-11 rounded border border-slate-900 bg-slate-900 px-4 text-sm font-medium text-white hover:bg-slate-700"
      >
        {t.share.share.button}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="share-title"
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-4 text-slate-900 backdrop:bg-black/40"
      >
        <h2 id="share-title" className="text-lg font-semibold">
          {t.share.share.title}
        </h2>
        {openings > 0 ? (
          <ErrorBoundary area={t.share.share.title}>
            <Suspense fallback={<Loading what={t.share.share.loadingWhat} />}>
              <ShareBody key={openings} {...props} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        <form method="dialog" className="mt-4 text-right">
          <button type="submit" className="min-h-11 rounded border border-slate-400 px-4 text-sm">
            {t.share.share.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
