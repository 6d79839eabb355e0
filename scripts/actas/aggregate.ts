/**
 * What a set of tally sheets adds up to, for either file, and which sheets of the centre file
 * the campaign file lacks. Pure: rows in, totals out.
 */
import { CENTRE_CANDIDATES } from "../../src/data/actas-areas.ts";
import type { CampaignTotals, CentreTotals } from "../../src/data/actas-schemas.ts";
import type { CampaignSheet, CentreSheet } from "./sources.ts";

export function campaignTotals(sheets: readonly CampaignSheet[]): CampaignTotals {
  const totals = { sheets: sheets.length, egu: 0, nm: 0, otros: 0, validos: 0, nulos: 0 };
  for (const s of sheets) {
    totals.egu += s.egu;
    totals.nm += s.nm;
    totals.otros += s.otros;
    totals.validos += s.validos;
    totals.nulos += s.nulos;
  }
  return totals;
}

export function centreTotals(sheets: readonly CentreSheet[]): CentreTotals {
  const votes = CENTRE_CANDIDATES.map(() => 0);
  // Each centre's registered electors repeat on every one of its rows: count them once.
  const registered = new Map<string, number | null>();
  for (const s of sheets) {
    s.votes.forEach((n, i) => (votes[i] = (votes[i] ?? 0) + n));
    registered.set(s.centre, s.registered);
  }
  const known = [...registered.values()].filter((n): n is number => n !== null);
  return {
    sheets: sheets.length,
    centres: registered.size,
    votes,
    registered: { centres: known.length, electors: known.reduce((a, b) => a + b, 0) },
  };
}

const GONZALEZ = CENTRE_CANDIDATES.indexOf("gonzalez");
const MADURO = CENTRE_CANDIDATES.indexOf("maduro");

/** A centre sheet's votes for González and for Maduro, the two figures both files give. */
export function gonzalezMaduro(sheet: CentreSheet): [number, number] {
  const [gonzalez, maduro] = [sheet.votes[GONZALEZ], sheet.votes[MADURO]];
  if (gonzalez === undefined || maduro === undefined) throw new Error(`${sheet.acta} has too few votes`);
  return [gonzalez, maduro];
}

/** A campaign sheet once the crosswalk has placed it: its state's and parish's codes. */
export type PlacedCampaignSheet = Pick<CampaignSheet, "egu" | "nm" | "otros"> & {
  state: string;
  parish: string;
};

/** Takes one from a pool of counts by key; false when none is left. */
function take(pool: Map<string, number>, key: string): boolean {
  const left = pool.get(key) ?? 0;
  if (left > 0) pool.set(key, left - 1);
  return left > 0;
}

function poolOf(keys: readonly string[]): Map<string, number> {
  const pool = new Map<string, number>();
  for (const key of keys) pool.set(key, (pool.get(key) ?? 0) + 1);
  return pool;
}

/**
 * The centre file's sheets that match no sheet of the campaign file, in the centre file's order.
 * Sheets match on (state, González, Maduro) as multisets, each campaign sheet used at most once:
 * votes repeat, so where a state and votes have more centre sheets than campaign sheets, the
 * excess is unmatched (data/actas/README.md). Which of those sheets is the excess, the votes
 * cannot say; so sheets that also agree on the parish and the others' votes are paired first,
 * the rest in file order. The count is the same either way; the pairing first keeps a sheet
 * that the campaign file does have, to the parish and the vote, off the list.
 */
export function unmatchedCentreSheets(
  campaign: readonly PlacedCampaignSheet[],
  centre: readonly CentreSheet[],
): CentreSheet[] {
  const votesKey = (state: string, [gonzalez, maduro]: readonly number[]) => `${state}|${gonzalez}|${maduro}`;
  const closeKey = (votes: string, parish: string, otros: number) => `${votes}|${parish}|${otros}`;
  const keys = centre.map((s) => votesKey(s.centre.slice(0, 2), gonzalezMaduro(s)));
  const votesPool = poolOf(campaign.map((s) => votesKey(s.state, [s.egu, s.nm])));
  const closePool = poolOf(
    campaign.map((s) => closeKey(votesKey(s.state, [s.egu, s.nm]), s.parish, s.otros)),
  );
  const paired = centre.map((s, i) => {
    const key = keys[i] ?? "";
    return take(closePool, closeKey(key, s.centre.slice(0, 6), s.otros)) && take(votesPool, key);
  });
  return centre.filter((_, i) => !paired[i] && !take(votesPool, keys[i] ?? ""));
}

/** Items grouped by a key, the groups in the keys' sorted order (codes sort as the CNE numbers them). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
