/**
 * Pictures of a view that keep their attribution: an SVG written as text (title, date, legend
 * and source line are <text> inside it) and a PNG drawn from that SVG through an <img> and a
 * canvas. Colours are written as hex values: CSS variables and classes do not travel with a
 * file taken out of the page. Nothing here knows a feature; the features compose the picture.
 */
import { saveBlob } from "./download";

export const FONT = "Liberation Sans, Arial, Helvetica, sans-serif";
export const INK = "#0f172a";
export const MUTED = "#475569";

/** Text from the data is text: escaped, never markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

export function textEl(
  x: number,
  y: number,
  text: string,
  { size = 12, weight = "normal", fill = INK, anchor = "start" } = {},
): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
}

/** Any CSS colour (a variable's value, rgb(), oklch()) as #rrggbb, by painting one pixel. */
export function toHex(colour: string): string {
  const canvas = document.createElement("canvas");
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) return colour;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = "#000000";
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** The value of a theme colour token such as `--color-stance-maduro`, as #rrggbb. */
export function tokenHex(name: string): string {
  return toHex(getComputedStyle(document.documentElement).getPropertyValue(name).trim());
}

/**
 * A copy of an <svg> on the page whose fills and strokes are written on each element, so it
 * draws the same without the page's stylesheet. Classes, inline styles and ARIA are dropped.
 */
export function standaloneCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const el = copies[i];
    if (!el) return;
    const style = getComputedStyle(original);
    // A pattern fill may come back as an absolute URL; the copy needs the local reference.
    const paint = (value: string) =>
      value === "none"
        ? value
        : value.startsWith("url(")
          ? `url(#${/#([^")]+)/.exec(value)?.[1] ?? ""})`
          : toHex(value);
    el.setAttribute("fill", paint(style.fill));
    el.setAttribute("stroke", paint(style.stroke));
    el.setAttribute("stroke-width", style.strokeWidth);
    if (style.opacity !== "1") el.setAttribute("opacity", style.opacity);
    for (const name of el.getAttributeNames()) {
      if (
        name === "class" ||
        name === "style" ||
        name === "tabindex" ||
        name === "role" ||
        name.startsWith("aria-")
      )
        el.removeAttribute(name);
    }
  });
  return copy;
}

export interface Picture {
  width: number;
  height: number;
  /** The inner markup of the root <svg>. */
  body: string;
  title: string;
}

export function svgDocument({ width, height, body, title }: Picture): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    body,
    `</svg>`,
  ].join("\n");
}

/** Twice the picture's size, so text stays sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveSvg(picture: Picture, fileName: string): void {
  saveBlob(new Blob([svgDocument(picture)], { type: "image/svg+xml" }), fileName);
}

export async function savePng(picture: Picture, fileName: string): Promise<void> {
  saveBlob(await pngOf(svgDocument(picture), picture.width, picture.height), fileName);
}

/** The source line: what the picture comes from and the link that restores the view. */
export function sourceLines(x: number, y: number, source: string, link: string): string {
  return [
    textEl(x, y, source, { size: 12, fill: MUTED }),
    textEl(x, y + 18, link, { size: 12, fill: MUTED }),
  ].join("\n");
}
