/**
 * The files under public/data/actas/, made from the parsed sources. Pure: the same rows give
 * the same files, byte for byte (tests/actas-build.test.ts holds the committed files to it).
 *
 *   states.json            per state and for the country: both files' totals (loads with the panel)
 *   areas/SS.json          one state's municipalities and parishes: both files' totals (on drill-down)
 *   centres/SS.json        one state's voting centres with their sheets (centre file)
 *   sheets/SS.json         one state's sheets of the campaign file, by parish (the spread of the sheets)
 *   centre-index.json      every centre's code and name, for the type-ahead
 *   compilations.json      the two files compared: sheets per state, the centre sheets the campaign lacks
 *   venezuela-states.json  the state shapes (shapes.ts)
 */
import { ACTAS_STATES, CENTRE_CANDIDATES } from "../../src/data/actas-areas.ts";
import {
  ACTAS_SCHEMA_VERSION,
  type ActasCentreIndexFile,
  type ActasCompilationsFile,
  type ActasCentresFile,
  type ActasAreasFile,
  type ActasSheetsFile,
  type ActasStatesFile,
} from "../../src/data/actas-schemas.ts";
import { campaignTotals, centreTotals, gonzalezMaduro, groupBy, unmatchedCentreSheets } from "./aggregate.ts";
import { campaignResolver, namesByCode, type AreaCodes, type CrosswalkRow } from "./crosswalk.ts";
import type { CampaignSheet, CentreSheet } from "./sources.ts";

export interface ActasSources {
  campaign: CampaignSheet[];
  centre: CentreSheet[];
  crosswalk: CrosswalkRow[];
}

type Located = CampaignSheet & AreaCodes;

const candidates = [...CENTRE_CANDIDATES];

/** The acta code's tail after the table number: the same on every row of the centre file. */
const ACTA_TAIL = ".1.0001";

/** The table number of a sheet, from its acta code (`010101001.02.1.0001` → 2). */
export function tableOf(sheet: CentreSheet): number {
  const match = /^(\d{9})\.(\d{2})(\.\d\.\d{4})$/.exec(sheet.acta);
  if (!match || match[1] !== sheet.centre || match[3] !== ACTA_TAIL) {
    throw new Error(`the acta code ${sheet.acta} is not "${sheet.centre}.TT${ACTA_TAIL}"`);
  }
  return Number(match[2]);
}

function locate(sources: ActasSources): Located[] {
  const resolve = campaignResolver(sources.crosswalk);
  return sources.campaign.map((sheet) => ({ ...sheet, ...resolve(sheet) }));
}

export function statesFile(campaign: Located[], centre: CentreSheet[]): ActasStatesFile {
  const byState = groupBy(campaign, (s) => s.state);
  const centreByState = groupBy(centre, (s) => s.centre.slice(0, 2));
  return {
    schemaVersion: ACTAS_SCHEMA_VERSION,
    candidates,
    national: { campaign: campaignTotals(campaign), centre: centreTotals(centre) },
    states: ACTAS_STATES.map((state) => ({
      code: state.code,
      name: state.name,
      pcode: state.pcode,
      campaign: campaignTotals(byState.get(state.code) ?? []),
      centre: centreTotals(centreByState.get(state.code) ?? []),
    })),
  };
}

/** One state's municipalities and parishes, from that state's sheets of both files. */
export function areasFile(
  state: string,
  campaign: Located[],
  centre: CentreSheet[],
  crosswalk: CrosswalkRow[],
): ActasAreasFile {
  const names = namesByCode(crosswalk);
  const uncoded = new Set(crosswalk.filter((r) => r.match === "no-cne-code").map((r) => r.code));
  const level = (digits: number) => {
    const c = groupBy(campaign, (s) => (digits === 4 ? s.municipality : s.parish));
    const e = groupBy(centre, (s) => s.centre.slice(0, digits));
    return [...new Set([...c.keys(), ...e.keys()])].sort().map((code) => {
      const name = names.get(code);
      if (!name) throw new Error(`the crosswalk has no name for ${code}`);
      const own = c.get(code);
      const theirs = e.get(code);
      return {
        code,
        name,
        campaign: own ? campaignTotals(own) : null,
        centre: theirs ? centreTotals(theirs) : null,
      };
    });
  };
  const municipalities = level(4).map(({ campaign: c, centre: e, ...rest }) => {
    if (!c || !e) throw new Error(`the municipality ${rest.code} is not in both files`);
    return { ...rest, campaign: c, centre: e };
  });
  const parishes = level(6).map((p) =>
    uncoded.has(p.code) ? { ...p, codeFrom: "cne-municipality+campaign-name" as const } : p,
  );
  return { schemaVersion: ACTAS_SCHEMA_VERSION, state, candidates, municipalities, parishes };
}

