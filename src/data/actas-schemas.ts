/**
 * The data contract of the tally-sheet files under public/data/actas/, which
 * `npm run actas:build` derives from data/actas/ (see its README). The panel will validate
 * with these schemas when it loads a file, and `npm run data:check` validates with them, so
 * the two never disagree. Rules within one file live here; rules across files (unknown
 * parishes, sums, the sources' totals) in actas-checks.ts.
 */
import { z } from "zod";
import {
  CENTRE_CANDIDATES,
  CENTRE_CODE,
  MUNICIPALITY_CODE,
  PARISH_CODE,
  STATE_CODE,
  UNCODED_PARISH,
  uncodedParish,
} from "./actas-areas";

// As in schemas.ts: the page's CSP forbids eval, so zod must not compile parsers with it.
z.config({ jitless: true });

export const ACTAS_SCHEMA_VERSION = 1;

const schemaVersion = z.literal(ACTAS_SCHEMA_VERSION);
const count = z.number().int("must be a whole number").nonnegative("must not be negative");
const name = z.string().min(1);
const stateCode = z.string().regex(STATE_CODE, "must be a 2-digit CNE state code such as '01'");
const municipalityCode = z
  .string()
  .regex(MUNICIPALITY_CODE, "must be a 4-digit CNE municipality code such as '0101'");
const parishCode = z.string().regex(PARISH_CODE, "must be a 6-digit CNE parish code such as '010101'");
/**
 * A parish of the campaign file: its 6-digit CNE code, or, for the few the centre file lacks
 * (which no source gives a CNE code), its municipality's CNE code and the slug of the campaign
 * file's name, such as '0302-quintero' (UNCODED_PARISH; data/actas/README.md).
 */
const areaParishCode = z
  .string()
  .refine(
    (code) => PARISH_CODE.test(code) || UNCODED_PARISH.test(code),
    "must be a 6-digit CNE parish code such as '010101', or, for a parish without one, its 4-digit CNE municipality code, '-' and the campaign file's name such as '0302-quintero'",
  );
const centreCode = z.string().regex(CENTRE_CODE, "must be a 9-digit CNE centre code such as '010101001'");

/** The order of every `votes` list, written in each file so that the file explains itself. */
const candidates = z
  .array(z.string())
  .refine(
    (ids) => ids.join() === CENTRE_CANDIDATES.join(),
    `must be the centre file's candidates in column order: ${CENTRE_CANDIDATES.join(", ")}`,
  );

/** Ten counts, one per candidate of the centre file, in `candidates` order. */
const votes = z.array(count).length(CENTRE_CANDIDATES.length, "must hold one count per candidate (10)");

/** What sheets of the campaign file (resultadosconvzla-2024-v1.csv) add up to in one area. */
export const campaignTotals = z
  .strictObject({ sheets: count, egu: count, nm: count, otros: count, validos: count, nulos: count })
  .superRefine((t, ctx) => {
    const sum = t.egu + t.nm + t.otros;
    if (sum !== t.validos) {
      ctx.addIssue({
        code: "custom",
        path: ["validos"],
        message: `egu + nm + otros = ${sum}, but validos is ${t.validos}: they must be equal`,
      });
    }
  });

/** What sheets of the centre file (actas-by-centre-2024.csv) add up to in one area. */
export const centreTotals = z.strictObject({
  sheets: count,
  centres: count,
  votes,
  /** The centres of the area whose registered electors the file gives, and those electors. */
  registered: z.strictObject({ centres: count, electors: count }),
});

export const actasStatesFile = z.strictObject({
  schemaVersion,
  candidates,
  national: z.strictObject({ campaign: campaignTotals, centre: centreTotals }),
  states: z.array(
    z.strictObject({
      code: stateCode,
      /** As the boundaries write it (`ADM1_ES`), with accents. */
      name,
      /** INE's code for the same state in the boundaries (`ADM1_PCODE`). */
      pcode: z.string().regex(/^VE\d{2}$/, "must be an INE code such as 'VE01'"),
      campaign: campaignTotals,
      centre: centreTotals,
    }),
  ),
});

/** A problem for each area in `key` whose code fails `ok`. */
function refuse(
  ctx: z.RefinementCtx,
  key: string,
  areas: readonly { code: string }[],
  ok: (code: string) => boolean,
  what: string,
) {
  areas.forEach((area, i) => {
    if (!ok(area.code))
      ctx.addIssue({ code: "custom", path: [key, i, "code"], message: `${area.code} is ${what}` });
  });
}

