import { formatDateWithPrecision, formatShare, formatVotes } from "../../components/format";
import type { Tally } from "../../data/schemas";

interface TallyCardProps {
  tally: Tally;
  candidates: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
}

export function TallyCard({ tally, candidates, sources }: TallyCardProps) {
  const headingId = `tally-${tally.id}`;
  const when = tally.date
    ? formatDateWithPrecision(tally.date, tally.datePrecision)
    : (tally.dateNote ?? "date unknown");
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 p-3">
      <h3 id={headingId} className="font-semibold">
        {tally.label}, {when}
      </h3>
      <p className="text-sm text-slate-600">
        {sources.get(tally.claimant) ?? tally.claimant} · covers {tally.coverage.percent}% of{" "}
        {tally.coverage.of}
      </p>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="py-1">
              Candidate
            </th>
            <th scope="col" className="py-1 text-right">
              Votes
            </th>
            <th scope="col" className="py-1 text-right">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {tally.results.map((result) => (
            <tr key={result.candidate} className="border-b border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {candidates.get(result.candidate) ?? result.candidate}
              </th>
              <td className="py-1 text-right tabular-nums">
                {result.approximate ? "about " : ""}
                {formatVotes(result.votes)}
              </td>
              <td className="py-1 text-right tabular-nums">
                {result.share ? formatShare(result.share) : "not given"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-slate-600">{tally.publication.description}</p>
    </section>
  );
}
