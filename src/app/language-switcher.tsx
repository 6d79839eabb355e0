/** English or Spanish, written in their own language so each reader finds theirs. */
import type { Lang } from "../i18n/i18n";
import { useI18n } from "../i18n/i18n";

const NAMES: Record<Lang, string> = { en: "English", es: "Español" };

export function LanguageSwitcher({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t.language} className="flex gap-1">
      {(Object.keys(NAMES) as Lang[]).map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => onChange(code)}
          className={`min-h-11 rounded border px-3 text-sm ${
            lang === code
              ? "border-slate-900 bg-slate-900 text-white"
              : "border-slate-300 bg-white hover:bg-slate-100"
          }`}
        >
          {NAMES[code]}
        </button>
      ))}
    </div>
  );
}
