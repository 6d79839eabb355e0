/** The timeline. Until the full view lands (issue 5) it lists every event with its first source. */
import { CitationLink } from "../../components/citation-link";
import { formatDateWithPrecision } from "../../components/format";
import { LoadError, Loading } from "../../components/panel";
import { useDataFiles } from "../../data/use-data-files";

import type { EventKind, StanceId } from "../../data/schemas";

export interface TimelineFilters {
  country: string[];
  source: string[];
  stance: StanceId[];
  kind: EventKind[];
  q: string | null;
}

export interface TimelinePanelProps {
  filters: TimelineFilters;
  /** The selected entry (`event`): an event, stance statement or tally id. */
  selected: string | null;
  /** Filters change the URL; typing in the search passes `{ history: "replace" }`. */
  onFilter: (patch: Partial<TimelineFilters>, options?: { history?: "push" | "replace" }) => void;
  onSelect: (event: string | null) => void;
  /** An actor link in an entry selects that country or body (`country`). */
  onSelectCountry: (id: string) => void;
}

export function TimelinePanel(_props: TimelinePanelProps) {
  const { data, error, isPending, retry } = useDataFiles(["events", "sources"] as const);
  if (error) return <LoadError error={error} onRetry={retry} />;
  if (isPending || !data) return <Loading what="the timeline" />;

  const sources = new Map(data.sources.sources.map((s) => [s.id, s.name]));
  const events = [...data.events.events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol aria-label="Timeline" className="space-y-4">
      {events.map((event) => (
        <li key={event.id} className="border-l-2 border-slate-300 pl-3">
          <p className="text-sm text-slate-600">
            <time dateTime={event.date}>{formatDateWithPrecision(event.date, event.datePrecision)}</time>
          </p>
          <h3 className="font-semibold">{event.title}</h3>
          <p className="text-sm">{event.summary}</p>
          <ul aria-label="Sources" className="mt-2 space-y-2">
            {event.citations.map((citation) => (
              <li key={citation.url}>
                <CitationLink
                  citation={citation}
                  publisherName={sources.get(citation.publisher) ?? citation.publisher}
                />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
