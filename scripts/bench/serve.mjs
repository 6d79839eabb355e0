/**
 * A small static server for a production build: gzip like a typical host (and like `vite
 * preview`), so byte counts and load times match what readers download. No dependencies.
 * `dataDir`, when given, is served at /data/ in place of the build's own data folder.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg"]);

function fileFor(root, dataDir, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  if (dataDir && path.startsWith("/data/")) return join(dataDir, path.slice("/data/".length));
  return join(root, path.endsWith("/") ? `${path}index.html` : path);
}

/** Starts serving `root` on 127.0.0.1:`port`; resolves to the server once it listens. */
export function serve(root, port, { dataDir } = {}) {
  const base = resolve(root);
  const data = dataDir ? resolve(dataDir) : undefined;
  const server = createServer((req, res) => {
    const file = fileFor(base, data, new URL(req.url ?? "/", "http://x").pathname);
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error("not a file");
      size = stat.size;
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const ext = extname(file);
    const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-store" };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    if (gzip) res.writeHead(200, { ...headers, "content-encoding": "gzip", vary: "accept-encoding" });
    else res.writeHead(200, { ...headers, "content-length": size });
    if (req.method === "HEAD") return res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok(server));
  });
}
