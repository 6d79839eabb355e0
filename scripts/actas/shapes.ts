/**
 * Venezuela's 25 first-level areas (the 24 states and the Dependencias Federales), projected
 * and simplified once at development time into the SVG paths the panel's map draws, as
 * scripts/world-shapes.ts does for the world: the page ships path strings, no projection code
 * and no shapefile.
 *
 * Projection: Lambert conformal conic, standard parallels 3° N and 9° N, central meridian
 * 66.5° W: between 0.6° N and 12.5° N the country's shapes keep their angles, and the scale
 * varies by under 1%. (Mercator would do nearly as well this close to the equator; the conic is
 * the usual choice for a country wider than it is tall.) The outline fits an 800-unit width.
 *
 * Simplification keeps the topology: the states are one TopoJSON topology, so a border shared
 * by two states is simplified once and they never gap or overlap. Islands smaller than a few
 * square units are dropped, except the largest piece of every area, so each of the 25 has a shape.
 */
import { geoConicConformal, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ACTAS_STATES } from "../../src/data/actas-areas.ts";
import type { VenezuelaStatesFile } from "../../src/data/actas-schemas.ts";
import { relativePath } from "../world-shapes.ts";

export interface BoundaryProperties {
  ADM1_ES: string;
  ADM1_PCODE: string | null;
}

type Area = Feature<MultiPolygon, BoundaryProperties>;

export const WIDTH = 800;
const MARGIN = 4;
/** Triangles (in square units of the 800-wide map) below this area are simplified away. */
const MIN_TRIANGLE = 0.35;
/** Islands below this area (square units) are dropped, unless an area would lose its last piece. */
const MIN_ISLAND = 1.5;

function projectRing(ring: Position[], project: (p: [number, number]) => [number, number] | null) {
  return ring.map(([x, y]) => {
    const point = project([x ?? 0, y ?? 0]);
    if (!point) throw new Error(`the projection cannot place ${x},${y}`);
    return point;
  });
}

/** Planar area of a ring (positive or negative by its winding). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** The polygons of an area without islands and holes smaller than MIN_ISLAND, keeping at least the largest. */
function dropSpecks(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const sized = polygons
    .flatMap(([outer, ...holes]) => (outer && outer.length >= 4 ? [{ outer, holes }] : []))
    .map(({ outer, holes }) => ({
      rings: [outer, ...holes.filter((h) => h.length >= 4 && Math.abs(ringArea(h)) >= MIN_ISLAND)],
      area: Math.abs(ringArea(outer)),
    }))
    .filter((p) => p.area > 0)
    .sort((a, b) => b.area - a.area);
  const kept = sized.filter((p, i) => i === 0 || p.area >= MIN_ISLAND);
  return { type: "MultiPolygon", coordinates: kept.map((p) => p.rings) };
}

export function venezuelaStates(boundaries: FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>) {
  const projection = geoConicConformal()
    .parallels([3, 9])
    .rotate([66.5, 0])
    .fitWidth(WIDTH - 2 * MARGIN, boundaries);
  const [[, top], [, bottom]] = geoPath(projection).bounds(boundaries);
  const height = Math.ceil(bottom - top) + 2 * MARGIN;
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, height - MARGIN],
    ],
    boundaries,
  );
  const project = (p: [number, number]) => projection(p);

  // Planar features in map units, so the topology and its simplification work in those units.
  const planar: Area[] = boundaries.features.map((f) => {
    const g = f.geometry;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    return {
      ...f,
      geometry: {
        type: "MultiPolygon",
        coordinates: polygons.map((rings) => rings.map((ring) => projectRing(ring, project))),
      },
    };
  });
  const areas: FeatureCollection<MultiPolygon, BoundaryProperties> = {
    type: "FeatureCollection",
    features: planar,
  };
  type Areas = Topology<{ areas: GeometryCollection<BoundaryProperties> }>;
  const topo = topology({ areas }, 1e5) as Areas;
  const simple = simplify(presimplify(topo), MIN_TRIANGLE);
  const { features } = feature(simple, simple.objects.areas);
  const path = geoPath(null).digits(1);

  const shapes: VenezuelaStatesFile["shapes"] = features.map((f) => {
    const { ADM1_ES: name, ADM1_PCODE: pcode } = f.properties;
    const state = ACTAS_STATES.find((s) => s.pcode === pcode);
    if (!state && pcode !== null)
      throw new Error(`the boundaries' ${pcode} (${name}) is not one of the 24 states`);
    const d = path(dropSpecks(f.geometry as Polygon | MultiPolygon));
    if (!d) throw new Error(`${name} has no outline left after simplification`);
    return { code: state?.code ?? null, pcode, name, hasSheets: state !== undefined, d: relativePath(d) };
  });
  shapes.sort((a, b) => (a.code ?? "99").localeCompare(b.code ?? "99"));
  return { width: WIDTH, height, shapes } satisfies VenezuelaStatesFile;
}
