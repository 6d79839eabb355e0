/** The arithmetic of one tally, in sentences: every number here is computed from the data. */
import { formatShare, formatVotes } from "../../components/format";
import { Disclosure } from "./disclosure";
import type { ArithmeticCheck as Check, SumCheck } from "./tally-checks";
import { ExactShareFinding } from "./exact-share-finding";
import { formatRecomputed } from "./tally-format";

function sumSentence({ sum, approximate, against }: SumCheck): string {
  const total = `${approximate ? "about " : ""}${formatVotes(sum)}`;
  if (approximate) return `The candidate figures are rounded, so they add up only to about ${total}.`;
  if (against.length === 0)
    return `The candidate votes add up to ${total}; no source states a total to check them against.`;
  const parts = against.map(({ label, votes, difference }) =>
    difference === 0
      ? `exactly the ${formatVotes(votes)} ${label} stated`
      : `${formatVotes(Math.abs(difference))} ${difference < 0 ? "fewer" : "more"} than the ${formatVotes(votes)} ${label} stated`,
  );
  return `The candidate votes add up to ${total}: ${parts.join("; ")}.`;
}

export function ArithmeticCheck({ check }: { check: Check }) {
  const { shares, castAddsUp, exact } = check;
  const disagreeing = shares?.rows.filter((r) => !r.agrees).length ?? 0;
  return (
    <div className="text-sm">
      <h4 className="font-semibold">Check the arithmetic</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>{sumSentence(check.sum)}</li>
        {castAddsUp ? (
          <li>
            Valid votes ({formatVotes(castAddsUp.valid)}) plus null votes ({formatVotes(castAddsUp.null)}){" "}
            {castAddsUp.agrees ? "make exactly" : "do not make"} the {formatVotes(castAddsUp.cast)} votes
            cast.
          </li>
        ) : null}
        <li>
          {shares ? (
            <Disclosure
              summary={
                disagreeing === 0
                  ? `All ${shares.rows.length} printed shares agree with the votes divided by the ${formatVotes(shares.base)} ${shares.baseLabel}.`
                  : `${disagreeing} of ${shares.rows.length} printed shares do not agree with the votes divided by the ${formatVotes(shares.base)} ${shares.baseLabel}.`
              }
            >
              <ul className="mt-1 space-y-1">
                {shares.rows.map((row) => (
                  <li key={row.name}>
                    {row.name}: {formatVotes(row.votes)} ÷ {formatVotes(shares.base)} ={" "}
                    {formatRecomputed(row.recomputed)}; printed {formatShare(row.printed)},{" "}
                    {row.agrees ? "which agrees" : "which does not agree"}.
                  </li>
                ))}
              </ul>
            </Disclosure>
          ) : (
            "No source states the vote total the shares are taken of, so they cannot be recomputed from the votes."
          )}
        </li>
      </ul>
      {exact ? <ExactShareFinding exact={exact} /> : null}
    </div>
  );
}
