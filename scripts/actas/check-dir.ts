/**
 * The tally-sheet part of `npm run data:check`: reads DIR/actas/, validates each file with its
 * schema (src/data/actas-schemas.ts), then runs the rules across files (src/data/actas-checks.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { ACTAS_STATES } from "../../src/data/actas-areas.ts";
import { actasFileName, checkActas, type ActasDataset } from "../../src/data/actas-checks.ts";
import {
  actasAreasFile,
  actasCentreIndexFile,
  actasCentresFile,
  actasSheetsFile,
  actasStatesFile,
  venezuelaStatesFile,
} from "../../src/data/actas-schemas.ts";
import { problemsFromZod, type DataProblem } from "../../src/data/issues.ts";
import { filesIn } from "./files-in.ts";

export interface ActasCheck {
  /** False when DIR has no actas/ folder at all. */
  present: boolean;
  files: number;
  problems: DataProblem[];
}

export function checkActasDir(dir: string): ActasCheck {
  if (!existsSync(join(dir, "actas"))) return { present: false, files: 0, problems: [] };
  const problems: DataProblem[] = [];

  function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    let text: string;
    try {
      text = readFileSync(join(dir, file), "utf8");
    } catch {
      problems.push({ code: "schema", file, path: "$", message: `the file is missing from ${dir}` });
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        code: "schema",
        file,
        path: "$",
        message: `is not valid JSON (truncated?): ${reason}`,
      });
      return undefined;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }

  const byState = <S extends z.ZodType>(name: (state: string) => string, schema: S) =>
    new Map(
      ACTAS_STATES.flatMap(({ code }) => {
        const content = read(name(code), schema);
        return content === undefined ? [] : [[code, content] as const];
      }),
    );

  const expected = new Set<string>([actasFileName.states, actasFileName.shapes, actasFileName.centreIndex]);
  for (const { code } of ACTAS_STATES) {
    for (const name of [actasFileName.areas, actasFileName.centres, actasFileName.sheets])
      expected.add(name(code));
  }
  const present = filesIn(join(dir, "actas")).map((path) => `actas/${path}`);
  for (const file of present.filter((path) => !expected.has(path))) {
    const state = /\/(\d+)\.json$/.exec(file)?.[1];
    const message = state
      ? `"${state}" is not one of the 24 states, so the build makes no such file`
      : "is not a file the build makes (npm run actas:build)";
    problems.push({ code: "reference", file, path: "$", message });
  }

  const dataset = {
    states: read(actasFileName.states, actasStatesFile),
    shapes: read(actasFileName.shapes, venezuelaStatesFile),
    centreIndex: read(actasFileName.centreIndex, actasCentreIndexFile),
    areas: byState(actasFileName.areas, actasAreasFile),
    centres: byState(actasFileName.centres, actasCentresFile),
    sheets: byState(actasFileName.sheets, actasSheetsFile),
  };
  // Rules across files need every file whole; a schema problem is reported on its own first.
  const whole = (m: ReadonlyMap<string, unknown>) => m.size === ACTAS_STATES.length;
  const { states, shapes, centreIndex, areas, centres, sheets } = dataset;
  if (states && shapes && centreIndex && whole(areas) && whole(centres) && whole(sheets)) {
    problems.push(
      ...checkActas({ states, shapes, centreIndex, areas, centres, sheets } satisfies ActasDataset),
    );
  }
  return { present: true, files: present.length, problems };
}
