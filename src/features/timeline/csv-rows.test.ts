import { describe, expect, it } from "vitest";
import { CITATION_SEPARATOR } from "../../components/download";
import { makeI18n } from "../../i18n/i18n";
import { timelineCsv } from "./csv-rows";
import { buildEntries } from "./entries";
import { filterEntries, NO_FILTERS, type TimelineFilters } from "./filter-entries";
import { cite, event, noRecords, publishedData } from "./test-data";

function csvFor(
  entries: ReturnType<typeof buildEntries>,
  lang: "en" | "es" = "en",
  sourceName = (id: string) => id,
) {
  const { t } = makeI18n(lang);
  const d = t.share.downloads;
  return timelineCsv(
    entries,
    { columns: d.columns, precision: d.precision, kind: (k) => t.timeline.kinds[k] },
    sourceName,
  );
}

describe("timelineCsv", () => {
  it.each<{ name: string; filters: Partial<TimelineFilters> }>([
    { name: "no filters", filters: {} },
    { name: "The Economist", filters: { source: ["the-economist"] } },
    { name: "Mexico", filters: { country: ["MEX"] } },
    { name: "reports", filters: { kind: ["report"] } },
    { name: "a search", filters: { q: "gonzalez" } },
  ])("holds exactly the visible entries, in order: $name", ({ filters }) => {
    const data = publishedData();
    const shown = filterEntries(buildEntries(data, makeI18n("en")), { ...NO_FILTERS, ...filters });
    const csv = csvFor(shown, "en", (id) => data.sources.find((s) => s.id === id)?.name.en ?? id);
    expect(csv.data.map((r) => r[2])).toEqual(shown.map((e) => e.title));
    expect(csv.data.map((r) => r[0])).toEqual(shown.map((e) => e.date ?? ""));
    shown.forEach((entry, i) =>
      expect(csv.data[i]?.[7]?.split(CITATION_SEPARATOR)).toEqual(entry.citations.map((c) => c.url)),
    );
  });

  it("writes kind, precision and every citation column of a hand-made entry, in the page's language", () => {
    const entriesIn = (lang: "en" | "es") =>
      buildEntries(
        {
          ...noRecords,
          events: [
            event("e1", "2024-08-09", {
              title: { en: 'Café, "quoted"', es: 'Café, "citado"' },
              kind: "report",
              datePrecision: "by",
              citations: [cite("news-a", "q1"), cite("news-b", "q2", { date: null, title: "Título" })],
            }),
          ],
        },
        makeI18n(lang),
      );
    expect(csvFor(entriesIn("en")).data).toEqual([
      [
        "2024-08-09",
        "by",
        'Café, "quoted"',
        "Report or investigation",
        "Summary of e1",
        "news-a | news-b",
        "news-a title | Título",
        "https://example.org/news-a/q1 | https://example.org/news-b/q2",
        "2024-08-01 | ",
      ],
    ]);
    expect(csvFor(entriesIn("es"), "es").data[0]?.slice(1, 5)).toEqual([
      "a más tardar",
      'Café, "citado"',
      "Informe o investigación",
      "Resumen de e1",
    ]);
  });
});
