/**
 * The fault matrix, in a real browser against the production build: each of the six data files
 * is made to fail in each way a server or an editor can break it, and the dashboard must name
 * the fault in plain words inside the panels that file feeds, keep every other panel working,
 * and recover on Retry without a reload.
 *
 * The fixture's watchers stay on: an uncaught error, a CSP violation, a request elsewhere or any
 * console error fails a test. The one tolerated console error is Chromium's own "Failed to load
 * resource" line for the status a test injects, and only for the file it broke.
 */
import type { Locator, Page, Route } from "@playwright/test";
import { expect, expectConsoleErrors, scrollThrough, test } from "./fixtures";

// Each test opens its own page and breaks one file, so they can run side by side.
test.describe.configure({ mode: "parallel", timeout: 60_000 });

type DataFile = "sources" | "actors" | "stances" | "tallies" | "events" | "disagreements";
type PanelKey = "recognition" | "counts" | "timeline";

/**
 * The panels and the files each one loads (the `useDataFiles` call in its feature component:
 * stance-panel.tsx, tally-panel.tsx, timeline-panel.tsx). A file's fault concerns exactly the
 * panels that load it; `content` is what the panel shows when its data is there.
 */
const PANELS: Record<PanelKey, { name: string; files: DataFile[]; content: (panel: Locator) => Locator }> = {
  recognition: {
    name: "Recognition",
    files: ["actors", "stances", "sources"],
    content: (panel) => panel.getByRole("table", { name: /Stances as of/ }),
  },
  counts: {
    name: "The counts",
    files: ["tallies", "sources", "disagreements"],
    content: (panel) => panel.getByRole("region", { name: /CNE.*2 Aug 2024/i }),
  },
  timeline: {
    name: "What happened",
    files: ["events", "stances", "tallies", "actors", "sources", "disagreements"],
    content: (panel) => panel.getByRole("list", { name: "Timeline" }),
  },
};
const PANEL_KEYS = Object.keys(PANELS) as PanelKey[];

const FILES: DataFile[] = ["sources", "actors", "stances", "tallies", "events", "disagreements"];

type Json = Record<string, unknown>;
type Citation = { publisher: string };
type Cited = { citations: Citation[] };

/** Files whose records carry citations (checked in public/data), and the first citation of each. */
const FIRST_CITATION: Partial<Record<DataFile, (json: Json) => Citation>> = {
  stances: (json) => (json.stances as Cited[])[0]!.citations[0]!,
  tallies: (json) => (json.tallies as Cited[])[0]!.citations[0]!,
  events: (json) => (json.events as Cited[])[0]!.citations[0]!,
  disagreements: (json) => (json.disagreements as { claims: Cited[] }[])[0]!.claims[0]!.citations[0]!,
  // sources.json and actors.json carry no citations: "cites an unknown source" does not apply to them.
};

const SLOW_MS = 10_000;
/**
 * A hang guard. A 500 is tried twice more (after 0.5 s and 1.5 s, src/data/retry-policy.ts)
 * before the panel says it failed; a 404, a truncated or a wrong-shaped file is said at once.
 */
const ALERT_TIMEOUT = 15_000;

const panelsFed = (file: DataFile) => PANEL_KEYS.filter((key) => PANELS[key].files.includes(file));
const panelsNotFed = (file: DataFile) => PANEL_KEYS.filter((key) => !PANELS[key].files.includes(file));
const region = (page: Page, key: PanelKey) =>
  page.getByRole("region", { name: PANELS[key].name, exact: true });
const content = (page: Page, key: PanelKey) => PANELS[key].content(region(page, key));
const routeOf = (file: DataFile) => `**/data/${file}.json`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The server's real file, changed by `edit` on its way to the page. */
async function fulfilEdited(route: Route, edit: (json: Json) => void) {
  const response = await route.fetch();
  const json = (await response.json()) as Json;
  edit(json);
  await route.fulfill({ response, json });
}

