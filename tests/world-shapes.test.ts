/** The projected shapes the map ships are exactly what scripts/world-shapes.ts makes from the atlas. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  projectedShapes,
  relativePath,
  SMALL_STATES,
  WORLD_SHAPES_FILE,
  worldShapes,
  worldShapesJson,
} from "../scripts/world-shapes";

/** Every point a path visits, absolute, in tenths of a unit (M, L, l and z; as both forms use them). */
function points(d: string): string[] {
  const found: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    if (command === "Z" || command === "z") {
      found.push("z");
      continue;
    }
    const numbers =
      (args ?? "").match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map((n) => Math.round(Number(n) * 10)) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      const [dx, dy] = [numbers[i]!, numbers[i + 1]!];
      if (command === "l") [x, y] = [x + dx, y + dy];
      else [x, y] = [dx, dy];
      found.push(`${command === "M" && i === 0 ? "M" : ""}${x},${y}`);
    }
  }
  return found;
}

describe("the map's projected shapes", () => {
  it("are what the script makes from the atlas now (regenerate with npm run map:shapes)", () => {
    expect(readFileSync(WORLD_SHAPES_FILE, "utf8")).toBe(worldShapesJson());
  });

  it("draw the same points as d3's absolute paths, shape by shape", () => {
    const shapes = projectedShapes();
    expect(shapes).toHaveLength(177);
    for (const shape of shapes) {
      const relative = relativePath(shape.d);
      expect(relative.length, shape.name).toBeLessThan(shape.d.length);
      expect(points(relative), shape.name).toEqual(points(shape.d));
    }
  });

  it("write steps in the shortest form SVG reads", () => {
    expect(relativePath("M245.7,212.8L243.7,212.7L243.4,213.1L243.4,213.1Z")).toBe(
      "M245.7 212.8l-2-.1-.3 .4 0 0z",
    );
    expect(relativePath("M0,0L10,-0.5Z")).toBe("M0 0l10-.5z");
  });

  it("name each country by its ISO code, Venezuela included", () => {
    const ids = projectedShapes().map((shape) => shape.id);
    expect(ids).toContain("VEN");
    expect(ids.filter((id) => id === null)).toHaveLength(3); // Northern Cyprus, Somaliland, Kosovo
  });

  it("mark the island states the coarse atlas leaves out, once each, after the countries", () => {
    const ids = worldShapes().shapes.map((s) => s.id);
    for (const code of SMALL_STATES) {
      expect(
        projectedShapes().some((s) => s.id === code),
        code,
      ).toBe(false);
      expect(
        ids.filter((id) => id === code),
        code,
      ).toHaveLength(1);
    }
    expect(ids.slice(-SMALL_STATES.length)).toEqual([...SMALL_STATES]);
  });
});
