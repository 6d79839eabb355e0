/**
 * Downloads journeys: the CSV of a filtered view holds exactly the rows on screen with their
 * citations, and the pictures are real images whose source line is inside them.
 */
import { readFileSync } from "node:fs";
import type { Download, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { file, bytes: readFileSync(await file.path()) };
}

/** The text after the byte-order mark, parsed into rows with a small RFC 4180 reader. */
function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)], "UTF-8 byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)], "PNG signature").toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const svgSize = (svg: string) => ({
  width: Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]),
  height: Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]),
});

test("the map CSV of a filtered view holds exactly the table's rows with their citations", async ({
  page,
}) => {
  await page.goto("./?asof=2024-08-07&stance=demands-records");
  const recognition = region(page, "Recognition");
  const table = recognition.getByRole("table");
  // Eleven countries asked for the tally sheets on that day (header row + 11).
  await expect(table.getByRole("row")).toHaveCount(12);
  const shown = await table.locator("tbody th").allTextContents();
  const { file, bytes } = await download(
    page,
    recognition
      .getByRole("group", { name: "Download the map" })
      .getByRole("button", { name: "Download CSV" }),
  );
  expect(file.suggestedFilename()).toBe("venezuela-2024-map-2024-08-07.csv");
  const [header, ...rows] = readCsv(bytes);
  expect(header).toEqual([
    "Code",
    "Country",
    "Stance",
    "Since",
    "Via bloc",
    "Citation publishers",
    "Citation titles",
    "Citation URLs",
    "Citation dates",
  ]);
  expect(rows).toHaveLength(11);
  expect(rows.map((r) => r[1]).sort()).toEqual([...shown].sort());
  for (const row of rows) {
    expect(row[2]).toBe("Asks for the tally sheets");
    const urls = row[7]?.split(" | ") ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
    expect(row[5]?.split(" | ")).toHaveLength(urls.length);
  }
});

test("the Spanish map CSV keeps its accents", async ({ page }) => {
  await page.goto("./?asof=2024-08-07&stance=demands-records&lang=es");
  const recognition = region(page, "Reconocimiento");
  const { bytes } = await download(
    page,
    recognition
      .getByRole("group", { name: "Descargar el mapa" })
      .getByRole("button", { name: "Descargar CSV" }),
  );
  const [header, ...rows] = readCsv(bytes);
  expect(header?.slice(0, 3)).toEqual(["Código", "País", "Posición"]);
  expect(rows.map((r) => r[1])).toContain("México");
  expect(rows.map((r) => r[1])).toContain("Brasil");
});

test("the timeline CSV holds exactly the visible entries", async ({ page }) => {
  await page.goto("./?source=the-economist");
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toBeVisible();
  await page.getByRole("button", { name: "Open all entries" }).click();
  await expect(page.getByRole("button", { name: /^Details: / })).toHaveCount(0);
  // Each entry's title and the links of its own "Sources" list, as the page shows them open.
  const shown = await timeline.locator(":scope > li > ol > li").evaluateAll((items) =>
    items.map((li) => ({
      title: document.getElementById(li.getAttribute("aria-labelledby") ?? "")?.textContent ?? "",
      urls: [...li.querySelectorAll(':scope > div > ul[aria-label="Sources"] a')].map((a) =>
        a.getAttribute("href"),
      ),
    })),
  );
  const titles = shown.map((e) => e.title);
  expect(titles.length).toBeGreaterThan(0);
  const { bytes } = await download(
    page,
    region(page, "What happened")
      .getByRole("group", { name: "Download the timeline" })
      .getByRole("button", { name: "Download CSV" }),
  );
  const [header, ...rows] = readCsv(bytes);
  expect(header?.slice(0, 5)).toEqual(["Date", "Date precision", "Title", "Kind", "Summary"]);
  expect(rows.map((r) => r[2])).toEqual(titles);
  expect(rows.map((r) => r[7]?.split(" | "))).toEqual(shown.map((e) => e.urls));
});