/** The page is whole: the header is there (never a blank page) and these panels show their data. */
async function expectWorking(page: Page, keys: PanelKey[], timeout = ALERT_TIMEOUT) {
  await expect(page.getByRole("heading", { level: 1, name: /Venezuela 2024/ })).toBeVisible();
  for (const key of keys)
    await expect(content(page, key), `${PANELS[key].name} shows its data`).toBeVisible({ timeout });
}

/** The faults that stop a file from loading, and what the reader is told (src/i18n/messages/common.ts). */
const ERRORS: {
  fault: string;
  inject: (route: Route) => Promise<void>;
  message: (file: string) => string;
  /** Chromium's own console line for a failed status, tolerated for the broken file only. */
  status?: number;
  /** How many times the page asks for the file: only a server's failure may pass, and is retried. */
  requests: number;
}[] = [
  {
    fault: "is missing (404)",
    inject: (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" }),
    message: (file) => `The data file ${file} was not found on the server.`,
    status: 404,
    requests: 1,
  },
  {
    fault: "fails on the server (500)",
    inject: (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "oops" }),
    message: (file) => `The server failed to send ${file} (error 500).`,
    status: 500,
    requests: 3,
  },
  {
    fault: "arrives truncated (first half of the file)",
    inject: async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    },
    message: (file) => `The data file ${file} is damaged: it is not complete, valid JSON.`,
    requests: 1,
  },
  {
    fault: "has the wrong shape",
    inject: (route) => route.fulfill({ json: { schemaVersion: 1 } }),
    message: (file) => `The data file ${file} does not match the expected format.`,
    requests: 1,
  },
];

