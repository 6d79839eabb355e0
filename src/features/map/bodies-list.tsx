/** Blocs and bodies that are not on the map (the EU, the OAS, observers, parliaments). */
import { useI18n } from "../../i18n/i18n";
import { stanceMeta } from "../../data/stance";
import { accessibleName, type StanceEntry } from "./stance-model";

interface BodiesListProps {
  bodies: readonly StanceEntry[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, additive: boolean) => void;
}

export function BodiesList({ bodies, selected, onSelect }: BodiesListProps) {
  const { t, f } = useI18n();
  if (bodies.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">{t.map.bodies.title}</h3>
      <ul className="mt-1 space-y-1">
        {bodies.map((body) => (
          <li key={body.id}>
            <button
              type="button"
              aria-pressed={selected.has(body.id)}
              aria-label={accessibleName(t, body)}
              onClick={(e) => onSelect(body.id, e.shiftKey || e.metaKey || e.ctrlKey)}
              className={`flex min-h-11 w-full items-center gap-2 rounded border px-2 text-left text-sm ${
                selected.has(body.id) ? "border-slate-900 bg-slate-100" : "border-slate-200 hover:bg-slate-50"
              }`}
            >
              <span
                aria-hidden="true"
                className={`size-3 shrink-0 rounded-sm ${stanceMeta[body.stance].swatch}`}
              />
              <span>
                <span className="font-medium">{body.name}</span>: {t.stances[body.stance].label}
                <span className="text-slate-600">{t.map.bodies.since(f.date(body.since))}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
