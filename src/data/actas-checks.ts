/**
 * Rules across the tally-sheet files (their shapes: actas-schemas.ts): every state and parish
 * is a known one, every level adds up to the level above it, the whole adds up to what the
 * sources add up to (data/actas/README.md), and compilations.json agrees with the files it
 * compares. Pure, like integrity.ts: `npm run data:check` runs it, and the panel can.
 */
import { ACTAS_STATES, CENTRE_CANDIDATES } from "./actas-areas";
import type {
  ActasAreasFile,
  ActasCentreIndexFile,
  ActasCentresFile,
  ActasCompilationsFile,
  ActasSheetsFile,
  ActasStatesFile,
  CampaignTotals,
  CentreTotals,
  VenezuelaStatesFile,
} from "./actas-schemas";
import type { DataProblem } from "./issues";

/**
 * What the two source files add up to, as data/actas/README.md gives them (and as they were
 * computed from the CSV files): the derived files must add up to exactly these.
 */
export const ACTAS_SOURCE_TOTALS = {
  campaign: {
    sheets: 24_532,
    egu: 7_156_462,
    nm: 3_241_461,
    otros: 261_205,
    validos: 10_659_128,
    nulos: 1_139,
  },
  centre: {
    sheets: 21_952,
    centres: 11_852,
    gonzalez: 6_392_350,
    maduro: 2_891_553,
    others: 231_419,
    registeredCentres: 9_733,
    registeredElectors: 14_398_574,
  },
} as const;

export interface ActasDataset {
  states: ActasStatesFile;
  shapes: VenezuelaStatesFile;
  centreIndex: ActasCentreIndexFile;
  compilations: ActasCompilationsFile;
  /** By state code: areas/SS.json, centres/SS.json, sheets/SS.json. */
  areas: ReadonlyMap<string, ActasAreasFile>;
  centres: ReadonlyMap<string, ActasCentresFile>;
  sheets: ReadonlyMap<string, ActasSheetsFile>;
}

export const actasFileName = {
  states: "actas/states.json",
  shapes: "actas/venezuela-states.json",
  centreIndex: "actas/centre-index.json",
  compilations: "actas/compilations.json",
  areas: (state: string) => `actas/areas/${state}.json`,
  centres: (state: string) => `actas/centres/${state}.json`,
  sheets: (state: string) => `actas/sheets/${state}.json`,
};

const fmt = (n: number) => n.toLocaleString("en-US");
const MADURO = CENTRE_CANDIDATES.indexOf("maduro");
const GONZALEZ = CENTRE_CANDIDATES.indexOf("gonzalez");

type Flat = Record<string, number>;

const flatCampaign = (t: CampaignTotals): Flat => ({ ...t });
function flatCentre(t: CentreTotals): Flat {
  const flat: Flat = { sheets: t.sheets, centres: t.centres };
  t.votes.forEach((n, i) => (flat[`votes[${i}]`] = n));
  flat["registered.centres"] = t.registered.centres;
  flat["registered.electors"] = t.registered.electors;
  return flat;
}
function sum(items: readonly Flat[]): Flat {
  const total: Flat = {};
  for (const item of items) for (const [k, v] of Object.entries(item)) total[k] = (total[k] ?? 0) + v;
  return total;
}

export function checkActas(data: ActasDataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const problem = (file: string, path: string, message: string, code: DataProblem["code"] = "rule") =>
    problems.push({ code, file, path, message });

  /** One problem per figure of `actual` that is not the figure `expected` gives. */
  const agree = (file: string, path: string, actual: Flat, expected: Flat, what: string) => {
    for (const [key, value] of Object.entries(expected)) {
      const found = actual[key] ?? 0;
      if (found !== value) {
        const id = key.startsWith("votes[") ? CENTRE_CANDIDATES[Number(key.slice(6, -1))] : undefined;
        problem(
          file,
          `${path}.${key}`,
          `is ${fmt(found)}, but ${what} add up to ${fmt(value)}${id ? ` (${id})` : ""}`,
        );
      }
    }
  };

  checkStates(data, problem, agree);
  for (const { code } of ACTAS_STATES) checkState(code, data, problem, agree);
  checkIndexAndShapes(data, problem);
  checkCompilations(data, problem);
  return problems;
}

type Report = (file: string, path: string, message: string, code?: DataProblem["code"]) => void;
type Agree = (file: string, path: string, actual: Flat, expected: Flat, what: string) => void;

