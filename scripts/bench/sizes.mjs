/**
 * Gzip sizes of a production build, read from its files: what index.html loads up front
 * (entry script, module preloads, stylesheets) and everything else. Gzip bytes are stable to
 * the byte between runs, unlike timings, which is why the budget check gates on them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzip level 9, as the bench server sends it; hosts differ by a few per cent. */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The local files index.html references as scripts, module preloads and stylesheets. */
export function upFrontFiles(distDir) {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /^<script/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+)"/.exec(tag)?.[1])
    .filter((ref) => ref && !/^[a-z]+:/i.test(ref));
  return refs.map((ref) => resolve(distDir, ref.replace(/^\//, "")));
}

/**
 * Sizes in gzip bytes: `upFront` and `total` for JS and CSS; `allAssets` for every file but
 * the dataset under data/ (which grows with each fact added, and is fetched, never bundled).
 */
export function buildSizes(distDir) {
  const dir = resolve(distDir);
  const files = walk(dir).map((path) => ({ path, ext: extname(path), gzip: gzipSize(path) }));
  const upFront = new Set(upFrontFiles(dir));
  const sum = (filter) => files.filter(filter).reduce((total, f) => total + f.gzip, 0);
  const at = (path) => (f) => relative(dir, f.path).replaceAll("\\", "/") === path;
  const under = (folder) => (f) => relative(dir, f.path).replaceAll("\\", "/").startsWith(folder);
  const largest = (filter) => Math.max(0, ...files.filter(filter).map((f) => f.gzip));
  return {
    upFrontJs: sum((f) => upFront.has(f.path) && f.ext === ".js"),
    upFrontCss: sum((f) => upFront.has(f.path) && f.ext === ".css"),
    totalJs: sum((f) => f.ext === ".js"),
    totalCss: sum((f) => f.ext === ".css"),
    allAssets: sum((f) => !relative(dir, f.path).startsWith("data/")),
    data: sum((f) => relative(dir, f.path).startsWith("data/")),
    // The tally-sheet panel (issue 15): its code, and its files by when they load.
    actasPanelJs: sum((f) => /^actas-(panel|rules|load)-.*\.js$/.test(relative(join(dir, "assets"), f.path))),
    actasWorkerJs: sum((f) => /^actas-worker-.*\.js$/.test(relative(join(dir, "assets"), f.path))),
    actasWithPanel: sum((f) => at("data/actas/states.json")(f) || at("data/actas/venezuela-states.json")(f)),
    actasStateFile: largest((f) =>
      ["areas", "centres", "sheets"].some((kind) => under(`data/actas/${kind}/`)(f)),
    ),
    actasCentreIndex: sum(at("data/actas/centre-index.json")),
    actasCompilations: sum(at("data/actas/compilations.json")),
    files: files
      .map((f) => ({ file: relative(dir, f.path), gzip: f.gzip, upFront: upFront.has(f.path) }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}
