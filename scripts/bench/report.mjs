/**
 * Turns the runs into medians, ratios and goal verdicts (issue 8), and prints them as a
 * Markdown table that can be pasted into the README as it is.
 */

export function median(values) {
  const list = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}

const LOAD_KEYS = [
  "fcp",
  "map",
  "tallies",
  "timeline",
  "actas",
  "actasLongestTask",
  "actasScrollLongestTask",
  "heap",
  "jsBeforeFcp",
  "cssBeforeFcp",
  "jsTotal",
  "cssTotal",
];

/** Medians of one variant's runs; interaction samples are pooled over all runs. */
export function summarise(runs) {
  const load = Object.fromEntries(LOAD_KEYS.map((k) => [k, median(runs.map((r) => r.load[k]))]));
  // First render of the whole page: the last of the three panels to be ready.
  load.allReady = median(
    runs.map((r) => Math.max(r.load.map ?? NaN, r.load.tallies ?? NaN, r.load.timeline ?? NaN)),
  );
  const pooled = (name) => runs.flatMap((r) => r.interactions[name] ?? []);
  const interactions = Object.fromEntries(
    ["click", "date", "search", "drillCold", "drill", "centre"].map((k) => [k, median(pooled(k) ?? [])]),
  );
  const busy = Object.fromEntries(
    ["click", "date", "search", "drillCold", "drill", "centre"].map((k) => [
      k,
      median(runs.flatMap((r) => r.busy?.[k] ?? [])),
    ]),
  );
  return { load, interactions, busy };
}

const kB = (b) => (b == null ? "n/a" : `${(b / 1000).toFixed(1)} kB`);
const ms = (t) => (t == null ? "n/a" : `${Math.round(t)} ms`);
const MB = (b) => (b == null ? "n/a" : `${(b / 1e6).toFixed(1)} MB`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? "" : `${(a / b).toFixed(2)}x`);

/** Rows of [label, baseline, app, app/baseline, synthetic?, synthetic/app?]. */
export function tableRows({ base, app, synth, sizes, lighthouse }) {
  const rows = [];
  const row = (label, fmt, pick, vsBase = pick) => {
    const b = pick(base);
    const a = pick(app);
    const s = synth ? pick(synth) : undefined;
    rows.push([label, fmt(b), fmt(a), ratio(a, vsBase(base)), ...(synth ? [fmt(s), ratio(s, a)] : [])]);
  };
  const size = (key) => (v) => sizes[v === base ? "baseline" : "app"]?.[key];
  row("JS up front, gzip (build)", kB, size("upFrontJs"));
  row("CSS up front, gzip (build)", kB, size("upFrontCss"));
  row("JS + CSS loaded before first paint (network)", kB, (v) => v.load.jsBeforeFcp + v.load.cssBeforeFcp);
  row("JS, all chunks, gzip (build)", kB, size("totalJs"));
  row("JS + CSS loaded by the end of load (network)", kB, (v) => v.load.jsTotal + v.load.cssTotal);
  row("First contentful paint", ms, (v) => v.load.fcp);
  const vsFcp = (v) => v.load.fcp;
  row("Map ready (ratio to the blank page's first paint)", ms, (v) => v.load.map, vsFcp);
  row("Tallies ready", ms, (v) => v.load.tallies, vsFcp);
  row("Timeline ready", ms, (v) => v.load.timeline, vsFcp);
  row("All three panels ready", ms, (v) => v.load.allReady, vsFcp);
  row("Tally sheets: scrolled to → map drawn", ms, (v) => v.load.actas);
  row("Click a country → details painted", ms, (v) => v.interactions.click);
  row("Date step → map recoloured", ms, (v) => v.interactions.date);
  row("Type in timeline search → list updated", ms, (v) => v.interactions.search);
  row("Tally sheets: click a state → its table painted (file to fetch)", ms, (v) => v.interactions.drillCold);
  row("Tally sheets: click a state → its table painted (file cached)", ms, (v) => v.interactions.drill);
  row("Tally sheets: type in the centre search → matches painted", ms, (v) => v.interactions.centre);
  row("Tally sheets: longest task, scroll to them until drawn", ms, (v) => v.load.actasScrollLongestTask);
  row("Tally sheets: longest task while used (after drawn)", ms, (v) => v.load.actasLongestTask);
  row("JS heap after load (after GC)", MB, (v) => v.load.heap);
  for (const [key, label] of [
    ["performance", "Lighthouse mobile: performance"],
    ["accessibility", "Lighthouse: accessibility"],
    ["bestPractices", "Lighthouse: best practices"],
  ]) {
    if (!lighthouse) continue;
    const score = (v) => lighthouse[v === base ? "baseline" : v === app ? "app" : "synthetic"]?.[key];
    rows.push([
      label,
      `${score(base) ?? "n/a"}`,
      `${score(app) ?? "n/a"}`,
      "",
      ...(synth ? [`${score(synth) ?? "n/a"}`, ""] : []),
    ]);
  }
  return rows;
}

export function markdownTable(rows, withSynth) {
  const head = [
    "",
    "blank page",
    "dashboard",
    "ratio",
    ...(withSynth ? ["synthetic data", "synthetic / bundled"] : []),
  ];
  const lines = [head, head.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

/** Each goal of issue 8 with its figure and whether it is met (null: not measured). */
export function goals({ base, app, synth, sizes, lighthouse }) {
  const list = [];
  const goal = (name, value, limit, ok) =>
    list.push({ name, value, limit, met: value == null ? null : ok(value) });
  const r = (a, b) => (a == null || b == null ? null : Number((a / b).toFixed(2)));
  goal(
    "up-front JS ≤ 1.5x blank page",
    r(sizes.app?.upFrontJs, sizes.baseline?.upFrontJs),
    1.5,
    (v) => v <= 1.5,
  );
  goal("first contentful paint ≤ 1.3x blank page", r(app.load.fcp, base.load.fcp), 1.3, (v) => v <= 1.3);
  goal("map ready ≤ 2x blank page's first paint", r(app.load.map, base.load.fcp), 2, (v) => v <= 2);
  for (const k of ["click", "date", "search"]) {
    goal(`${k} painted ≤ 50 ms (bundled data)`, app.interactions[k], 50, (v) => v <= 50);
    if (synth) goal(`${k} painted ≤ 100 ms (synthetic data)`, synth.interactions[k], 100, (v) => v <= 100);
  }
  goal(
    "tally sheets drawn after scrolling to them ≤ 1.5x the counts panel's time",
    r(app.load.actas, app.load.tallies),
    1.5,
    (v) => v <= 1.5,
  );
  goal(
    "tally sheets drill-down painted ≤ 100 ms (file cached)",
    app.interactions.drill,
    100,
    (v) => v <= 100,
  );
  goal("tally sheets centre search painted ≤ 50 ms", app.interactions.centre, 50, (v) => v <= 50);
  goal("no task over 50 ms while the tally sheets are used", app.load.actasLongestTask, 50, (v) => v <= 50);
  if (synth)
    goal("synthetic first render ≤ 2x bundled", r(synth.load.allReady, app.load.allReady), 2, (v) => v <= 2);
  if (lighthouse?.app) {
    goal("Lighthouse performance ≥ 95", lighthouse.app.performance, 95, (v) => v >= 95);
    goal("Lighthouse accessibility = 100", lighthouse.app.accessibility, 100, (v) => v >= 100);
    goal("Lighthouse best practices = 100", lighthouse.app.bestPractices, 100, (v) => v >= 100);
  }
  return list;
}