for (const name of FILES) {
  const file = `${name}.json`;
  const fed = panelsFed(name);
  const others = panelsNotFed(name);

  test.describe(`${file} (feeds ${fed.map((key) => PANELS[key].name).join(", ")})`, () => {
    for (const { fault, inject, message, status, requests } of ERRORS) {
      test(`${fault}: the panels it feeds say so with Retry, the rest work, Retry recovers`, async ({
        page,
      }) => {
        const withdraw = status
          ? expectConsoleErrors(page, new RegExp(`^Failed to load resource: .*status of ${status}\\b`), {
              url: new RegExp(`/data/${escape(file)}$`),
            })
          : () => undefined;
        let asked = 0;
        await page.route(routeOf(name), (route) => {
          asked++;
          return inject(route);
        });
        await page.goto("./");

        for (const key of fed) {
          const alert = region(page, key)
            .getByRole("alert")
            .filter({ hasText: message(file) });
          await expect(alert, `${PANELS[key].name} names ${file}`).toBeVisible({ timeout: ALERT_TIMEOUT });
          await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
          await expect(content(page, key)).toBeHidden();
        }
        await expectWorking(page, others);
        expect(asked, `${file} asked for ${requests} time(s)`).toBe(requests);

        // The server is fixed: Retry in the first panel concerned brings the data without a reload.
        withdraw();
        await page.unroute(routeOf(name));
        await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
        await region(page, fed[0]!).getByRole("button", { name: "Retry" }).click();
        await expect(content(page, fed[0]!)).toBeVisible({ timeout: ALERT_TIMEOUT });
        // The query is shared, so every panel it feeds recovers with it.
        await expectWorking(page, PANEL_KEYS);
        await expect(page.getByRole("alert")).toHaveCount(0);
        expect(
          await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
        ).toBe(true);
      });
    }

    test("has one invalid record: it is left out and named, the rest is shown", async ({ page }) => {
      let index = -1;
      await page.route(routeOf(name), (route) =>
        fulfilEdited(route, (json) => {
          // The file's main array (tallies.json also has `candidates`; its records are `tallies`).
          const records = json[name] as Json[];
          index = records.length - 1;
          delete records[index]!.id;
        }),
      );
      await page.goto("./");
      await expectWorking(page, PANEL_KEYS);
      for (const key of fed) {
        const alert = region(page, key).getByRole("alert");
        await expect(alert, `${PANELS[key].name} warns about ${file}`).toContainText(
          "1 invalid record was left out",
        );
        await expect(alert).toContainText(`${file} $.${name}[${index}]`);
      }
      for (const key of others) await expect(region(page, key).getByRole("alert")).toHaveCount(0);
    });

    const citation = FIRST_CITATION[name];
    if (citation) {
      test("cites a source that is not in sources.json: the reference is named, the rest is shown", async ({
        page,
      }) => {
        await page.route(routeOf(name), (route) =>
          fulfilEdited(route, (json) => {
            citation(json).publisher = "no-such-source";
          }),
        );
        await page.goto("./");
        await expectWorking(page, PANEL_KEYS);
        for (const key of fed) {
          const alert = region(page, key).getByRole("alert");
          await expect(alert, `${PANELS[key].name} warns about ${file}`).toContainText(
            "1 reference points to something missing from the data",
          );
          await expect(alert).toContainText(file);
          await expect(alert).toContainText('"no-such-source"');
        }
        for (const key of others) await expect(region(page, key).getByRole("alert")).toHaveCount(0);
      });
    }

    test(`is ${SLOW_MS / 1000} s slow: its panels say so, the rest show at once, then it arrives`, async ({
      page,
    }) => {
      await page.route(routeOf(name), async (route) => {
        await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
        // The page may be gone if the test already failed; that is not this handler's error.
        await route.continue().catch(() => undefined);
      });
      await page.goto("./");
      // The slow notice comes after 4 s (Loading in panel.tsx); panels that do not load this
      // file must not wait for it.
      const deadline = Date.now() + 8_000;
      const left = () => Math.max(1, deadline - Date.now());
      for (const key of fed) {
        const slow = region(page, key).getByRole("status").filter({ hasText: "taking longer than usual" });
        await expect(slow, `${PANELS[key].name} says it is slow`).toBeVisible({ timeout: left() });
      }
      await expectWorking(page, others, left());
      for (const key of fed) await expect(content(page, key)).toBeHidden();

      await expectWorking(page, PANEL_KEYS, SLOW_MS + 5_000);
      await expect(page.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
      await expect(page.getByRole("alert")).toHaveCount(0);
    });
  });
}

test("a missing file is said at once, stays said as the reader scrolls, and Retry loads it", async ({
  page,
}) => {
  expectConsoleErrors(page, /^Failed to load resource: .*status of 404\b/, { url: /\/data\/events\.json$/ });
  let asked = 0;
  let fixed = false;
  await page.route(routeOf("events"), async (route) => {
    asked++;
    if (fixed) await route.continue();
    else await route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" });
  });
  await page.goto("./");
  const timeline = region(page, "timeline");
  const said = timeline
    .getByRole("alert")
    .filter({ hasText: "The data file events.json was not found on the server." });
  await expect(said).toBeVisible({ timeout: ALERT_TIMEOUT });
  expect(asked, "a 404 is not asked for again").toBe(1);

  // The tally sheets' list of sources reads events.json too, and is drawn only as the reader
  // comes near it: it must find the failure, not load the file again and send the timeline
  // back to "Loading".
  const actas = page.getByRole("region", { name: "The tally sheets", exact: true });
  await scrollThrough(region(page, "counts"));
  await scrollThrough(actas);
  await expect(actas.getByText("Where the sheets come from")).toBeVisible();
  await scrollThrough(timeline);
  await expect(said).toBeVisible();
  await expect(timeline.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
  expect(asked, "no panel drawn later asked for it again").toBe(1);

  // The server is fixed: Retry brings the file, in the same place.
  fixed = true;
  await said.getByRole("button", { name: "Retry" }).click();
  await expect(content(page, "timeline")).toBeVisible({ timeout: ALERT_TIMEOUT });
  await expect(timeline.getByRole("alert")).toHaveCount(0);
  expect(asked).toBe(2);
});
