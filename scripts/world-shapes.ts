/**
 * Projects the world's country shapes once, at development time, into the SVG paths the map
 * draws (src/features/map/world-shapes.json). The page then ships path strings instead of the
 * TopoJSON and the projection code, and does no projecting of its own: on a phone that was a
 * tenth of a second of work before the map could appear.
 *
 * Same projection as before: Equal Earth, 800 x 400, scale 147 (stack notes, pitfall 3);
 * coordinates to 0.1 of a unit (the map is never drawn more than about 1.6 times that size).
 *
 *   npm run map:shapes            rewrite the file
 *   (tests/world-shapes.test.ts fails if the file is not what this script makes)
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import detailed from "world-atlas/countries-50m.json" with { type: "json" };

export const WORLD_SHAPES_FILE = "src/features/map/world-shapes.json";

export interface WorldShape {
  /** ISO alpha-3 code; null for the few shapes without one (e.g. Kosovo, Northern Cyprus). */
  id: string | null;
  /** The atlas's English name, used when the data has no name of its own. */
  name: string;
  /** The projected outline, as an SVG path. */
  d: string;
}

/** Tenths of a unit as SVG writes them shortest: 12 → "1.2", -3 → "-.3", 40 → "4". */
function tenths(n: number): string {
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const rest = abs % 10;
  return `${sign}${whole > 0 || rest === 0 ? whole : ""}${rest > 0 ? `.${rest}` : ""}`;
}

/**
 * Rewrites d3's absolute path ("M245.7,212.8L243.7,212.7Z") with relative steps
 * ("M245.7 212.8l-2-.1z"): the same points to the same tenth, a third fewer bytes.
 * Each step is taken between rounded points, so rounding never accumulates.
 */
export function relativePath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  let inLine = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      out += "z";
      inLine = false;
      continue;
    }
    const [px, py] = (args ?? "").split(",").map((n) => Math.round(Number(n) * 10)) as [number, number];
    const pair = (a: number, b: number) => `${tenths(a)}${b < 0 ? "" : " "}${tenths(b)}`;
    if (command === "M") {
      out += `M${pair(px, py)}`;
      inLine = false;
    } else {
      const step = pair(px - x, py - y);
      // After the first "l", further pairs continue the same command.
      out += inLine ? `${step.startsWith("-") ? "" : " "}${step}` : `l${step}`;
      inLine = true;
    }
    x = px;
    y = py;
  }
  return out;
}

const WIDTH = 800;
const HEIGHT = 400;

/** d3's own projected paths (absolute, to a tenth): what the shapes file must draw. */
export function projectedShapes(): WorldShape[] {
  const projection = geoEqualEarth()
    .translate([WIDTH / 2, HEIGHT / 2])
    .scale(147);
  const path = geoPath(projection).digits(1);
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const { features } = feature(topology, topology.objects.countries);
  return features.map((f) => ({
    id: (f.id !== undefined && countries.numericToAlpha3(String(f.id))) || null,
    name: f.properties.name,
    d: path(f) ?? "",
  }));
}

/**
 * Island states the data names that the 1:110m atlas leaves out (they are smaller than its
 * resolution). Each is drawn as a small round marker at its centroid in the 1:50m atlas, as
 * Our World in Data marks its small states, so its stance is on the map and it is a button.
 */
export const SMALL_STATES = ["ATG", "DMA", "VCT"] as const;
const MARKER_RADIUS = 2.2;

export function smallStateMarkers(): WorldShape[] {
  const projection = geoEqualEarth()
    .translate([WIDTH / 2, HEIGHT / 2])
    .scale(147);
  const topology = detailed as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const { features } = feature(topology, topology.objects.countries);
  return SMALL_STATES.map((code) => {
    const found = features.find((f) => countries.numericToAlpha3(String(f.id)) === code);
    const centre = found && projection(geoCentroid(found));
    if (!found || !centre) throw new Error(`the 1:50m atlas has no shape for ${code}`);
    // A 16-sided polygon (M/L/Z only, the commands relativePath writes).
    const points = Array.from({ length: 16 }, (_, i) => {
      const angle = (i / 16) * 2 * Math.PI;
      const x = centre[0] + MARKER_RADIUS * Math.cos(angle);
      const y = centre[1] + MARKER_RADIUS * Math.sin(angle);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    });
    return { id: code, name: found.properties.name, d: `M${points.join("L")}Z` };
  });
}

export function worldShapes(): { width: number; height: number; shapes: WorldShape[] } {
  const shapes = [...projectedShapes(), ...smallStateMarkers()].map((shape) => ({
    ...shape,
    d: relativePath(shape.d),
  }));
  return { width: WIDTH, height: HEIGHT, shapes };
}

export function worldShapesJson(): string {
  return `${JSON.stringify(worldShapes())}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(WORLD_SHAPES_FILE, worldShapesJson());
  console.log(`Wrote ${WORLD_SHAPES_FILE}`);
}
