/**
 * Code that runs inside the page. `installProbes` is added as an init script, so it watches
 * the DOM from the first byte: each milestone is the moment its condition first holds, then
 * the next paint: an animation frame, then a task posted from it, which runs once that frame
 * has been rendered (the usual "after next paint" measure; two frames would add up to a frame
 * more than the paint took). Times are ms from navigation start.
 * These functions are serialised by Playwright: they must not use anything outside themselves
 * (the interactions use the helpers that `installProbes` leaves on `window.__bench`).
 */

/** @param {{ tallies: { id: string, figure: string | null }[] }} config */
export function installProbes(config) {
  const found = {};
  const times = {};
  /** Calls `then` with the time just after the next frame has been painted. */
  const afterPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  const conditions = {
    // Every country shape drawn, each with its stance fill (an inline style or a fill attribute).
    map: () => {
      const paths = document.querySelectorAll("path.rsm-geography");
      return paths.length > 100 && [...paths].every((p) => p.style.fill || p.getAttribute("fill"));
    },
    // Both compared tallies' regions show their figures: the one named, or any vote count.
    tallies: () =>
      config.tallies.length > 0 &&
      config.tallies.every(({ id, figure }) => {
        const text = document.querySelector(`section[aria-labelledby="tally-${id}"]`)?.textContent ?? "";
        return figure ? text.includes(figure) : /\d{1,3}(?:,\d{3})+/.test(text);
      }),
    // The timeline list with its entries (React commits the whole list at once).
    timeline: () => !!document.querySelector('ol[aria-label="Timeline"] li li'),
    // The tally sheets' first view: the 24 states drawn as links (issue 15).
    actas: () => document.querySelectorAll("#actas-state-map a").length >= 24,
  };
  // Every task over 50 ms, for the goal that none happens while the tally sheets are used.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task timing in this browser: the figure is reported missing.
  }
  const check = () => {
    for (const [name, holds] of Object.entries(conditions)) {
      if (!found[name] && holds()) {
        found[name] = performance.now();
        afterPaint((time) => (times[name] = time));
      }
    }
  };
  const observer = new MutationObserver(() => {
    check();
    if (Object.keys(conditions).every((name) => found[name])) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });

  /** The time from `act()` to the paint after `changed()` first holds (null after 60 s). */
  const timeUntil = (act, changed) =>
    new Promise((resolve) => {
      const start = performance.now();
      act();
      const poll = () => {
        if (performance.now() - start > 60_000) return resolve(null);
        if (changed()) afterPaint((end) => resolve(end - start));
        else requestAnimationFrame(poll);
      };
      poll();
    });
  /** The timeline's search box by its role (searchbox), or a text box labelled "Search…". */
  const searchBox = () => {
    const panel = document.querySelector('section[aria-labelledby="timeline-heading"]') ?? document;
    const box =
      panel.querySelector('input[type="search"], [role="searchbox"]') ??
      [...panel.querySelectorAll('input[type="text"]')].find((el) =>
        /search/i.test(el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? ""),
      );
    return { panel, box };
  };
  window.__bench = { found, times, timeUntil, searchBox, longTasks };
}

/** Click a country (preferring `label`) and wait for its details heading. */
export function clickCountry(preferred) {
  const target =
    document.querySelector(`path[aria-label="${preferred}"]`) ??
    document.querySelector('path.rsm-geography[role="button"]:not([aria-pressed="true"])');
  if (!target) return Promise.resolve(null);
  const name = target.getAttribute("aria-label").split(":")[0];
  const shown = () =>
    [...document.querySelectorAll("section h3")].some((h) => h.textContent?.trim() === name);
  if (shown()) return Promise.resolve(null);
  return window.__bench.timeUntil(
    () => target.dispatchEvent(new MouseEvent("click", { bubbles: true })),
    shown,
  );
}