function checkStates({ states }: ActasDataset, problem: Report, agree: Agree) {
  const file = actasFileName.states;
  const { campaign, centre } = ACTAS_SOURCE_TOTALS;
  const readme = "(data/actas/README.md)";
  const n = states.national;
  agree(
    file,
    "$.national.campaign",
    flatCampaign(n.campaign),
    campaign,
    `the campaign file's sheets ${readme}`,
  );
  agree(
    file,
    "$.national.centre",
    flatCentre(n.centre),
    {
      sheets: centre.sheets,
      centres: centre.centres,
      [`votes[${MADURO}]`]: centre.maduro,
      [`votes[${GONZALEZ}]`]: centre.gonzalez,
      "registered.centres": centre.registeredCentres,
      "registered.electors": centre.registeredElectors,
    },
    `the centre file's sheets ${readme}`,
  );
  const others = n.centre.votes.reduce((a, b, i) => (i === MADURO || i === GONZALEZ ? a : a + b), 0);
  if (others !== centre.others) {
    problem(
      file,
      "$.national.centre.votes",
      `gives the eight other candidates ${fmt(others)} votes, but the centre file's sheets add up to ${fmt(centre.others)} ${readme}`,
    );
  }

  const seen = new Set<string>();
  states.states.forEach((state, i) => {
    const known = ACTAS_STATES.find((s) => s.code === state.code);
    if (!known)
      return problem(file, `$.states[${i}].code`, `"${state.code}" is not one of the 24 states`, "reference");
    if (seen.has(state.code)) problem(file, `$.states[${i}].code`, `the state ${state.code} is listed twice`);
    seen.add(state.code);
    if (state.name !== known.name || state.pcode !== known.pcode) {
      problem(
        file,
        `$.states[${i}]`,
        `the state ${state.code} is ${known.name} (${known.pcode}), not ${state.name} (${state.pcode})`,
      );
    }
  });
  const missing = ACTAS_STATES.filter((s) => !seen.has(s.code)).map((s) => `${s.code} ${s.name}`);
  if (missing.length > 0) problem(file, "$.states", `has no entry for ${missing.join(", ")}`);

  const what = "its 24 states";
  agree(
    file,
    "$.national.campaign",
    flatCampaign(states.national.campaign),
    sum(states.states.map((s) => flatCampaign(s.campaign))),
    what,
  );
  agree(
    file,
    "$.national.centre",
    flatCentre(states.national.centre),
    sum(states.states.map((s) => flatCentre(s.centre))),
    what,
  );
}

function checkState(code: string, data: ActasDataset, problem: Report, agree: Agree) {
  const stateIndex = data.states.states.findIndex((s) => s.code === code);
  const state = data.states.states[stateIndex];
  const areas = data.areas.get(code);
  const centres = data.centres.get(code);
  const sheets = data.sheets.get(code);
  for (const [file, content] of [
    [actasFileName.areas(code), areas],
    [actasFileName.centres(code), centres],
    [actasFileName.sheets(code), sheets],
  ] as const) {
    if (content && content.state !== code)
      problem(file, "$.state", `is "${content.state}", but the file is state ${code}'s`);
  }
  if (!areas) return;
  const areasFile = actasFileName.areas(code);

  // The state is the sum of its municipalities, and each municipality of its parishes.
  if (state) {
    const where = `$.states[${stateIndex}]`;
    const what = `the municipalities in ${areasFile}`;
    agree(
      actasFileName.states,
      `${where}.campaign`,
      flatCampaign(state.campaign),
      sum(areas.municipalities.map((m) => flatCampaign(m.campaign))),
      what,
    );
    agree(
      actasFileName.states,
      `${where}.centre`,
      flatCentre(state.centre),
      sum(areas.municipalities.map((m) => flatCentre(m.centre))),
      what,
    );
  }
  areas.municipalities.forEach((m, i) => {
    const parishes = areas.parishes.filter((p) => p.code.startsWith(m.code));
    const campaign = parishes.flatMap((p) => (p.campaign ? [flatCampaign(p.campaign)] : []));
    const centre = parishes.flatMap((p) => (p.centre ? [flatCentre(p.centre)] : []));
    agree(
      areasFile,
      `$.municipalities[${i}].campaign`,
      flatCampaign(m.campaign),
      sum(campaign),
      "its parishes",
    );
    agree(areasFile, `$.municipalities[${i}].centre`, flatCentre(m.centre), sum(centre), "its parishes");
  });
  const parishIndex = new Map(areas.parishes.map((p, i) => [p.code, i]));

  if (centres) checkCentres(code, centres, areas, parishIndex, problem, agree);
  if (sheets) checkSheets(code, sheets, areas, parishIndex, problem, agree);
}

