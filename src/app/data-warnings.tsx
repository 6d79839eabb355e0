/** Tells the reader, inside the panel concerned, which data could not be used and why. */
import { formatProblem } from "../data/issues";
import type { DataFileName } from "../data/files";
import { useDataWarnings } from "../data/use-data-warnings";

const SHOWN = 5;

export function DataWarnings({ files }: { files: readonly DataFileName[] }) {
  const problems = useDataWarnings(files);
  if (problems.length === 0) return null;
  const skipped = problems.filter((p) => p.message.includes("was skipped")).length;
  const broken = problems.length - skipped;
  return (
    <div role="alert" className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p>
        Part of the data behind this panel could not be used.
        {skipped > 0 ? ` ${skipped} invalid record${skipped === 1 ? " was" : "s were"} left out.` : ""}
        {broken > 0
          ? ` ${broken} reference${broken === 1 ? " points" : "s point"} to something missing from the data; shown by its id.`
          : ""}{" "}
        Everything else is shown as usual.
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer">Details for the data's maintainers</summary>
        <ul className="mt-1 list-disc pl-5 font-mono text-xs break-words">
          {problems.slice(0, SHOWN).map((problem, i) => (
            <li key={i}>{formatProblem(problem)}</li>
          ))}
          {problems.length > SHOWN ? <li>…and {problems.length - SHOWN} more</li> : null}
        </ul>
      </details>
    </div>
  );
}
