/** Says, once, what the opening link carried that the page could not use. */
import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import type { Ignored } from "../view/param";

export function UrlNotice({ ignored }: { ignored: Ignored[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || ignored.length === 0) return null;
  return (
    <div
      role="status"
      aria-labelledby="url-notice-title"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p id="url-notice-title" className="font-medium">
        {t.urlNotice.title}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((item, i) => (
          <li key={i}>
            <code>{item.param}</code> “{item.value}” {t.urlNotice.reasons[item.reason](item.detail)}.
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="mt-2 rounded border border-amber-400 bg-white px-3 py-1 font-medium hover:bg-amber-100"
      >
        {t.urlNotice.dismiss}
      </button>
    </div>
  );
}
