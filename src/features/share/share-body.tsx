/**
 * The Share dialog's contents: the link, the embed codes and the dataset download. Its own
 * chunk, fetched when the reader points at or focuses the Share button, so none of it weighs
 * on the first paint.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DownloadButtons } from "../../components/download-buttons";
import { downloadJson } from "../../components/download";
import { DATA_FILE_NAMES } from "../../data/files";
import { loadedFileQuery } from "../../data/queries";
import { useI18n } from "../../i18n/i18n";
import { EMBED_VIEWS, type EmbedView } from "../../data/vocabulary";
import type { ShareDialogProps } from "./share-dialog";

const HEIGHTS: Record<EmbedView, number> = { map: 720, tallies: 900, actas: 1100, timeline: 900 };

export default function ShareBody({ link, embedLink }: ShareDialogProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState("");
  const queryClient = useQueryClient();
  // The six files as the page loaded and validated them (from the query cache, fetched if not yet).
  const downloadDataset = async () => {
    const files = await Promise.all(
      DATA_FILE_NAMES.map(async (name) => [name, (await queryClient.fetchQuery(loadedFileQuery(name))).file]),
    );
    downloadJson(Object.fromEntries(files), "venezuela-2024-dataset.json");
  };
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.share.share.copied);
    } catch {
      setStatus(t.share.share.copyFailed);
    }
  };
  const iframe = (view: EmbedView) =>
    `<iframe src="${embedLink(view)}" title="${t.share.share.embedView[view]}: ${t.title}" width="100%" height="${HEIGHTS[view]}" style="border:0" loading="lazy"></iframe>`;

  return (
    <>
      <p className="mt-1 text-sm text-slate-700">{t.share.share.intro}</p>
      <label className="mt-3 block text-sm font-medium">
        {t.share.share.link}
        <input
          readOnly
          value={link}
          className="mt-1 w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs"
        />
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void copy(link)}
          className="min-h-11 rounded border border-slate-400 px-3 text-sm"
        >
          {t.share.share.copy}
        </button>
        {canShare ? (
          <button
            type="button"
            onClick={() => void navigator.share({ title: document.title, url: link }).catch(() => undefined)}
            className="min-h-11 rounded border border-slate-400 px-3 text-sm"
          >
            {t.share.share.native}
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
      <h3 className="mt-3 font-semibold">{t.share.share.embed}</h3>
      {EMBED_VIEWS.map((view) => (
        <div key={view} className="mt-2">
          <label className="block text-sm">
            {t.share.share.embedCode(t.share.share.embedView[view])}
            <textarea
              readOnly
              value={iframe(view)}
              rows={3}
              className="mt-1 w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs"
            />
          </label>
          <button
            type="button"
            onClick={() => void copy(iframe(view))}
            className="min-h-11 rounded border border-slate-400 px-3 text-sm"
          >
            {t.share.share.copyCode}
          </button>
        </div>
      ))}
      <h3 className="mt-3 font-semibold">{t.share.downloads.heading}</h3>
      <p className="mt-1 mb-2 text-sm text-slate-700">{t.share.downloads.intro}</p>
      <DownloadButtons
        label={t.share.downloads.heading}
        actions={[{ label: t.share.downloads.dataset, run: downloadDataset }]}
      />
    </>
  );
}