function checkCentres(
  code: string,
  file: ActasCentresFile,
  areas: ActasAreasFile,
  parishIndex: ReadonlyMap<string, number>,
  problem: Report,
  agree: Agree,
) {
  const name = actasFileName.centres(code);
  const byParish = new Map<string, Flat[]>();
  const seen = new Set<string>();
  file.centres.forEach((centre, i) => {
    if (seen.has(centre.code))
      problem(name, `$.centres[${i}].code`, `the centre ${centre.code} is listed twice`);
    seen.add(centre.code);
    if (!parishIndex.has(centre.parish)) {
      problem(
        name,
        `$.centres[${i}].parish`,
        `the parish ${centre.parish} is not in ${actasFileName.areas(code)}`,
        "reference",
      );
    }
    const tables = centre.sheets.map(([table]) => table);
    if (new Set(tables).size !== tables.length)
      problem(name, `$.centres[${i}].sheets`, "has two sheets of the same table");
    const votes = CENTRE_CANDIDATES.map((_, c) =>
      centre.sheets.reduce((a, sheet) => a + (sheet[c + 1] ?? 0), 0),
    );
    const totals: CentreTotals = {
      sheets: centre.sheets.length,
      centres: 1,
      votes,
      registered: { centres: centre.registered === null ? 0 : 1, electors: centre.registered ?? 0 },
    };
    byParish.set(centre.parish, [...(byParish.get(centre.parish) ?? []), flatCentre(totals)]);
  });
  areas.parishes.forEach((p, i) => {
    const found = byParish.get(p.code);
    const where = `$.parishes[${i}].centre`;
    if (!p.centre && found)
      problem(actasFileName.areas(code), where, `is null, but ${name} has centres in ${p.code}`);
    if (p.centre)
      agree(
        actasFileName.areas(code),
        where,
        flatCentre(p.centre),
        sum(found ?? []),
        `its centres in ${name}`,
      );
  });
}

function checkSheets(
  code: string,
  file: ActasSheetsFile,
  areas: ActasAreasFile,
  parishIndex: ReadonlyMap<string, number>,
  problem: Report,
  agree: Agree,
) {
  const name = actasFileName.sheets(code);
  const byParish = new Map<string, Flat>();
  file.parishes.forEach((p, i) => {
    if (!parishIndex.has(p.code)) {
      problem(
        name,
        `$.parishes[${i}].code`,
        `the parish ${p.code} is not in ${actasFileName.areas(code)}`,
        "reference",
      );
    }
    const t = { sheets: p.sheets.length, egu: 0, nm: 0, otros: 0, validos: 0, nulos: 0 };
    for (const [egu, nm, otros, nulos] of p.sheets) {
      Object.assign(t, { egu: t.egu + egu, nm: t.nm + nm, otros: t.otros + otros, nulos: t.nulos + nulos });
      t.validos += egu + nm + otros;
    }
    byParish.set(p.code, t);
  });
  areas.parishes.forEach((p, i) => {
    const found = byParish.get(p.code);
    const where = `$.parishes[${i}].campaign`;
    if (!p.campaign && found)
      problem(actasFileName.areas(code), where, `is null, but ${name} has sheets of ${p.code}`);
    if (p.campaign)
      agree(actasFileName.areas(code), where, flatCampaign(p.campaign), found ?? {}, `its sheets in ${name}`);
  });
}

function checkIndexAndShapes(data: ActasDataset, problem: Report) {
  const names = new Map<string, string>();
  for (const file of data.centres.values()) for (const c of file.centres) names.set(c.code, c.name);
  const file = actasFileName.centreIndex;
  const indexed = new Set<string>();
  data.centreIndex.centres.forEach(([code, name], i) => {
    indexed.add(code);
    const known = names.get(code);
    if (known === undefined)
      problem(file, `$.centres[${i}]`, `the centre ${code} is in no centres file`, "reference");
    else if (known !== name)
      problem(file, `$.centres[${i}][1]`, `"${name}" is not the centre's name, "${known}"`);
  });
  const missing = [...names.keys()].filter((code) => !indexed.has(code));
  if (missing.length > 0) problem(file, "$.centres", `lacks ${missing.length} centres, first ${missing[0]}`);

  const shapes = actasFileName.shapes;
  data.shapes.shapes.forEach((shape, i) => {
    if (shape.code === null ? shape.hasSheets : !ACTAS_STATES.some((s) => s.code === shape.code)) {
      problem(
        shapes,
        `$.shapes[${i}].code`,
        `${shape.name}: a shape with sheets must have one of the 24 state codes`,
      );
    }
  });
  const drawn = new Set(data.shapes.shapes.map((s) => s.code));
  const undrawn = ACTAS_STATES.filter((s) => !drawn.has(s.code)).map((s) => s.code);
  if (undrawn.length > 0) problem(shapes, "$.shapes", `has no shape for the state ${undrawn.join(", ")}`);
}