/** Press ArrowRight on the "Stances as of" slider and wait for the map to recolour. */
export function stepDate() {
  const slider = [...document.querySelectorAll('input[type="range"]')].find((el) =>
    /Stances as of/.test(el.labels?.[0]?.textContent ?? ""),
  );
  if (!slider) return Promise.resolve(null);
  slider.focus();
  const fills = () => [...document.querySelectorAll("path.rsm-geography")].map((p) => p.style.fill).join();
  const before = { fills: fills(), text: slider.getAttribute("aria-valuetext") };
  const key = { key: "ArrowRight", code: "ArrowRight", bubbles: true, cancelable: true };
  return window.__bench.timeUntil(
    () => slider.dispatchEvent(new KeyboardEvent("keydown", key)),
    // A recoloured map, or (when the step changes only bodies off the map) the committed date.
    () => fills() !== before.fills || slider.getAttribute("aria-valuetext") !== before.text,
  );
}

/** Type `text` into the timeline's search box (one input event) and wait for the list to change. */
export function searchTimeline(text) {
  const { panel, box } = window.__bench.searchBox();
  if (!box) return Promise.resolve("no-search-box");
  const status = () => panel.querySelector('p[role="status"]')?.textContent ?? "";
  const items = () => panel.querySelectorAll('ol[aria-label="Timeline"] li li').length;
  const before = { status: status(), items: items() };
  // React tracks an input's value; set it through the native setter so onChange sees the change.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  return window.__bench.timeUntil(
    () => {
      box.focus();
      setValue.call(box, text);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    },
    () => status() !== before.status || items() !== before.items,
  );
}

/** Empty the search box again (not timed) so the next sample starts from the full list. */
export function clearSearch() {
  const { box } = window.__bench.searchBox();
  if (!box) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(box, "");
  box.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Paint and byte figures from the browser's own timing entries (encodedBodySize is gzip). */
export function loadFigures() {
  const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
  const resources = performance.getEntriesByType("resource");
  const bytes = (ext, before) =>
    resources
      .filter((r) => new URL(r.name).pathname.endsWith(ext) && (before == null || r.responseEnd <= before))
      .reduce((sum, r) => sum + r.encodedBodySize, 0);
  const mark = performance.getEntriesByName("map-ready", "mark")[0]?.startTime ?? null;
  return {
    fcp,
    mapMark: mark,
    jsBeforeFcp: bytes(".js", fcp),
    cssBeforeFcp: bytes(".css", fcp),
    jsTotal: bytes(".js"),
    cssTotal: bytes(".css"),
    dataTotal: bytes(".json"),
  };
}

/** Click a state on the tally sheets' map and wait for the table of its municipalities. */
export function drillDown(state) {
  const link = document.querySelector(`#actas-state-map a[aria-label^="${state}:"]`);
  if (!link) return Promise.resolve(null);
  const panel = document.querySelector('section[aria-labelledby="actas-heading"]');
  const shown = () =>
    [...(panel?.querySelectorAll("caption") ?? [])].some((c) =>
      c.textContent?.startsWith(`Municipalities of ${state}`),
    );
  if (shown()) return Promise.resolve(null);
  return window.__bench.timeUntil(
    () => link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })),
    shown,
  );
}

/** Type `text` into the tally sheets' centre search (one input event) and wait for the matches to change. */
export function searchCentres(text) {
  const box = document.getElementById("actas-search-input");
  const section = box?.closest("section");
  if (!box || !section) return Promise.resolve("no-search-box");
  const listed = () => [...section.querySelectorAll("p, li")].map((el) => el.textContent).join("|");
  const before = listed();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  return window.__bench.timeUntil(
    () => {
      box.focus();
      setValue.call(box, text);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    },
    // The list of matches changed and no longer says it is loading.
    () => listed() !== before && !/Loading/.test(listed()),
  );
}

/** The longest task (ms) since `start`, or 0 when none was over 50 ms; null without long-task timing. */
export function longestTaskSince(start) {
  if (!PerformanceObserver.supportedEntryTypes?.includes("longtask")) return null;
  return window.__bench.longTasks
    .filter((t) => t.start >= start)
    .reduce((max, t) => Math.max(max, t.duration), 0);
}
