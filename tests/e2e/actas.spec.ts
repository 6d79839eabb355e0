/** The tally sheets: the state map, the sums, drilling down and back, the centre search, links, Spanish, a phone. */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { checkA11y, expect, expectConsoleErrors, scrollThrough, test } from "./fixtures";

const panel = (page: Page, name = "The tally sheets") => page.getByRole("region", { name, exact: true });
const map = (page: Page) =>
  panel(page).getByRole("group", { name: /margin over Maduro on the tally sheets, by state/ });
const where = (page: Page) =>
  panel(page).getByRole("navigation", { name: "Where you are in the tally sheets" });

/**
 * Opens the page and scrolls to the panel until it has drawn its map or said what failed: it
 * asks for its files only near the screen, and the panels above it may still grow and push it
 * away after the first scroll, as they would for a reader.
 */
async function openPanel(page: Page, path = "./", name?: string) {
  await page.goto(path);
  const drawn = panel(page, name).locator("#actas-state-map, [role=alert]").first();
  await expect(async () => {
    await panel(page, name).scrollIntoViewIfNeeded();
    await expect(drawn).toBeAttached({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

test("the state map names 24 states with their figures; the sums are checked against the 81.7% stage; no axe violations", async ({
  page,
}) => {
  await openPanel(page);
  const states = map(page).getByRole("link");
  await expect(states).toHaveCount(24);
  await expect(
    map(page).getByRole("link", { name: "Sucre: González 50.0%, Maduro 47.6% (1,039 tally sheets)" }),
  ).toBeVisible();
  await expect(
    map(page).getByRole("img", { name: "Dependencias Federales: no tally sheets" }),
  ).toBeAttached();
  const sums = panel(page).getByRole("region", { name: "What the sheets add up to" });
  const gonzalez = sums.getByRole("row", { name: /^González/ });
  // Both printed values, each checked on its own: ru24's equals the sheets' sum, adn40's does not.
  await expect(gonzalez).toContainText("7,156,462");
  await expect(gonzalez).toContainText("7,151,462 (adn40): the sheets add up to 5,000 more");
  await expect(gonzalez).toContainText("7,156,462 (ru24): equal");
  await expect(sums.getByRole("row", { name: /^Tally sheets/ })).toContainText("24,532: equal");
  await expect(sums.getByRole("row", { name: /^Maduro/ })).toContainText("3,241,461: equal");
  await expect(sums.getByRole("row", { name: /^Votes cast/ })).toContainText("10,660,267: equal");
  await panel(page).getByRole("button", { name: "Show the spread of the sheets of Venezuela" }).click();
  await scrollThrough(panel(page));
  await expect(panel(page).getByRole("region", { name: "The spread of the sheets" })).toContainText(
    "Maduro has more votes than González on",
  );
  await checkA11y(page, "#actas-heading + p + div, section[aria-labelledby=actas-heading]");
  await panel(page).screenshot({ path: "reports/screenshots/actas-1280.png" });
});

test("drilling Sucre > a municipality > a parish puts each level in the URL, and Back steps out again", async ({
  page,
}) => {
  await openPanel(page);
  await map(page)
    .getByRole("link", { name: /^Sucre:/ })
    .click();
  await expect(page).toHaveURL(/[?&]area=17(&|$)/);
  await expect(where(page)).toContainText("Sucre");
  const table = panel(page).getByRole("table", { name: /^Municipalities of Sucre/ });
  // Ten of Sucre's 15 municipalities are listed until the reader asks for all; SUCRE is not among them.
  await expect(table.getByRole("row")).toHaveCount(1 + 10);
  await panel(page).getByRole("button", { name: "Show all 15 rows (5 more)" }).click();
  await expect(table.getByRole("row")).toHaveCount(1 + 15);
  await table.getByRole("link", { name: "SUCRE", exact: true }).click();
  await expect(page).toHaveURL(/[?&]area=1709(&|$)/);
  const parishes = panel(page).getByRole("table", { name: /^Parishes of SUCRE/ });
  await expect(parishes.getByRole("row", { name: /ALTAGRACIA/ })).toContainText("135");
  await parishes.getByRole("link", { name: "ALTAGRACIA" }).click();
  await expect(page).toHaveURL(/[?&]area=170901(&|$)/);
  await expect(panel(page).getByRole("table", { name: /^Voting centres of ALTAGRACIA/ })).toBeVisible();
  await expect(where(page).getByRole("link")).toHaveText(["Venezuela", "Sucre", "SUCRE"]);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]area=1709(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]area=17(&|$)/);
  await page.goBack();
  await expect(page).not.toHaveURL(/area=/);
  await expect(map(page).getByRole("link")).toHaveCount(24);
});

test("while a state's file is on its way, the table keeps its height: nothing below the panel moves", async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/actas/areas/17.json", async (route) => {
    await held;
    await route.continue();
  });
  await openPanel(page);
  await expect(map(page).getByRole("link")).toHaveCount(24);
  // Drawn once on screen (it is skipped until it comes near), then back to the map.
  await scrollThrough(panel(page));
  await map(page).scrollIntoViewIfNeeded();
  const below = page.getByRole("heading", { name: "What happened", level: 2 });
  // From the document's top: scroll anchoring may keep it still on screen while the page moves.
  const top = () => below.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  await map(page)
    .getByRole("link", { name: /^Sucre:/ })
    .click();
  await expect(panel(page).getByRole("status").filter({ hasText: "Loading" }).first()).toBeVisible();
  expect(await top()).toBe(before);
  release();
  await expect(panel(page).getByRole("table", { name: /^Municipalities of Sucre/ })).toBeVisible();
});

