/** "Cite this view": the dataset's date and the link that restores exactly this view. */
import { useI18n } from "../i18n/i18n";
import { viewLink } from "../view/link";
import type { ViewState } from "../view/view";

export function CiteLine({ view, dataDate }: { view: ViewState; dataDate: string | undefined }) {
  const { t, f } = useI18n();
  if (!dataDate) return null;
  return (
    <footer className="mt-6 border-t border-slate-200 pt-3 text-sm text-slate-700">
      <p className="break-words">
        <span className="font-medium">{t.share.cite.label}:</span>{" "}
        {t.share.cite.text(f.date(dataDate), viewLink(view))}
      </p>
    </footer>
  );
}
