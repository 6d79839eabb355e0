/**
 * The tally-sheet part of `npm run data:check`: reads DIR/actas/, validates each file with its
 * schema (src/data/actas-schemas.ts), then runs the rules across files (src/data/actas-checks.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { ACTAS_STATES } from "../../src/data/actas-areas.ts";
import { actasFileName, checkActas, type ActasDataset } from "../../src/data/actas-checks.ts";
import {
  actasAreasFile,
  actasCentreIndexFile,
  actasCentresFile,
  actasCompilationsFile,
  actasSheetsFile,
  actasStatesFile,
  venezuelaStatesFile,
} from "../../src/data/actas-schemas.ts";
import type { DataProblem } from "../../src/data/issues.ts";
import { readDataFile } from "../read-data-file.ts";
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

  const read = <S extends z.ZodType>(file: string, schema: S) => readDataFile(dir, file, schema, problems);

  const byState = <S extends z.ZodType>(name: (state: string) => string, schema: S) =>
    new Map(
      ACTAS_STATES.flatMap(({ code }) => {
        const content = read(name(code), schema);
        return content === undefined ? [] : [[code, content] as const];
      }),
    );

  const expected = new Set<string>([
    actasFileName.states,
    actasFileName.shapes,
    actasFileName.centreIndex,
    actasFileName.compilations,
  ]);
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
    compilations: read(actasFileName.compilations, actasCompilationsFile),
    areas: byState(actasFileName.areas, actasAreasFile),
    centres: byState(actasFileName.centres, actasCentresFile),
    sheets: byState(actasFileName.sheets, actasSheetsFile),
  };
  // Rules across files need every file whole; a schema problem is reported on its own first.
  const whole = (m: ReadonlyMap<string, unknown>) => m.size === ACTAS_STATES.length;
  const { states, shapes, centreIndex, compilations, areas, centres, sheets } = dataset;
  if (states && shapes && centreIndex && compilations && whole(areas) && whole(centres) && whole(sheets)) {
    problems.push(
      ...checkActas({
        states,
        shapes,
        centreIndex,
        compilations,
        areas,
        centres,
        sheets,
      } satisfies ActasDataset),
    );
  }
  return { present: true, files: present.length, problems };
}
