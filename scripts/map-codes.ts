/**
 * The ISO alpha-3 codes the map draws (src/features/map/world-shapes.json, projected from the
 * 110m world-atlas by scripts/world-shapes.ts): the data check demands that every country
 * actor is one of them, and the synthetic dataset picks its countries from them.
 */
import world from "../src/features/map/world-shapes.json" with { type: "json" };

export function mapCodes(): Set<string> {
  return new Set(world.shapes.flatMap((shape) => (shape.id ? [shape.id] : [])));
}
