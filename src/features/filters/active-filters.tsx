/**
 * The active filters in one line ("Mexico · The Economist · as of 7 Aug 2024"), each removable,
 * with "Clear all". Names come from the data in the reader's language; the URL keeps codes.
 */
import { useQuery } from "@tanstack/react-query";
import { dataFileQuery } from "../../data/queries";
import { useI18n } from "../../i18n/i18n";
import type { ViewState } from "./search-params";

interface ActiveFiltersProps {
  view: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
}

interface Chip {
  key: string;
  text: string;
  remove: Partial<ViewState>;
}

export function ActiveFilters({ view, onChange }: ActiveFiltersProps) {
  const { t, f, actorName } = useI18n();
  const actors = useQuery(dataFileQuery("actors")).data?.actors;
  const sources = useQuery(dataFileQuery("sources")).data?.sources;
  const actorLabel = (id: string) => actorName(id, actors?.find((a) => a.id === id)?.name ?? id);
  const sourceLabel = (id: string) => sources?.find((s) => s.id === id)?.name ?? id;

  const chips: Chip[] = [
    ...view.country.map((id) => ({
      key: `country-${id}`,
      text: actorLabel(id),
      remove: { country: view.country.filter((c) => c !== id) },
    })),
    ...view.source.map((id) => ({
      key: `source-${id}`,
      text: sourceLabel(id),
      remove: { source: view.source.filter((s) => s !== id) },
    })),
    ...view.stance.map((id) => ({
      key: `stance-${id}`,
      text: t.stances[id].label,
      remove: { stance: view.stance.filter((s) => s !== id) },
    })),
    ...view.kind.map((id) => ({
      key: `kind-${id}`,
      text: t.timeline.kinds[id],
      remove: { kind: view.kind.filter((k) => k !== id) },
    })),
    ...(view.q ? [{ key: "q", text: t.share.active.search(view.q), remove: { q: null } }] : []),
    ...(view.asof
      ? [{ key: "asof", text: t.share.active.asOf(f.date(view.asof)), remove: { asof: null } }]
      : []),
  ];
  if (chips.length === 0) return null;

  const clearAll: Partial<ViewState> = {
    country: [],
    source: [],
    stance: [],
    kind: [],
    q: null,
    asof: null,
    event: null,
  };
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
        onClick={() => onChange(clearAll)}
        className="min-h-11 rounded border border-slate-400 px-3 font-medium hover:bg-slate-100"
      >
        {t.share.active.clearAll}
      </button>
    </div>
  );
}
