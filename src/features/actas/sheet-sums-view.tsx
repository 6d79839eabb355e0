/**
 * "What the sheets add up to": the sheets' sums (arithmetic) beside each figure published for
 * the same sheets, with "equal" or by how much they differ, and the published figures' citations.
 */
import { CitationList } from "../../components/citation-list";
import type { CampaignTotals } from "../../data/actas-schemas";
import type { Disagreement, Tally } from "../../data/schemas";
import { sheetSums, type Published, type SumRow } from "./sheet-sums";
import { useWords } from "./words";

interface SheetSumsProps {
  sums: CampaignTotals;
  stage: Tally;
  disagreements: readonly Disagreement[];
  sourceName: (id: string) => string;
  /** The independent checks (SHEET_CHECKS), named with what each rests on. */
  checks: readonly Tally[];
}

function Check({ sum, published }: { sum: number; published: Published }) {
  const { w, f } = useWords();
  const gap = sum - published.value;
  return gap === 0 ? (
    <span>{w.sums.equal}</span>
  ) : (
    <span className="font-medium">{w.sums.differs(f.number(Math.abs(gap)), gap > 0 ? "more" : "fewer")}</span>
  );
}

function SumLine({ row, sourceName }: { row: SumRow; sourceName: (id: string) => string }) {
  const { w, f, text } = useWords();
  const by = (publisher: string | null) => (publisher ? ` ${w.sums.by(sourceName(publisher))}` : "");
  return (
    <tr className="border-b border-slate-200 align-top">
      <th scope="row" className="px-2 py-1 text-left font-normal">
        {w.sums.what[row.what]}
      </th>
      <td className="px-2 py-1 text-right">{f.number(row.sum)}</td>
      <td className="px-2 py-1">
        {row.published.length === 0 && row.elsewhere.length === 0 ? (
          <span className="text-slate-700">{w.sums.notPublished}</span>
        ) : (
          <ul>
            {row.published.map((p) => (
              <li key={`${p.value}-${p.publisher}`}>
                {f.number(p.value)}
                {by(p.publisher)}: <Check sum={row.sum} published={p} />
              </li>
            ))}
            {row.elsewhere.map((e) => (
              <li key={e.text.en} className="text-slate-700">
                {text(e.text)}
                {by(e.publisher)}: {w.sums.otherStage}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function SheetSums({ sums, stage, disagreements, sourceName, checks }: SheetSumsProps) {
  const { w, f, text } = useWords();
  const rows = sheetSums(sums, stage, disagreements);
  const disputed = disagreements.filter((d) => d.subject.type === "tally" && d.subject.tally === stage.id);
  const citations = [...stage.citations, ...disputed.flatMap((d) => d.claims.flatMap((c) => c.citations))];
  return (
    <section aria-labelledby="actas-sums-heading" className="min-w-0">
      <h3 id="actas-sums-heading" className="font-semibold">
        {w.sums.title}
      </h3>
      <p className="mt-1 text-sm">{w.sums.intro(w.sheetsCount(sums.sheets, f.number(sums.sheets)))}</p>
      <p className="text-sm text-slate-700">{text(stage.label)}</p>
      <div className="max-w-full overflow-x-auto">
        <table className="mt-2 w-full border-collapse text-sm tabular-nums">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-1 font-medium">
                <span className="sr-only">{w.sums.title}</span>
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {w.sums.sumColumn}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {w.sums.publishedColumn}: {w.sums.checkColumn.toLowerCase()}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <SumLine key={row.what} row={row} sourceName={sourceName} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-slate-700">{w.sums.others}</p>
      {checks.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          {w.sums.checks(
            checks
              .map((check) =>
                check.coverage.detail
                  ? `${text(check.label)} (${text(check.coverage.detail)})`
                  : text(check.label),
              )
              .join("; "),
          )}
        </p>
      ) : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">{w.sums.citations}</summary>
        <CitationList citations={citations} publisherName={sourceName} className="mt-2 space-y-2" />
      </details>
    </section>
  );
}