test("the keyboard reaches a state and Enter drills into it", async ({ page }) => {
  await openPanel(page);
  const sucre = map(page).getByRole("link", { name: /^Sucre:/ });
  await sucre.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]area=17(&|$)/);
});

test("a centre is found by part of its name typed without accents, and its sheets are a link of their own", async ({
  page,
}) => {
  await openPanel(page, "./?area=1714");
  const search = panel(page).getByRole("searchbox", { name: "Find a voting centre" });
  await search.fill("francisco mejias");
  const result = panel(page).getByRole("link", { name: "UNIDAD EDUCATIVA FRANCISCO MEJÍAS" });
  await result.click();
  await expect(page).toHaveURL(/[?&]centre=171401001(&|$)/);
  const centre = panel(page).getByRole("region", {
    name: "Voting centre: UNIDAD EDUCATIVA FRANCISCO MEJÍAS",
  });
  await expect(centre.getByRole("table")).toBeVisible();
  await expect(centre.getByRole("row")).toHaveCount(3); // the header and two tables
  // Closed from the keyboard, the centre's sheets go with the button: focus goes to the search.
  await centre.getByRole("button", { name: "Close the centre" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/[?&]centre=/);
  await expect(search).toBeFocused();
  await search.fill("zzzz no such centre");
  await expect(panel(page).getByText(/No voting centre in .* matches "zzzz no such centre"/)).toBeVisible();
  await expect(panel(page).getByRole("button", { name: "Search all of Venezuela" })).toBeVisible();
  await checkA11y(page, "section[aria-labelledby=actas-heading]");
});

test("each level is restored from a link in a fresh page, and an unknown area is dropped with the notice", async ({
  browser,
}) => {
  for (const [path, check] of [
    ["./?area=17", /^Municipalities of Sucre/],
    ["./?area=1709", /^Parishes of SUCRE/],
    ["./?area=170901", /^Voting centres of ALTAGRACIA/],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openPanel(page, path);
    await expect(panel(page).getByRole("table", { name: check })).toBeVisible();
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("./?area=1799&centre=171401001");
  const notice = page.getByRole("status", { name: /could not be used/ });
  await expect(notice).toContainText("1799");
  await expect(page).toHaveURL(/\?centre=171401001$/);
  await panel(page).scrollIntoViewIfNeeded();
  await expect(panel(page).getByRole("region", { name: /^Voting centre:/ })).toBeVisible();
  await context.close();
});

test("in Spanish on a phone: the panel in Spanish, nothing scrolls sideways, axe clean", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openPanel(page, "./?lang=es&area=17", "Las actas");
  const actas = panel(page, "Las actas");
  await expect(actas.getByRole("table", { name: /^Municipios de Sucre/ })).toBeVisible();
  await expect(
    actas.getByRole("link", { name: "Sucre: González 50,0%, Maduro 47,6% (1.039 actas)" }),
  ).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, "section[aria-labelledby=actas-heading]");
  await actas.screenshot({ path: "reports/screenshots/actas-es-360.png" });
});

test("the state map downloads as SVG and PNG with the boundaries' credit inside, and the table as CSV with its source", async ({
  page,
}) => {
  await openPanel(page, "./?area=17");
  await expect(panel(page).getByRole("table", { name: /^Municipalities of Sucre/ })).toBeVisible();
  const save = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      panel(page).getByRole("button", { name }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const svg = await save("Map (SVG)");
  expect(svg.name).toBe("tally-sheets-map.svg");
  // Text in the picture is escaped XML: read it back as text.
  const text = svg.bytes.toString("utf8").replaceAll("&apos;", "'");
  expect(text).toContain("Boundaries: INE Venezuela / UN OCHA");
  expect(text).toContain("González's margin over Maduro on the tally sheets, by state");
  expect(text).toContain("Maduro ahead by 45 points or more");
  expect(text.match(/<path /g)?.length).toBeGreaterThanOrEqual(25);
  const png = await save("Map (PNG)");
  expect([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  const csv = await save("Table (CSV)");
  expect(csv.name).toBe("tally-sheets-sucre.csv");
  const lines = csv.bytes.toString("utf8").split("\r\n");
  expect(lines[0]).toContain("González share, computed (%)");
  expect(lines).toHaveLength(1 + 15); // the header and Sucre's 15 municipalities
  expect(lines[1]).toContain("https://static.resultadosconvzla.com/RESULTADOS_2024_CSV_V1.csv");
});

test("the two compilations compared: 32 sheets of the centre file match none of the campaign's", async ({
  page,
}) => {
  await openPanel(page);
  await panel(page).getByText("The two compilations compared").click();
  const unmatched = panel(page).getByRole("table", {
    name: /match none of the campaign's, in Venezuela: 32$/,
  });
  await expect(unmatched.getByRole("row")).toHaveCount(33);
  const perState = panel(page).getByRole("table", { name: "Tally sheets per state in each compilation" });
  await expect(perState.getByRole("row", { name: /^Zulia/ })).toContainText("2,592");
  await unmatched.getByRole("link").first().click();
  await expect(page).toHaveURL(/[?&]centre=\d{9}(&|$)/);
  await expect(panel(page).getByRole("region", { name: /^Voting centre:/ })).toBeVisible();
});

test("a missing or truncated tally-sheet file is named with Retry, and the rest of the page works", async ({
  page,
}) => {
  const quiet = expectConsoleErrors(
    page,
    /Failed to load resource: the server responded with a status of 404/,
  );
  await page.route("**/data/actas/states.json", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.route("**/data/actas/areas/17.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: '{"schemaVersion":1,"state":"17","munic',
    }),
  );
  await openPanel(page);
  const alert = panel(page).getByRole("alert");
  await expect(alert).toContainText("actas/states.json was not found");
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).getByText("6,408,844")).toBeVisible();
  // Retry, once the server answers again.
  await page.unroute("**/data/actas/states.json");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(map(page).getByRole("link")).toHaveCount(24);
  await map(page)
    .getByRole("link", { name: /^Sucre:/ })
    .click();
  await expect(panel(page).getByRole("alert")).toContainText("actas/areas/17.json is damaged");
  await expect(map(page).getByRole("link")).toHaveCount(24);
  quiet();
});

test("the panel asks for none of its code and files until the reader comes near it, and a link to an area asks at once", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (/\/data\/actas\/|actas-worker|actas-panel/.test(request.url())) asked.push(request.url());
  });
  await page.goto("./");
  await expect(page.getByRole("region", { name: /CNE.*2 Aug 2024/ }).getByText("6,408,844")).toBeVisible();
  await page.waitForTimeout(1000);
  expect(asked).toEqual([]);
  await panel(page).scrollIntoViewIfNeeded();
  await expect(map(page).getByRole("link")).toHaveCount(24);
  expect(asked.some((url) => url.endsWith("/data/actas/states.json"))).toBe(true);

  asked.length = 0;
  await page.goto("./?area=17");
  await expect.poll(() => asked.some((url) => url.endsWith("/data/actas/areas/17.json"))).toBe(true);
});