test("the counts CSV holds both compared tallies' rows", async ({ page }) => {
  await page.goto("./?compare=cne-2024-07-29,opposition-83-5");
  const counts = region(page, "The counts");
  const cards = counts.locator(
    'section[aria-labelledby^="tally-"]:not([aria-labelledby="tally-difference"])',
  );
  await expect(cards).toHaveCount(2);
  const names = await cards.getByRole("table").locator("tbody th").allTextContents();
  const { bytes } = await download(
    page,
    counts.getByRole("group", { name: "Download the counts" }).getByRole("button", { name: "Download CSV" }),
  );
  const [header, ...rows] = readCsv(bytes);
  expect(header?.slice(0, 4)).toEqual(["Tally", "Tally date", "Candidate", "Votes"]);
  expect(rows).toHaveLength(names.length);
  expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["2024-07-29", await tallyDate(page)]));
  for (const row of rows) {
    expect(row[3]).toMatch(/^\d+$/);
    expect(row[10]).toMatch(/^https?:\/\//);
  }
  expect(rows.map((r) => r[2])).toContain("Edmundo González Urrutia");
});

/** The 83.5% count's date, as the data gives it. */
async function tallyDate(page: Page): Promise<string> {
  const data = (await (await page.request.get("./data/tallies.json")).json()) as {
    tallies: { id: string; date: string | null }[];
  };
  return data.tallies.find((t) => t.id === "opposition-83-5")?.date ?? "";
}

for (const view of ["map", "counts"] as const) {
  test(`the ${view} as PNG and SVG carries its title, date and source line`, async ({ page }) => {
    await page.goto("./?asof=2024-08-07");
    const panel = region(page, view === "map" ? "Recognition" : "The counts");
    if (view === "map")
      await expect(panel.getByRole("group", { name: "World map of recognition stances" })).toBeVisible();
    else await expect(panel.getByRole("table")).not.toHaveCount(0);
    const group = panel.getByRole("group", { name: `Download the ${view}` });

    const svgFile = await download(page, group.getByRole("button", { name: "Download SVG" }));
    expect(svgFile.file.suggestedFilename()).toMatch(/\.svg$/);
    const svg = svgFile.bytes.toString("utf8");
    expect(svg).toContain("Source: Venezuela 2024: the disputed election, source by source.");
    expect(svg).toContain(page.url().replace(/&/g, "&amp;"));
    expect(svg).not.toContain("var(--");
    if (view === "map") {
      expect(svg).toContain("Recognition of the 2024 Venezuelan election result, as of 7 Aug 2024");
      expect(svg).toContain("Recognizes González · ");
      expect(svg).toMatch(/fill="#0072b2"/);
    } else {
      expect(svg).toContain("The counts of the vote of 28 July 2024, side by side");
      expect(svg).toContain("Edmundo González Urrutia");
    }

    const pngFile = await download(page, group.getByRole("button", { name: "Download PNG" }));
    expect(pngFile.file.suggestedFilename()).toMatch(/\.png$/);
    const size = svgSize(svg);
    expect(size.width).toBe(840);
    expect(pngSize(pngFile.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect(pngFile.bytes.length).toBeGreaterThan(10_000);
  });
}

test("the whole dataset downloads as one JSON object of the six files", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const { file, bytes } = await download(
    page,
    page.getByRole("dialog").getByRole("button", { name: "Download the whole dataset (JSON)" }),
  );
  expect(file.suggestedFilename()).toBe("venezuela-2024-dataset.json");
  const data = JSON.parse(bytes.toString("utf8")) as Record<string, { schemaVersion: number }>;
  expect(Object.keys(data).sort()).toEqual([
    "actors",
    "disagreements",
    "events",
    "sources",
    "stances",
    "tallies",
  ]);
  for (const name of Object.keys(data)) {
    const published = (await (await page.request.get(`./data/${name}.json`)).json()) as unknown;
    expect(data[name], name).toEqual(published);
  }
});
