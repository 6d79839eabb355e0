/** What a set of tally sheets adds up to, for either file. Pure: rows in, totals out. */
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
