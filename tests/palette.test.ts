/**
 * The stance palette must stay distinguishable for colour-blind readers. This simulates
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, full severity)
 * on the colours in src/index.css and checks the smallest CIE76 difference between any two.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

type Matrix = [number, number, number][];
const SIMULATIONS: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function lab([r, g, b]: number[]): [number, number, number] {
  const [R, G, B] = [r, g, b].map((v) => Math.min(1, Math.max(0, v ?? 0))) as [number, number, number];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function simulate(hex: string, matrix: Matrix) {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  return lab(matrix.map((row) => row.reduce((sum, k, i) => sum + k * (rgb[i] ?? 0), 0)));
}

const css = readFileSync(resolve(__dirname, "../src/index.css"), "utf8");
const tokens = (block: string) =>
  Object.fromEntries(
    [...block.matchAll(/--color-stance-([a-z]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
const light = tokens(css.slice(css.indexOf("@theme"), css.indexOf("}", css.indexOf("@theme"))));
const darkStart = css.indexOf("@media (prefers-color-scheme: dark)");
const dark = { ...light, ...tokens(css.slice(darkStart, css.indexOf("}", darkStart))) };
const themes = { light, dark };

describe("the stance palette", () => {
  it("defines the five stances, the neutral fill and the subject", () => {
    expect(Object.keys(light).sort()).toEqual([
      "gonzalez",
      "interim",
      "maduro",
      "none",
      "records",
      "rejects",
      "subject",
    ]);
    expect(darkStart).toBeGreaterThan(0);
  });

  const cases = Object.entries(themes).flatMap(([theme, palette]) =>
    Object.keys(SIMULATIONS).map((vision) => [theme, vision, palette] as const),
  );
  it.each(cases)("keeps every pair of colours apart in the %s theme under %s", (_, vision, palette) => {
    const colours = Object.entries(palette);
    const matrix = SIMULATIONS[vision] as Matrix;
    for (const [i, [a, hexA]] of colours.entries()) {
      for (const [b, hexB] of colours.slice(i + 1)) {
        const [l1, a1, b1] = simulate(hexA as string, matrix);
        const [l2, a2, b2] = simulate(hexB as string, matrix);
        const distance = Math.hypot(l1 - l2, a1 - a2, b1 - b2);
        expect(distance, `${a} vs ${b}`).toBeGreaterThan(20);
      }
    }
  });
});
