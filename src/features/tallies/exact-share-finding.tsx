/**
 * Whether each count is exactly its printed share of the base, to the vote. Real counts
 * rarely are; the CNE's 29 July bulletin is, which is what the analysts cited in its
 * assessments pointed out (shown with them, counter-argument included, in Assessments).
 */
import { formatShare, formatVotes } from "../../components/format";
import { Disclosure } from "./disclosure";
import type { ArithmeticCheck } from "./tally-checks";
import { formatImplied } from "./tally-format";

export function ExactShareFinding({ exact }: { exact: NonNullable<ArithmeticCheck["exact"]> }) {
  const base = formatVotes(exact.base);
  if (!exact.exactToTheVote) {
    return (
      <p className="mt-2">
        The counts are not exact multiples of their printed shares of {base}: they differ from share × {base}{" "}
        by up to {formatImplied(exact.largestGap)} votes.
      </p>
    );
  }
  const shares = exact.rows.map((row) => formatShare(row.printed)).join(", ");
  return (
    <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
      <p className="font-medium">
        Every count is exactly its printed share ({shares}) of {base}, to the vote.
      </p>
      <Disclosure summary="Show the sum for each candidate" className="mt-1">
        <ul className="mt-1 space-y-1">
          {exact.rows.map((row) => (
            <li key={row.name}>
              {row.name}: {formatShare(row.printed)} of {base} is {formatImplied(row.implied)}, which rounds
              to the {formatVotes(row.votes)} votes given.
            </li>
          ))}
        </ul>
      </Disclosure>
      <p className="mt-1">
        What analysts made of this, and the counter-argument, is under “What others said”.
      </p>
    </div>
  );
}
