/**
 * Blocs and bodies that are not on the map (the EU, the OAS, observers, parliaments), closed
 * until asked for (on a phone the list took 440 px between the legend and the map's table),
 * open at first when one of them is selected, so its pressed button is in view.
 */
import { SectionDisclosure } from "../../components/section-disclosure";
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
    <SectionDisclosure
      level="h3"
      title={`${t.map.bodies.title} (${f.number(bodies.length)})`}
      initiallyOpen={bodies.some((body) => selected.has(body.id))}
    >
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
    </SectionDisclosure>
  );
}