/** A centre sheet's ([table, votes…]) votes for González and for Maduro. */
const gonzalezMaduro = (sheet: readonly number[]) =>
  [sheet[GONZALEZ + 1] ?? 0, sheet[MADURO + 1] ?? 0] as const;

/**
 * compilations.json against the files it summarises: its sheets per state are states.json's,
 * and each unmatched sheet is a sheet of centres/SS.json with those votes.
 */
function checkCompilations(data: ActasDataset, problem: Report) {
  const file = actasFileName.compilations;
  const { states, unmatched } = data.compilations;
  const order = data.states.states.map((s) => s.code);
  if (states.map(([code]) => code).join() !== order.join()) {
    const message = `must list the states of ${actasFileName.states}, in its order: ${order.join(", ")}`;
    problem(file, "$.states", message);
  }
  states.forEach(([code, campaign, centre], i) => {
    const known = data.states.states.find((s) => s.code === code);
    if (!known)
      return problem(file, `$.states[${i}][0]`, `"${code}" is not in ${actasFileName.states}`, "reference");
    const differs = (found: number, wanted: number, what: string) =>
      `is ${fmt(found)}, but ${actasFileName.states} gives state ${code} ${fmt(wanted)} ${what}`;
    if (campaign !== known.campaign.sheets)
      problem(file, `$.states[${i}][1]`, differs(campaign, known.campaign.sheets, "campaign sheets"));
    if (centre !== known.centre.sheets)
      problem(file, `$.states[${i}][2]`, differs(centre, known.centre.sheets, "centre sheets"));
  });

  unmatched.forEach(([state, code, table, gonzalez, maduro], i) => {
    const centres = actasFileName.centres(state);
    const centre = data.centres.get(state)?.centres.find((c) => c.code === code);
    if (!centre)
      return problem(file, `$.unmatched[${i}][1]`, `the centre ${code} is not in ${centres}`, "reference");
    const sheet = centre.sheets.find(([t]) => t === table);
    if (!sheet) {
      const message = `the centre ${code} has no table ${table} in ${centres}`;
      return problem(file, `$.unmatched[${i}][2]`, message, "reference");
    }
    const [g, m] = gonzalezMaduro(sheet);
    if (gonzalez !== g || maduro !== m) {
      const message = `gives ${code} table ${table} González ${fmt(gonzalez)} and Maduro ${fmt(maduro)}, but ${centres} gives ${fmt(g)} and ${fmt(m)}`;
      problem(file, `$.unmatched[${i}]`, message);
    }
  });
  checkUnmatchedCounts(data, problem);
}

/**
 * The matching redone from the derived files (data/actas/README.md): for each state and pair of
 * González's and Maduro's votes, compilations.json lists as many unmatched sheets as the
 * centres files have beyond the sheets files, no more and no fewer. Which sheets of a pair those
 * are, the votes cannot say (scripts/actas/aggregate.ts picks them), so only the number is held.
 */
function checkUnmatchedCounts(data: ActasDataset, problem: Report) {
  // By "state|González|Maduro": [centre sheets, campaign sheets, sheets listed as unmatched].
  const tally = new Map<string, [number, number, number]>();
  const add = (state: string, [gonzalez, maduro]: readonly [number, number], which: 0 | 1 | 2) => {
    const key = `${state}|${gonzalez}|${maduro}`;
    const counts = tally.get(key) ?? [0, 0, 0];
    counts[which] += 1;
    tally.set(key, counts);
  };
  for (const [state, file] of data.centres)
    for (const centre of file.centres)
      for (const sheet of centre.sheets) add(state, gonzalezMaduro(sheet), 0);
  for (const [state, file] of data.sheets)
    for (const parish of file.parishes) for (const [egu, nm] of parish.sheets) add(state, [egu, nm], 1);
  for (const [state, , , gonzalez, maduro] of data.compilations.unmatched) add(state, [gonzalez, maduro], 2);

  for (const [key, [centre, campaign, listed]] of [...tally].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const excess = Math.max(0, centre - campaign);
    if (listed === excess) continue;
    const [state, gonzalez, maduro] = key.split("|");
    problem(
      actasFileName.compilations,
      "$.unmatched",
      `lists ${listed} sheets of state ${state} with González ${gonzalez} and Maduro ${maduro}, but the centres files have ${centre} such sheets and the sheets files ${campaign}, so ${excess} match none`,
    );
  }
}
