/** The arithmetic of one tally, in sentences: every number here is computed from the data. */
import type { Formatters } from "../../i18n/format";
import { useI18n } from "../../i18n/i18n";
import type { TalliesMessages } from "../../i18n/messages/tallies";
import { SectionDisclosure } from "../../components/section-disclosure";
import { Disclosure } from "./disclosure";
import type { ArithmeticCheck as Check, SumCheck } from "./tally-checks";
import { ExactShareFinding } from "./exact-share-finding";
import { formatRecomputed } from "./tally-format";
import { useTallyWords } from "./words";

function sumSentence({ sum, approximate, against }: SumCheck, m: TalliesMessages, f: Formatters): string {
  const total = f.number(sum);
  if (approximate) return m.checks.sumRounded(total);
  if (against.length === 0) return m.checks.sumUnchecked(total);
  return m.checks.sumChecked(
    total,
    against.map(({ label, votes, difference }) => ({
      label,
      votes: f.number(votes),
      difference: f.number(Math.abs(difference)),
      change: difference === 0 ? "exact" : difference < 0 ? "fewer" : "more",
    })),
  );
}

export function ArithmeticCheck({ check }: { check: Check }) {
  const { f } = useI18n();
  const m = useTallyWords();
  const { shares, castAddsUp, exact } = check;
  const disagreeing = shares?.rows.filter((r) => !r.agrees).length ?? 0;
  // A check that fails is a finding, not a detail: then the section starts open.
  const fails =
    disagreeing > 0 ||
    castAddsUp?.agrees === false ||
    check.sum.against.some(({ difference, cast }) => (cast ? difference > 0 : difference !== 0));
  return (
    <div className="text-sm">
      {/* The sums are closed until asked for (the page is the headline first); a finding
          they lead to, the 29 July shares exact to the vote, stays in view below them. */}
      <SectionDisclosure title={m.checks.heading} initiallyOpen={fails}>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>{sumSentence(check.sum, m, f)}</li>
          {castAddsUp ? (
            <li>
              {m.checks.castAddsUp(
                f.number(castAddsUp.valid),
                f.number(castAddsUp.null),
                f.number(castAddsUp.cast),
                castAddsUp.agrees,
              )}
            </li>
          ) : null}
          <li>
            {shares ? (
              <Disclosure
                summary={
                  disagreeing === 0
                    ? m.checks.sharesAgree(shares.rows.length, f.number(shares.base), shares.baseLabel)
                    : m.checks.sharesDisagree(
                        disagreeing,
                        shares.rows.length,
                        f.number(shares.base),
                        shares.baseLabel,
                      )
                }
              >
                <ul className="mt-1 space-y-1">
                  {shares.rows.map((row) => (
                    <li key={row.name}>
                      {m.checks.shareRow(
                        row.name,
                        f.number(row.votes),
                        f.number(shares.base),
                        formatRecomputed(f, row.recomputed),
                        f.share(row.printed),
                        row.agrees,
                      )}
                    </li>
                  ))}
                </ul>
              </Disclosure>
            ) : (
              m.checks.noBase
            )}
          </li>
        </ul>
      </SectionDisclosure>
      {exact ? <ExactShareFinding exact={exact} /> : null}
    </div>
  );
}
