/** One queryOptions factory per data file: key and fetcher stay together. */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson, type Loaded, type ParseRules } from "./fetch-json";
import { fileNameOf, type DataFileName } from "./files";
import type { Dataset } from "./integrity";
import type { DataProblem } from "./issues";

// zod, the schemas and the cross-file checks are a chunk of their own: requested with the
// first file, they download alongside the data instead of delaying the first paint.
let checkIntegrity: typeof import("./file-schemas").checkIntegrity | undefined;
const rulesFor = (name: DataFileName) =>
  import("./file-schemas").then((module) => {
    checkIntegrity = module.checkIntegrity;
    return { ...module.fileSchemas[name], parse: module.parseLeniently } as ParseRules<unknown>;
  });

/**
 * The cross-file checks (integrity.ts) over the files loaded so far. Their code arrives before
 * any file does (each file waits for it), so whenever there is data to check, they are here.
 * Three panels ask after every file that arrives; the answer for the same files is kept.
 */
const checked = new Map<string, { files: unknown[]; problems: DataProblem[] }>();

export function checkLoaded(data: Partial<Dataset>): DataProblem[] {
  if (!checkIntegrity) return [];
  const names = Object.keys(data).sort() as (keyof Dataset)[];
  const files = names.map((name) => data[name]);
  const key = names.join();
  const last = checked.get(key);
  if (last && last.files.every((file, i) => file === files[i])) return last.problems;
  const problems = checkIntegrity(data);
  checked.set(key, { files, problems });
  return problems;
}

// The map, first on screen, needs these three; the others wait behind them for a connection
// (a browser opens only six to one host over HTTP/1.1, and the map's code needs one too).
const MAP_FILES: readonly DataFileName[] = ["stances", "actors", "sources"];

export function loadedFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({
    queryKey: ["data", name] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        fileNameOf(name),
        () => rulesFor(name),
        signal,
        MAP_FILES.includes(name) ? "high" : "low",
      ) as Promise<Loaded<Dataset[N]>>,
    // The files are static for the life of the page.
    staleTime: Infinity,
  });
}

/** The file itself. */
export function dataFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({ ...loadedFileQuery(name), select: (loaded: Loaded<Dataset[N]>) => loaded.file });
}
