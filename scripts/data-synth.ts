/**
 * `npm run data:synth -- [--out DIR] [--events N] [--actors N] [--changes N] [--tallies N]
 * [--sources N] [--disagreements N] [--seed N]` writes an obviously synthetic dataset (see
 * scripts/synth/generate.ts) that passes `npm run data:check -- DIR`. Defaults: 10,000 events,
 * 200 actors with 10 stance changes each, 50 tallies, 500 sources: about a hundred times the
 * bundled data, the size issue 8 asks the dashboard to stay fast at.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DATA_FILE_NAMES, fileNameOf } from "../src/data/files.ts";
import { mapCodes } from "./map-codes.ts";
import { generate } from "./synth/generate.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "reports/synthetic-data" },
    events: { type: "string", default: "10000" },
    actors: { type: "string", default: "200" },
    changes: { type: "string", default: "10" },
    tallies: { type: "string", default: "50" },
    sources: { type: "string", default: "500" },
    disagreements: { type: "string", default: "20" },
    seed: { type: "string", default: "2024" },
  },
});

const count = (name: keyof typeof values, min: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min} (got "${values[name]}")`);
    process.exit(1);
  }
  return n;
};

const dataset = generate({
  events: count("events", 0),
  actors: count("actors", 1),
  changes: count("changes", 1),
  // The tally comparison shows two tallies side by side, so there must be two.
  tallies: count("tallies", 2),
  sources: count("sources", 1),
  disagreements: count("disagreements", 0),
  seed: count("seed", 0),
  mapCodes: [...mapCodes()].sort(),
});

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
let bytes = 0;
for (const name of DATA_FILE_NAMES) {
  const text = JSON.stringify(dataset[name]);
  bytes += Buffer.byteLength(text);
  writeFileSync(resolve(out, fileNameOf(name)), text);
}
const { events, stances, actors, sources, tallies } = dataset;
console.log(
  `data:synth: wrote ${out} (${(bytes / 1e6).toFixed(1)} MB): ${events.events.length} events, ` +
    `${actors.actors.length} actors, ${stances.stances.length} stance statements, ` +
    `${tallies.tallies.length} tallies, ${sources.sources.length} sources. Check it with ` +
    `npm run data:check -- ${values.out}`,
);
