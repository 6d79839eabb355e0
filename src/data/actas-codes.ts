/**
 * The forms of the tally sheets' area and centre codes, a public API (links carry them): the
 * CNE's own codes as the centre file writes them, each level a prefix of the next. Apart from
 * actas-areas.ts (the states' names, the candidates), because the URL contract reads these
 * before the first paint and the rest can wait for the panel.
 */
export const STATE_CODE = /^\d{2}$/;
export const MUNICIPALITY_CODE = /^\d{4}$/;
export const PARISH_CODE = /^\d{6}$/;
/**
 * The id of a parish that no source gives a CNE code: the four parishes of the campaign file
 * that the centre file lacks (data/actas/README.md). It is the CNE code of its municipality,
 * which the sources do give, then `-` and the slug of the campaign file's name
 * (`0302-quintero`), so it cannot be taken for a CNE code and says where it comes from.
 */
export const UNCODED_PARISH = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CENTRE_CODE = /^\d{9}$/;

/** The CNE numbers the 24 states 01 to 24 (actas-areas.ts lists them with their names). */
export const STATE_CODES: readonly string[] = Array.from({ length: 24 }, (_, i) =>
  String(i + 1).padStart(2, "0"),
);
const KNOWN_STATES: ReadonlySet<string> = new Set(STATE_CODES);

/** Whether `code` is written as an area (state, municipality or parish) of one of the 24 states. */
export function isAreaCode(code: string): boolean {
  const wellFormed =
    STATE_CODE.test(code) ||
    MUNICIPALITY_CODE.test(code) ||
    PARISH_CODE.test(code) ||
    UNCODED_PARISH.test(code);
  return wellFormed && KNOWN_STATES.has(code.slice(0, 2));
}

/** Whether `code` is written as a voting centre of one of the 24 states. */
export const isCentreCode = (code: string) => CENTRE_CODE.test(code) && KNOWN_STATES.has(code.slice(0, 2));

export type AreaLevel = "country" | "state" | "municipality" | "parish";

/** The level an area code names: a state has 2 digits, a municipality 4, a parish 6 (or 4, '-' and a name). */
export function levelOf(area: string | null): AreaLevel {
  if (!area) return "country";
  if (area.length === 2) return "state";
  if (area.length === 4) return "municipality";
  return "parish";
}

/** The areas above `area`, from the state down, and `area` itself: `170901` gives 17, 1709, 170901. */
export function areaPath(area: string | null): string[] {
  if (!area) return [];
  const level = levelOf(area);
  const path = [area.slice(0, 2)];
  if (level !== "state") path.push(area.slice(0, 4));
  if (level === "parish") path.push(area);
  return path;
}
