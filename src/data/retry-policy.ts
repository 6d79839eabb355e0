/**
 * The one retry policy for every data file, the query client's default (app/providers.tsx): a
 * failure that may pass (the server's 5xx, the network) is tried again twice, after 0.5 s and
 * 1.5 s; one that will come back the same (a 4xx such as a missing file, a damaged or invalid
 * file) is said at once. The panels say "trying again (2 of 3)" meanwhile (components/panel.tsx).
 */
import { DataError } from "./fetch-json";

/** Tries after the first. */
export const RETRIES = 2;

/** Only a server's failure has a status (fetch-json.ts): a 404 is "missing", another 4xx final. */
export const mayPass = (error: unknown) =>
  error instanceof DataError && (error.kind === "network" || error.status! >= 500);

/** `delays`: before the first retry, the second; tests pass shorter ones. */
export const retryPolicy = (delays: readonly number[] = [500, 1500]) => ({
  retry: (failures: number, error: unknown) => failures < RETRIES && mayPass(error),
  retryDelay: (failures: number) => delays[failures] ?? 0,
});