export function centresFile(state: string, sheets: CentreSheet[]): ActasCentresFile {
  const centres = [...groupBy(sheets, (s) => s.centre)].map(([code, rows]) => {
    const [first] = rows;
    if (!first) throw new Error(`no sheets for ${code}`);
    for (const row of rows) {
      if (row.centreName !== first.centreName || row.registered !== first.registered) {
        throw new Error(`the centre ${code} has two names or two registered counts`);
      }
    }
    return {
      code,
      name: first.centreName,
      parish: code.slice(0, 6),
      registered: first.registered,
      sheets: rows.map((row): [number, ...number[]] => [tableOf(row), ...row.votes]),
    };
  });
  return { schemaVersion: ACTAS_SCHEMA_VERSION, state, candidates, centres };
}

export function sheetsFile(state: string, sheets: Located[]): ActasSheetsFile {
  const parishes = [...groupBy(sheets, (s) => s.parish)].map(([code, rows]) => ({
    code,
    sheets: rows.map((s): [number, number, number, number] => [s.egu, s.nm, s.otros, s.nulos]),
  }));
  return { schemaVersion: ACTAS_SCHEMA_VERSION, state, parishes };
}

export function centreIndexFile(centre: CentreSheet[]): ActasCentreIndexFile {
  const names = new Map(centre.map((s) => [s.centre, s.centreName]));
  return { schemaVersion: ACTAS_SCHEMA_VERSION, centres: [...names].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

/** How many sheets each file has, per state and for the country, and the centre sheets the campaign file lacks. */
export function compilationsFile(campaign: Located[], centre: CentreSheet[]): ActasCompilationsFile {
  const campaignByState = groupBy(campaign, (s) => s.state);
  const centreByState = groupBy(centre, (s) => s.centre.slice(0, 2));
  const unmatched = unmatchedCentreSheets(campaign, centre)
    .map((s): [string, string, number, number, number] => [
      s.centre.slice(0, 2),
      s.centre,
      tableOf(s),
      ...gonzalezMaduro(s),
    ])
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]));
  return {
    schemaVersion: ACTAS_SCHEMA_VERSION,
    national: { campaign: campaign.length, centre: centre.length, unmatched: unmatched.length },
    states: ACTAS_STATES.map(({ code }): [string, number, number] => [
      code,
      campaignByState.get(code)?.length ?? 0,
      centreByState.get(code)?.length ?? 0,
    ]),
    unmatched,
  };
}

/** Every derived file but the shapes, by its path under public/data/actas/. */
export function actasDataFiles(sources: ActasSources): Map<string, unknown> {
  const campaign = locate(sources);
  const { centre, crosswalk } = sources;
  const files = new Map<string, unknown>([
    ["states.json", statesFile(campaign, centre)],
    ["centre-index.json", centreIndexFile(centre)],
    ["compilations.json", compilationsFile(campaign, centre)],
  ]);
  const centreByState = groupBy(centre, (s) => s.centre.slice(0, 2));
  const campaignByState = groupBy(campaign, (s) => s.state);
  for (const { code } of ACTAS_STATES) {
    const [own, theirs] = [campaignByState.get(code) ?? [], centreByState.get(code) ?? []];
    files.set(`areas/${code}.json`, areasFile(code, own, theirs, crosswalk));
    files.set(`centres/${code}.json`, centresFile(code, theirs));
    files.set(`sheets/${code}.json`, sheetsFile(code, own));
  }
  return files;
}
