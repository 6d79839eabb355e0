/** The countries and bodies an entry involves; choosing one filters the page by it (`country`). */
import { useI18n } from "../../i18n/i18n";

interface ActorButtonsProps {
  actors: readonly string[];
  actorName: (id: string) => string;
  onSelectCountry: (id: string) => void;
}

export function ActorButtons({ actors, actorName, onSelectCountry }: ActorButtonsProps) {
  const { t } = useI18n();
  if (actors.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
      <span className="text-slate-700">{t.timeline.entry.involvedIntro}</span>
      <ul aria-label={t.timeline.entry.involved} className="flex flex-wrap gap-1">
        {actors.map((id) => (
          <li key={id}>
            <button
              type="button"
              onClick={() => onSelectCountry(id)}
              className="rounded border border-slate-300 bg-slate-50 px-1.5 text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              {actorName(id)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
