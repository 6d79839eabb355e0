/** A small row of download buttons for one view; a failed download says so instead of failing silently. */
import { useState } from "react";
import { useI18n } from "../i18n/i18n";

export interface DownloadAction {
  label: string;
  run: () => Promise<void> | void;
}

export function DownloadButtons({ label, actions }: { label: string; actions: readonly DownloadAction[] }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          onClick={() => {
            setFailed(false);
            Promise.resolve()
              .then(action.run)
              .catch(() => setFailed(true));
          }}
          className="min-h-11 rounded border border-slate-400 bg-white px-3 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
        >
          {action.label}
        </button>
      ))}
      {failed ? (
        <span role="alert" className="text-sm text-red-800">
          {t.share.downloads.failed}
        </span>
      ) : null}
    </div>
  );
}
