/**
 * A Web Worker that fetches and checks the tally-sheet files, so that checking a big one
 * (a state's centres, the country's 11,852 centres: 150–250 ms at 4x CPU, measured with
 * `npm run bench`) never holds up the page. It answers with the file, or with the DataError's
 * parts, which the page makes into a DataError again (a class does not cross to the page).
 */
import { foldName } from "./actas-areas";
import type { ActasFiles, ActasKind } from "./actas-files";
import { DataError, fetchJson, type ParseRules } from "./fetch-json";

export interface ActasRequest {
  id: number;
  kind: ActasKind;
  file: string;
  base: string;
}

export type ActasAnswer =
  | { id: number; ok: true; file: unknown; folded?: string[] }
  | {
      id: number;
      ok: false;
      error: {
        kind: DataError["kind"];
        file: string;
        message: string;
        problems: DataError["problems"];
        status?: number;
      };
    };

/**
 * The centres' names folded for the search, made here too: folding the country's 11,852 names
 * takes about 15 ms on a fast machine, a long task on a phone.
 */
function foldedNames(kind: ActasKind, file: unknown): string[] | undefined {
  if (kind === "centreIndex")
    return (file as ActasFiles["centreIndex"]).centres.map(([, name]) => foldName(name));
  if (kind === "centres")
    return (file as ActasFiles["centres"]).centres.map((centre) => foldName(centre.name));
  return undefined;
}

const answer = (message: ActasAnswer) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<ActasRequest>) => {
  const { id, kind, file, base } = event.data;
  const rules = () =>
    import("./actas-rules").then((module) => module.actasRules[kind] as unknown as ParseRules<unknown>);
  const failed = (error: unknown) =>
    answer({
      id,
      ok: false,
      error:
        error instanceof DataError
          ? {
              kind: error.kind,
              file: error.file,
              message: error.message,
              problems: error.problems,
              status: error.status,
            }
          : { kind: "invalid", file, message: `Could not read ${file}.`, problems: [] },
    });
  // "auto", not "low": a worker has no idle time for whenIdle to wait for, and the panel asks for
  // these files only after the first paint.
  fetchJson(file, rules, undefined, "auto", base)
    .then((loaded) => answer({ id, ok: true, file: loaded.file, folded: foldedNames(kind, loaded.file) }))
    // A failure after the file was checked (folding, sending it) is still an answer: the page never waits forever.
    .catch(failed);
});
