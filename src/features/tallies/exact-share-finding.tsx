/**
 * Whether each count is exactly its printed share of the base, to the vote. Real counts
 * rarely are; the CNE's 29 July bulletin is, which is what the analysts cited in its
 * assessments pointed out (shown with them, counter-argument included, in Assessments).
 */
import { useI18n } from "../../i18n/i18n";
import { Disclosure } from "./disclosure";
import type { ArithmeticCheck } from "./tally-checks";
import { formatImplied } from "./tally-format";
import { useTallyWords } from "./words";

export function ExactShareFinding({ exact }: { exact: NonNullable<ArithmeticCheck["exact"]> }) {
  const { f } = useI18n();
  const m = useTallyWords();
  const base = f.number(exact.base);
  if (!exact.exactToTheVote) {
    return <p className="mt-2">{m.exact.notExact(base, formatImplied(f, exact.largestGap))}</p>;
  }
  // A list of figures in parentheses, not a sentence: commas in both languages.
  const shares = exact.rows.map((row) => f.share(row.printed)).join(", ");
  return (
    <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
      <p className="font-medium">{m.exact.exact(shares, base)}</p>
      <Disclosure summary={m.exact.showSums} className="mt-1">
        <ul className="mt-1 space-y-1">
          {exact.rows.map((row) => (
            <li key={row.name}>
              {m.exact.row(
                row.name,
                f.share(row.printed),
                base,
                formatImplied(f, row.implied),
                f.number(row.votes),
              )}
            </li>
          ))}
        </ul>
      </Disclosure>
      <p className="mt-1">{m.exact.analysts(m.assessments.heading)}</p>
    </div>
  );
}
