/**
 * The tally sheets: the map of the states, what the sheets add up to, the areas one level
 * down, a voting centre and its sheets, and the spread of the sheets. The area and the centre
 * come from the URL (`area`, `centre`); every level and every centre is a link, and a choice
 * is a history entry, so Back steps out. Each part waits for its own file and fails alone.
 */
import { useEffect } from "react";
import { startActasWorker } from "../../data/actas-load";
import { levelOf } from "../../data/actas-codes";
import type { ActasStatesFile } from "../../data/actas-schemas";
import type { Files } from "../../data/use-data-files";
import { ActasDownloads } from "./actas-downloads";
import { ActasSources } from "./actas-sources";
import { areaName, areaTotals, CHILD_LEVEL, childRows } from "./area-model";
import { AreaTable } from "./area-table";
import { Breadcrumbs } from "./breadcrumbs";
import { CentreSearch } from "./centre-search-box";
import { CentreView } from "./centre-view";
import { Compilations } from "./compilations-view";
import { FileState } from "./file-state";
import { MarginLegend } from "./margin-legend";
import { ParishCentresOf } from "./parish-centres";
import { SheetSums } from "./sheet-sums-view";
import { SHEET_CHECKS, SHEETS_STAGE } from "./sheet-sums";
import { SpreadSection } from "./spread-section";
import { stateLabel, StateMap } from "./state-map";
import { StateMapDownloads } from "./state-map-downloads";
import { useActasFile, useStateFile } from "./use-actas";
import { useFocusAfterClose, useFocusAfterDrill } from "./use-focus-after";
import { useHeldHeight } from "./use-held-height";
import { useWords } from "./words";

export interface ActasPanelProps {
  area: string | null;
  centre: string | null;
  onArea: (area: string | null) => void;
  onCentre: (centre: string | null) => void;
  /** The rest of the view on screen, as its query string: each link is it with an area and a centre. */
  viewSearch: string;
  linkOf: (search: string, patch: { area?: string | null; centre?: string | null }) => string;
}

type PanelFiles = Files<"tallies" | "sources" | "disagreements">;

/** The bulletin whose national shares the spread marks: the CNE's last, of 2 August 2024. */
const CNE_BULLETIN = "cne-2024-08-02";

function cneShares(data: PanelFiles) {
  const bulletin = data.tallies.tallies.find((t) => t.id === CNE_BULLETIN);
  const share = (id: string) => bulletin?.results.find((r) => r.candidate === id)?.share;
  const maduro = share("maduro");
  const gonzalez = share("gonzalez");
  return bulletin && maduro && gonzalez
    ? { maduro, gonzalez, label: bulletin.label, citations: bulletin.citations }
    : null;
}

export function ActasPanel(props: ActasPanelProps & { data: PanelFiles }) {
  const { t } = useWords();
  useEffect(startActasWorker, []);
  const states = useActasFile("states");
  return (
    <FileState
      what={t.panels.actasLoading}
      error={states.error}
      pending={!states.data}
      onRetry={() => void states.refetch()}
      file={states}
    >
      {states.data ? <ActasBody {...props} states={states.data} /> : null}
    </FileState>
  );
}

function ActasBody({
  area,
  centre,
  onArea,
  onCentre,
  viewSearch,
  linkOf,
  data,
  states,
}: ActasPanelProps & { data: PanelFiles; states: ActasStatesFile }) {
  const words = useWords();
  const hrefOf = (patch: { area?: string | null; centre?: string | null }) =>
    linkOf(viewSearch, { area, centre, ...patch });
  const { w, t, text } = words;
  const shapes = useActasFile("shapes");
  const state = area ? area.slice(0, 2) : "";
  const areas = useStateFile("areas", state);
  const level = levelOf(area);
  const nameOf = (code: string) => areaName(code, states, areas.data);
  const here = area ? (nameOf(area) ?? area) : w.country;
  const sourceName = (id: string) => {
    const source = data.sources.sources.find((s) => s.id === id);
    return source ? text(source.name) : id;
  };
  const stage = data.tallies.tallies.find((tally) => tally.id === SHEETS_STAGE);
  const totals = areaTotals(area, states, areas.data);
  const child = CHILD_LEVEL[level];
  const rows = childRows(area, states, areas.data);
  const areaLink = (code: string | null) => hrefOf({ area: code, centre: null });
  const tablePending = level !== "country" && !areas.data;
  const [tableRef, rememberTableHeight] = useHeldHeight<HTMLDivElement>(tablePending);
  const willClose = useFocusAfterClose(centre);
  const willDrill = useFocusAfterDrill(area, level === "country" || areas.data !== undefined);
  const toArea = (code: string | null) => {
    willDrill();
    rememberTableHeight();
    onArea(code);
  };
  return (
    <>
      <p className="text-sm">{w.cneNone}</p>
      <Breadcrumbs area={area} nameOf={nameOf} hrefOf={areaLink} onArea={toArea} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 id="actas-map-title" className="font-semibold">
            {w.map.title}
          </h3>
          <FileState
            what={t.panels.actasLoading}
            error={shapes.error}
            pending={!shapes.data}
            onRetry={() => void shapes.refetch()}
            file={shapes}
          >
            {shapes.data ? (
              <StateMap
                shapes={shapes.data}
                states={states}
                selected={area ? state : null}
                hrefOf={(code) => areaLink(code)}
                onArea={toArea}
                titleId="actas-map-title"
              />
            ) : null}
          </FileState>
          <MarginLegend />
          <p className="mt-1 text-xs text-slate-700">{w.map.boundaries}</p>
          <StateMapDownloads here={here} link={hrefOf({})} />
        </div>
        <div className="min-w-0">
          {level === "country" && stage ? (
            <SheetSums
              sums={states.national.campaign}
              stage={stage}
              disagreements={data.disagreements.disagreements}
              sourceName={sourceName}
              checks={data.tallies.tallies.filter((tally) =>
                (SHEET_CHECKS as readonly string[]).includes(tally.id),
              )}
            />
          ) : totals ? (
            <p className="text-sm font-medium">{stateLabel(words, here, totals.campaign)}</p>
          ) : null}
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-700">{w.arithmetic}</p>
      <div className="mt-3" ref={tableRef}>
        <FileState
          what={t.panels.actasLoading}
          error={level === "country" ? null : areas.error}
          pending={tablePending}
          onRetry={() => void areas.refetch()}
          file={areas}
        >
          {child ? (
            <AreaTable
              rows={rows}
              caption={w.table.caption(w.levelPlural[child], here)}
              hrefOf={(code) => areaLink(code)}
              onArea={toArea}
            />
          ) : area ? (
            <ParishCentresOf
              parish={area}
              caption={w.table.centresCaption(here)}
              hrefOf={(c) => hrefOf({ centre: c })}
              onCentre={onCentre}
            />
          ) : null}
        </FileState>
        <ActasDownloads rows={rows} level={child} here={here} />
      </div>
      {centre ? (
        <CentreView
          centre={centre}
          states={states}
          onClose={() => {
            willClose();
            onCentre(null);
          }}
        />
      ) : null}
      <CentreSearch
        area={area}
        areaName={here}
        hrefOf={(c) => hrefOf({ centre: c })}
        onCentre={onCentre}
        onWiden={() => onArea(null)}
      />
      <SpreadSection area={area} areaName={here} cne={cneShares(data)} sourceName={sourceName} />
      <Compilations
        states={states}
        area={area ?? ""}
        areaName={here}
        hrefOf={(c) => hrefOf({ centre: c })}
        onCentre={onCentre}
      />
      <ActasSources sourceName={sourceName} />
    </>
  );
}
