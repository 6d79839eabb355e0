/**
 * One measured visit in a fresh browser context: load with the CPU slowed through the
 * DevTools protocol, wait for the milestones, read paint, byte and heap figures, then time
 * the interactions a few times each.
 */
import * as probes from "./probes.mjs";

/** Roughly a mid-range phone, as Lighthouse's mobile preset emulates one. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
// The synthetic dataset takes close to a minute to render at 4x; a milestone later than this is reported missing.
const LOAD_TIMEOUT = 180_000;
/** Samples of each interaction per run, unless `--samples` says otherwise. */
const SAMPLES = 3;

/**
 * @param {import("playwright-core").Browser} browser
 * @param {{ url: string, cpu: number, samples?: number, app: boolean, tallies: { id: string, figure: string }[], search: string, click: string }} opts
 */
export async function runOnce(browser, opts) {
  const samples = opts.samples ?? SAMPLES;
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: opts.cpu });
    await cdp.send("Performance.enable");
    await page.addInitScript(probes.installProbes, { tallies: opts.tallies });
    await page.goto(opts.url, { waitUntil: "load" });

    const result = {
      load: {},
      interactions: { click: [], date: [], search: [], drillCold: [], drill: [], centre: [] },
      busy: { click: [], date: [], search: [], drillCold: [], drill: [], centre: [] },
    };
    // A probe's time to the paint, and the main thread's busy time meanwhile (CDP's
    // TaskDuration), which varies less from run to run: the paint waits on frames and on the
    // scheduler too, and the same build measured against itself came out up to 1.44x slower.
    const busyMs = async () =>
      ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ??
        0) * 1000;
    const probe = async (kind, fn, arg) => {
      const before = await busyMs();
      const time = await page.evaluate(fn, arg);
      if (typeof time === "number") result.busy[kind].push((await busyMs()) - before);
      return time;
    };
    if (opts.app) {
      await page
        .waitForFunction(() => ["map", "tallies", "timeline"].every((k) => window.__bench.times[k]), null, {
          timeout: LOAD_TIMEOUT,
          polling: 250,
        })
        .catch(() => undefined); // a milestone that never comes is reported as missing, not fatal
      Object.assign(result.load, await page.evaluate(() => window.__bench.times));
    } else {
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    }
    await page.waitForTimeout(500); // let lazy chunks requested at load finish, so totals are complete
    Object.assign(result.load, await page.evaluate(probes.loadFigures));
    // Garbage first, so the heap is what the page keeps, not what loading left behind.
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    result.load.heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;

    if (opts.app) {
      // Search first, while the list is whole: a selected country would also filter it.
      for (let i = 0; i < samples; i++) {
        const time = await probe("search", probes.searchTimeline, opts.search);
        result.interactions.search.push(typeof time === "number" ? time : null);
        await page.evaluate(probes.clearSearch);
        await page.waitForTimeout(300);
      }
      for (let i = 0; i < samples; i++) {
        // Alternate the named country and another one, so every click opens new details.
        const label = i % 2 === 0 ? opts.click : "";
        result.interactions.click.push(await probe("click", probes.clickCountry, label));
      }
      for (let i = 0; i < samples; i++) result.interactions.date.push(await probe("date", probes.stepDate));
      const sheets = await tallySheets(page, samples, probe);
      if (sheets) {
        Object.assign(result.interactions, sheets.interactions);
        result.load.actas = sheets.ready;
        result.load.actasLongestTask = sheets.longest;
        result.load.actasScrollLongestTask = sheets.firstLongest;
      }
    }
    return result;
  } finally {
    await context.close();
  }
}

// Two states whose files differ in size (Zulia has the most sheets), clicked in turn.
const STATES = ["Sucre", "Zulia"];
const CENTRE_QUERIES = ["escuela", "liceo", "unidad"];

/**
 * The tally sheets (issue 15): a drill-down click to the state's table painted, first with its
 * file still to fetch, then with it cached; a key press in the centre search to the matches
 * painted (after one untimed search has loaded the index); and the longest task meanwhile.
 */
async function tallySheets(page, samples, probe) {
  const interactions = { drillCold: [], drill: [], centre: [] };
  // The panel asks for its files when it nears the screen: its first view is timed from the scroll.
  const start = await page.evaluate(() => {
    document.getElementById("actas-heading")?.scrollIntoView();
    return performance.now();
  });
  // The panels passed on the way (skipped by the browser until then) take their size as the
  // heading arrives and can push it below the screen again, where the panel waits for the
  // reader: the heading is brought back, as a reader scrolling there would, until it is drawn.
  let drawn = false;
  for (let i = 0; i < 120 && !drawn; i++) {
    drawn = await page
      .waitForFunction(() => window.__bench.times.actas, null, { timeout: 500, polling: 100 })
      .then(() => true)
      .catch(() => false);
    if (!drawn) await page.evaluate(() => document.getElementById("actas-heading")?.scrollIntoView());
  }
  if (!drawn) return null; // a dataset without the tally sheets (the synthetic one)
  const drawnAt = await page.evaluate(() => window.__bench.times.actas);
  const ready = drawnAt - start;
  // The way there passes the counts' charts, which draw as they near the screen: the longest
  // task of the scroll is reported apart, as it is not all the panel's.
  const firstLongest = await page.evaluate(probes.longestTaskSince, start);
  for (const state of STATES) interactions.drillCold.push(await probe("drillCold", probes.drillDown, state));
  for (let i = 0; i < samples; i++)
    interactions.drill.push(await probe("drill", probes.drillDown, STATES[i % STATES.length]));
  // Back to the country through the breadcrumbs: the search then runs over the 11,852 centres of the index.
  await page.evaluate(() =>
    document
      .querySelector('nav[aria-label="Where you are in the tally sheets"] a')
      ?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })),
  );
  await page.waitForTimeout(500);
  await page.evaluate(probes.searchCentres, "a"); // loads the index; not timed
  await page.waitForTimeout(500);
  for (let i = 0; i < samples; i++) {
    // In turn, so that each differs from the one before and changes the matches.
    const text = CENTRE_QUERIES[i % CENTRE_QUERIES.length];
    const time = await probe("centre", probes.searchCentres, text);
    interactions.centre.push(typeof time === "number" ? time : null);
  }
  const longest = await page.evaluate(probes.longestTaskSince, drawnAt);
  return { interactions, longest, firstLongest, ready };
}
