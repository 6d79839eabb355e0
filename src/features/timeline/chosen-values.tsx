/** The values already chosen for one filter, each removable on its own. */
import { useI18n } from "../../i18n/i18n";

interface ChosenValuesProps {
  /** e.g. "Chosen countries". */
  label: string;
  values: readonly { id: string; name: string }[];
  onRemove: (id: string) => void;
}

export function ChosenValues({ label, values, onRemove }: ChosenValuesProps) {
  const { t } = useI18n();
  if (values.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-1 flex flex-wrap gap-1">
      {values.map((value) => (
        <li key={value.id}>
          <button
            type="button"
            onClick={() => onRemove(value.id)}
            aria-label={t.timeline.filters.remove(value.name)}
            className="rounded-full border border-blue-700 bg-blue-50 px-2 py-0.5 text-sm text-blue-900 hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-blue-700"
          >
            {value.name} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
