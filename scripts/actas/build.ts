/**
 * `npm run actas:build` derives public/data/actas/ from the sources in data/actas/ (the two
 * tally-sheet compilations, the crosswalk of names to CNE codes and the state boundaries; see
 * data/actas/README.md) and rewrites the folder: files the build no longer makes are removed.
 * tests/actas-build.test.ts fails when the committed folder is not what this makes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { read } from "shapefile";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import {
  actasCentreIndexFile,
  actasCentresFile,
  actasCompilationsFile,
  actasAreasFile,
  actasSheetsFile,
  actasStatesFile,
  venezuelaStatesFile,
} from "../../src/data/actas-schemas.ts";
import { parseCrosswalk } from "./crosswalk.ts";
import { actasDataFiles, type ActasSources } from "./files.ts";
import { venezuelaStates, type BoundaryProperties } from "./shapes.ts";
import {
  BOUNDARIES,
  CAMPAIGN_CSV,
  CENTRE_CSV,
  CROSSWALK_CSV,
  parseCampaignCsv,
  parseCentreCsv,
} from "./sources.ts";

export const ACTAS_OUT = "public/data/actas";

export function readSources(): ActasSources {
  const text = (file: string) => readFileSync(file, "utf8");
  return {
    campaign: parseCampaignCsv(text(CAMPAIGN_CSV)),
    centre: parseCentreCsv(text(CENTRE_CSV)),
    crosswalk: parseCrosswalk(text(CROSSWALK_CSV), CROSSWALK_CSV),
  };
}

export async function readBoundaries() {
  const collection = await read(`${BOUNDARIES}.shp`, `${BOUNDARIES}.dbf`, { encoding: "utf-8" });
  return collection as FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>;
}

/** Each file's schema: the build writes nothing its own contract would refuse. */
function schemaFor(path: string) {
  if (path === "states.json") return actasStatesFile;
  if (path === "centre-index.json") return actasCentreIndexFile;
  if (path === "compilations.json") return actasCompilationsFile;
  if (path === "venezuela-states.json") return venezuelaStatesFile;
  if (path.startsWith("areas/")) return actasAreasFile;
  if (path.startsWith("centres/")) return actasCentresFile;
  if (path.startsWith("sheets/")) return actasSheetsFile;
  throw new Error(`no schema for ${path}`);
}

/** Every derived file's text, by its path under public/data/actas/. */
export async function actasFiles(): Promise<Map<string, string>> {
  const files = actasDataFiles(readSources());
  files.set("venezuela-states.json", venezuelaStates(await readBoundaries()));
  const texts = new Map<string, string>();
  for (const [path, json] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const result = schemaFor(path).safeParse(json);
    if (!result.success) throw new Error(`${path}: ${result.error.issues[0]?.message ?? "invalid"}`);
    texts.set(path, `${JSON.stringify(json)}\n`);
  }
  return texts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = await actasFiles();
  rmSync(ACTAS_OUT, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(ACTAS_OUT, path)), { recursive: true });
    writeFileSync(join(ACTAS_OUT, path), text);
  }
  console.log(`actas:build: wrote ${files.size} files to ${ACTAS_OUT}`);
}
