/**
 * The network faked at the fetch boundary: data files are served from public/data, and a
 * test can replace any file's response (a 404, a truncated body, a slow server).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { vi } from "vitest";

export type Override = Response | (() => Response | Promise<Response>);

export function readDataFile(file: string): string {
  return readFileSync(resolve(__dirname, "../public/data", file), "utf8");
}

export function serveData(overrides: Record<string, Override> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    // The path under data/: "events.json", or "actas/areas/17.json" for the tally sheets.
    const file = url.pathname.split("/data/").pop() ?? "";
    const override = overrides[file];
    if (override) return typeof override === "function" ? override() : override.clone();
    try {
      return new Response(readDataFile(file), { headers: { "content-type": "application/json" } });
    } catch {
      return new Response("not found", { status: 404 });
    }
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}