/** One state's municipalities and parishes (areas/SS.json). */
export const actasAreasFile = z
  .strictObject({
    schemaVersion,
    state: stateCode,
    candidates,
    municipalities: z.array(
      z.strictObject({ code: municipalityCode, name, campaign: campaignTotals, centre: centreTotals }),
    ),
    parishes: z.array(
      z.strictObject({
        code: areaParishCode,
        name,
        /**
         * Only on the few parishes the centre file lacks, which no source gives a CNE code: the
         * code is the CNE code of the municipality and the campaign file's name (crosswalk.csv).
         */
        codeFrom: z.literal("cne-municipality+campaign-name").optional(),
        campaign: campaignTotals.nullable(),
        centre: centreTotals.nullable(),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const elsewhere = `not in this file's state ${file.state}`;
    refuse(ctx, "municipalities", file.municipalities, (code) => code.startsWith(file.state), elsewhere);
    const municipalities = new Set(file.municipalities.map((m) => m.code));
    const orphan = "a parish of a municipality this file does not list";
    refuse(ctx, "parishes", file.parishes, (code) => municipalities.has(code.slice(0, 4)), orphan);
    // A CNE parish code comes from the centre file, so a parish without centre sheets has none.
    file.parishes.forEach((p, i) => {
      const issue = (key: string, message: string) =>
        ctx.addIssue({ code: "custom", path: ["parishes", i, key], message });
      if (PARISH_CODE.test(p.code)) {
        if (p.codeFrom) issue("codeFrom", `${p.code} is a CNE code: only a parish without one has codeFrom`);
        if (!p.centre) {
          const wanted = uncodedParish(p.code.slice(0, 4), p.name);
          issue(
            "code",
            `${p.code} is not a CNE code any source gives: the parish has no sheets in the centre file, so its code must be "${wanted}", with codeFrom`,
          );
        }
      } else if (UNCODED_PARISH.test(p.code)) {
        const wanted = uncodedParish(p.code.slice(0, 4), p.name);
        if (p.code !== wanted)
          issue("code", `${p.code} must be "${wanted}": the municipality's code and the name`);
        if (!p.codeFrom) issue("codeFrom", `must be "cne-municipality+campaign-name" for ${p.code}`);
        if (p.centre) issue("centre", `${p.code} has sheets in the centre file, so it has a CNE code`);
        if (!p.campaign)
          issue("campaign", `${p.code} is a parish of the campaign file, so it has sheets there`);
      }
    });
  });

/** A voting machine's table at its centre, as the acta code gives it (`…001.02.1.0001` is table 2). */
const tableNumber = count.min(1, "a table number starts at 1");

/** One sheet of the centre file: its table number, then the votes per candidate. */
const centreSheet = z
  .tuple([tableNumber], count)
  .refine(
    (sheet) => sheet.length === 1 + CENTRE_CANDIDATES.length,
    "must be [table, then 10 counts, one per candidate]",
  );

export const actasCentresFile = z
  .strictObject({
    schemaVersion,
    state: stateCode,
    candidates,
    centres: z.array(
      z.strictObject({
        code: centreCode,
        name,
        parish: parishCode,
        /** Electors registered at the centre; null where the centre file leaves it empty. */
        registered: count.nullable(),
        sheets: z.array(centreSheet).min(1),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    file.centres.forEach((centre, i) => {
      if (!centre.code.startsWith(centre.parish)) {
        ctx.addIssue({
          code: "custom",
          path: ["centres", i, "code"],
          message: `the centre ${centre.code} is not in its parish ${centre.parish}: a centre code starts with its parish code`,
        });
      }
      if (!centre.parish.startsWith(file.state)) {
        ctx.addIssue({
          code: "custom",
          path: ["centres", i, "parish"],
          message: `the parish ${centre.parish} is not in this file's state ${file.state}`,
        });
      }
    });
  });

export const actasSheetsFile = z
  .strictObject({
    schemaVersion,
    state: stateCode,
    /** The campaign file's sheets of each parish, in file order: [egu, nm, otros, nulos]. */
    parishes: z.array(
      z.strictObject({
        code: areaParishCode,
        sheets: z.array(z.tuple([count, count, count, count])).min(1),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const elsewhere = `not in this file's state ${file.state}`;
    refuse(ctx, "parishes", file.parishes, (code) => code.startsWith(file.state), elsewhere);
  });

export const actasCentreIndexFile = z.strictObject({
  schemaVersion,
  /** Every centre, [code, name as the centre file writes it], for the type-ahead. */
  centres: z.array(z.tuple([centreCode, name])),
});

/**
 * The two compilations compared (compilations.json): how many sheets each has, and the centre
 * file's sheets that no sheet of the campaign file matches. Sheets are matched as multisets on
 * (state, González, Maduro), each campaign sheet used at most once, since votes repeat
 * (data/actas/README.md): 32 of the centre file's sheets match none, so the centre file is not
 * wholly a subset of the campaign file, and these are the sheets a reader would check by hand.
 * Where a state and pair of votes has more centre sheets than campaign sheets, the votes cannot
 * say which are the excess; the build picks them (scripts/actas/aggregate.ts), and data:check
 * holds the number per pair, not the pick.
 */
export const actasCompilationsFile = z
  .strictObject({
    schemaVersion,
    /** Sheets in the campaign file, sheets in the centre file, and the centre file's sheets that match none. */
    national: z.strictObject({ campaign: count, centre: count, unmatched: count }),
    /** Per state, in states.json's order: [state code, sheets in the campaign file, in the centre file]. */
    states: z.array(z.tuple([stateCode, count, count])),
    /**
     * The unmatched sheets of the centre file, by centre code then table:
     * [state code, centre code, table, González's votes, Maduro's votes], as the centre file gives them.
     */
    unmatched: z.array(z.tuple([stateCode, centreCode, tableNumber, count, count])),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    // The national figures are the states' sums, and the list is as long as its count, so a
    // reader can take any one of them without adding up the others.
    const campaign = file.states.reduce((a, [, n]) => a + n, 0);
    const centre = file.states.reduce((a, [, , n]) => a + n, 0);
    if (campaign !== file.national.campaign)
      issue(["national", "campaign"], `is ${file.national.campaign}, but its states add up to ${campaign}`);
    if (centre !== file.national.centre)
      issue(["national", "centre"], `is ${file.national.centre}, but its states add up to ${centre}`);
    if (file.unmatched.length !== file.national.unmatched) {
      issue(
        ["national", "unmatched"],
        `is ${file.national.unmatched}, but the file lists ${file.unmatched.length} unmatched sheets`,
      );
    }
    const states = new Set<string>();
    file.states.forEach(([code], i) => {
      if (states.has(code)) issue(["states", i, 0], `the state ${code} is listed twice`);
      states.add(code);
    });
    // One order, so that the same sources give the same file and a sheet listed twice shows.
    file.unmatched.forEach(([state, centreCode, table], i) => {
      if (!centreCode.startsWith(state))
        issue(["unmatched", i, 1], `the centre ${centreCode} is not in its state ${state}`);
      else if (!states.has(state))
        issue(["unmatched", i, 0], `the state ${state} is not one of this file's states`);
      const previous = file.unmatched[i - 1];
      if (previous && (previous[1] > centreCode || (previous[1] === centreCode && previous[2] >= table))) {
        issue(
          ["unmatched", i],
          `${centreCode} table ${table} comes after ${previous[1]} table ${previous[2]}: the sheets must be in order of centre code, then table, each once`,
        );
      }
    });
  });

export const venezuelaStatesFile = z.strictObject({
  width: z.number().positive(),
  height: z.number().positive(),
  shapes: z.array(
    z.strictObject({
      /** The CNE's state code; null for the Dependencias Federales, which have no tally sheets. */
      code: stateCode.nullable(),
      pcode: z.string().nullable(),
      name,
      hasSheets: z.boolean(),
      /** The projected outline, as an SVG path. */
      d: z.string().min(1),
    }),
  ),
});

export type CampaignTotals = z.infer<typeof campaignTotals>;
export type CentreTotals = z.infer<typeof centreTotals>;
export type ActasStatesFile = z.infer<typeof actasStatesFile>;
export type ActasAreasFile = z.infer<typeof actasAreasFile>;
export type ActasCentresFile = z.infer<typeof actasCentresFile>;
export type ActasSheetsFile = z.infer<typeof actasSheetsFile>;
export type ActasCentreIndexFile = z.infer<typeof actasCentreIndexFile>;
export type ActasCompilationsFile = z.infer<typeof actasCompilationsFile>;
export type VenezuelaStatesFile = z.infer<typeof venezuelaStatesFile>;
