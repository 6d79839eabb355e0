/**
 * The rows of the level on screen, and the arithmetic on them: each share is a candidate's
 * votes over the valid votes of the campaign file's sheets in the area, computed here (the
 * sources publish no per-area figures), and the margin is González's share minus Maduro's,
 * in percentage points.
 */
import type { AreaLevel } from "../../data/actas-codes";
import { levelOf } from "../../data/actas-codes";
import type { ActasAreasFile, ActasStatesFile, CampaignTotals, CentreTotals } from "../../data/actas-schemas";

export interface AreaRow {
  code: string;
  name: string;
  /** The campaign file's sheets in the area; null where that file has none (a parish only the centre file has). */
  campaign: CampaignTotals | null;
  centre: CentreTotals | null;
}

export interface Shares {
  gonzalez: number;
  maduro: number;
  /** González's share minus Maduro's, in points: positive where González leads. */
  margin: number;
}

/** Shares of the valid votes, in percent; null where there are no valid votes to divide by. */
export function sharesOf(totals: CampaignTotals | null): Shares | null {
  if (!totals || totals.validos === 0) return null;
  const gonzalez = (100 * totals.egu) / totals.validos;
  const maduro = (100 * totals.nm) / totals.validos;
  return { gonzalez, maduro, margin: gonzalez - maduro };
}

/** The state's name as the boundaries write it (with accents), or its code if unknown. */
export const stateName = (states: ActasStatesFile, code: string) =>
  states.states.find((state) => state.code === code)?.name ?? code;

/** The name of any area on the path, from the files loaded; null when its file is not here yet. */
export function areaName(
  code: string,
  states: ActasStatesFile,
  areas: ActasAreasFile | undefined,
): string | null {
  if (code.length === 2) return stateName(states, code);
  const list = code.length === 4 ? areas?.municipalities : areas?.parishes;
  return list?.find((area) => area.code === code)?.name ?? null;
}

/** The totals of the area itself: the country, a state, a municipality or a parish. */
export function areaTotals(
  area: string | null,
  states: ActasStatesFile,
  areas: ActasAreasFile | undefined,
): AreaRow | null {
  const level = levelOf(area);
  if (!area || level === "country") return { code: "", name: "", ...states.national };
  if (level === "state") return states.states.find((state) => state.code === area) ?? null;
  const list = level === "municipality" ? areas?.municipalities : areas?.parishes;
  return list?.find((row) => row.code === area) ?? null;
}

/** The areas one level down: states of the country, municipalities of a state, parishes of a municipality. */
export function childRows(
  area: string | null,
  states: ActasStatesFile,
  areas: ActasAreasFile | undefined,
): AreaRow[] {
  const level: AreaLevel = levelOf(area);
  if (level === "country") return states.states;
  if (!areas || !area) return [];
  if (level === "state") return areas.municipalities;
  if (level === "municipality") return areas.parishes.filter((parish) => parish.code.slice(0, 4) === area);
  return [];
}

/** The level one down from `level`, which the table lists. */
export const CHILD_LEVEL = {
  country: "state",
  state: "municipality",
  municipality: "parish",
  parish: null,
} as const satisfies Record<AreaLevel, AreaLevel | null>;

export type SortKey = "name" | "sheets" | "gonzalez" | "maduro" | "margin";

/** The value a row sorts by; rows without sheets of the campaign file sort last. */
function sortValue(row: AreaRow, key: SortKey): number | string | null {
  if (key === "name") return row.name;
  if (key === "sheets") return row.campaign?.sheets ?? null;
  const shares = sharesOf(row.campaign);
  return shares ? shares[key] : null;
}

export function sortRows(rows: readonly AreaRow[], key: SortKey, descending: boolean): AreaRow[] {
  const collator = new Intl.Collator("es", { sensitivity: "base", numeric: true });
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === "string" ? collator.compare(x, String(y)) : x - Number(y);
    return descending ? -order : order;
  });
}
