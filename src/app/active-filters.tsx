/**
 * The active filters in one line ("Mexico · The Economist · as of 7 Aug 2024"), each removable,
 * with "Clear all". Names come from the data in the reader's language; the URL keeps codes.
 */
import { useQuery } from "@tanstack/react-query";
import { dataFileQuery } from "../data/queries";
import { useI18n } from "../i18n/i18n";
import { activeChips, CLEAR_ALL, type ViewPatch, type ViewState } from "../view/view";

interface ActiveFiltersProps {
  view: ViewState;
  onChange: (patch: ViewPatch) => void;
}

export function ActiveFilters({ view, onChange }: ActiveFiltersProps) {
  const { t, f, actorName, text } = useI18n();
  const actors = useQuery(dataFileQuery("actors")).data?.actors;
  const sources = useQuery(dataFileQuery("sources")).data?.sources;
  const chips = activeChips(view, {
    t,
    f,
    actorName: (id) => actorName(id, actors?.find((a) => a.id === id)?.name),
    sourceName: (id) => {
      const name = sources?.find((s) => s.id === id)?.name;
      return name ? text(name) : id;
    },
  });
  if (chips.length === 0) return null;

  return (
    <div role="group" aria-label={t.share.active.label} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{t.share.active.label}:</span>
      {chips.map((chip, i) => (
        <span key={chip.key} className="flex items-center">
          {i > 0 ? (
            <span aria-hidden="true" className="mr-2 text-slate-500">
              ·
            </span>
          ) : null}
          <button
            type="button"
            onClick={() => onChange(chip.remove)}
            aria-label={t.share.active.remove(chip.text)}
            className="flex min-h-11 items-center gap-1 rounded-full border border-slate-300 bg-white px-3 hover:bg-slate-100"
          >
            {chip.text}
            <span aria-hidden="true">×</span>
          </button>
        </span>
      ))}
      <button
        type="button"
        onClick={() => onChange(CLEAR_ALL)}
        className="min-h-11 rounded border border-slate-400 px-3 font-medium hover:bg-slate-100"
      >
        {t.share.active.clearAll}
      </button>
    </div>
  );
}
