/** Tells the reader, inside the panel concerned, which data could not be used and why. */
import { formatProblem } from "../data/issues";
import type { DataFileName } from "../data/files";
import { useDataWarnings } from "../data/use-data-warnings";
import { useI18n } from "../i18n/i18n";

const SHOWN = 5;

export function DataWarnings({ files }: { files: readonly DataFileName[] }) {
  const { t } = useI18n();
  const problems = useDataWarnings(files);
  if (problems.length === 0) return null;
  const skipped = problems.filter((p) => p.code === "skipped").length;
  const broken = problems.length - skipped;
  return (
    <div role="alert" className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p>
        {t.dataWarnings.intro}
        {skipped > 0 ? t.dataWarnings.skipped(skipped) : ""}
        {broken > 0 ? t.dataWarnings.broken(broken) : ""} {t.dataWarnings.rest}
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer">{t.dataWarnings.details}</summary>
        <ul className="mt-1 list-disc pl-5 font-mono text-xs break-words">
          {problems.slice(0, SHOWN).map((problem, i) => (
            <li key={i}>{formatProblem(problem)}</li>
          ))}
          {problems.length > SHOWN ? <li>{t.dataWarnings.more(problems.length - SHOWN)}</li> : null}
        </ul>
      </details>
    </div>
  );
}
