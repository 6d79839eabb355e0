/**
 * Find a voting centre: a search box over the centres of the area on screen (the whole
 * country's index, or the state's centres file), and the matches as links. The typed text is
 * the reader's passing input, kept here; choosing a centre is a link and a history entry.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { followLink } from "./breadcrumbs";
import { FileState } from "./file-state";
import { searchCentres, SEARCH_LIMIT, type CentreName } from "./centre-search";
import { foldedNamesOf } from "../../data/actas-load";
import { useActasFile, useStateFile } from "./use-actas";
import { SEARCH_INPUT_ID } from "./use-focus-after";
import { useWords } from "./words";

interface CentreSearchProps {
  /** The area on screen ("" or null for the country): the search is narrowed to it. */
  area: string | null;
  areaName: string;
  hrefOf: (centre: string) => string;
  onCentre: (centre: string) => void;
  onWiden: () => void;
}

/** The centres to search: loaded on the first key press, not before (the country's index is 148 kB). */
function useCentreNames(area: string | null, wanted: boolean) {
  const state = area ? area.slice(0, 2) : "";
  const index = useActasFile("centreIndex", wanted && !area);
  const file = useStateFile("centres", wanted && area ? state : "");
  const query = area ? file : index;
  // Made once per file, so the search's folded names (kept per list) are made once too.
  const indexNames = useMemo(() => index.data?.centres.map(([code, name]) => ({ code, name })), [index.data]);
  const names: readonly CentreName[] | undefined = area ? file.data?.centres : indexNames;
  const list = area ? file.data?.centres : index.data?.centres;
  return { names, folded: list && foldedNamesOf(list), query };
}

export function CentreSearch({ area, areaName, hrefOf, onCentre, onWiden }: CentreSearchProps) {
  const { w, f } = useWords();
  // A fixed id: the panel is on the page once, and the bench finds the box by it (scripts/bench/probes.mjs).
  const id = SEARCH_INPUT_ID.replace(/-input$/, "");
  const [typed, setTyped] = useState("");
  const query = useDeferredValue(typed);
  const { names, folded, query: file } = useCentreNames(area, typed.trim() !== "");
  // Kept between renders: a render for anything else must not search the 11,852 names again.
  const found = useMemo(
    () => (names && query.trim() ? searchCentres(names, query, area ?? "", SEARCH_LIMIT, folded) : null),
    [names, query, area, folded],
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4">
      <h3 id={`${id}-heading`} className="font-semibold">
        {w.search.label}
      </h3>
      <p id={`${id}-hint`} className="mt-1 text-sm">
        {w.search.scope(areaName)} {w.search.hint}
      </p>
      <input
        id={`${id}-input`}
        aria-labelledby={`${id}-heading`}
        aria-describedby={`${id}-hint`}
        type="search"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        className="mt-1 min-h-11 w-full max-w-md rounded border border-slate-400 bg-white px-2"
      />
      {typed.trim() ? (
        <FileState
          what={w.search.loading}
          error={file.error}
          pending={!names}
          onRetry={() => void file.refetch()}
          file={file}
        >
          {found ? (
            <Matches
              found={found}
              query={query}
              areaName={areaName}
              area={area}
              {...{ hrefOf, onCentre, onWiden }}
            />
          ) : null}
        </FileState>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {found ? w.search.results(found.total, f.number(found.total)) : ""}
      </p>
    </section>
  );
}

function Matches({
  found,
  query,
  area,
  areaName,
  hrefOf,
  onCentre,
  onWiden,
}: {
  found: ReturnType<typeof searchCentres>;
  query: string;
  area: string | null;
  areaName: string;
  hrefOf: (centre: string) => string;
  onCentre: (centre: string) => void;
  onWiden: () => void;
}) {
  const { w, f } = useWords();
  if (found.total === 0)
    return (
      <div className="mt-2 text-sm">
        <p>{w.search.noMatch(query.trim(), areaName)}</p>
        {area ? (
          <button
            type="button"
            onClick={onWiden}
            className="mt-1 min-h-11 rounded border border-slate-400 bg-white px-3 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-800"
          >
            {w.search.widen}
          </button>
        ) : null}
      </div>
    );
  return (
    <div className="mt-2 text-sm">
      <p>
        {w.search.results(found.total, f.number(found.total))}
        {found.total > SEARCH_LIMIT ? ` ${w.search.more(f.number(SEARCH_LIMIT))}` : ""}
      </p>
      <ul className="mt-1 space-y-1">
        {found.matches.map((centre) => (
          <li key={centre.code}>
            <a
              href={hrefOf(centre.code)}
              data-view-link
              onClick={followLink(() => onCentre(centre.code))}
              className="text-blue-800 underline"
            >
              {centre.name}
            </a>{" "}
            <span className="text-slate-600">{centre.code}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
