import { checkA11y, expect, test } from "./fixtures";

const FULL =
  "?country=MEX&source=the-economist&stance=demands-records&kind=report&q=Economist&asof=2024-08-07" +
  "&event=economist-whatever-he-wants&compare=cne-2024-07-29,cne-2024-08-02&lang=es";

test("a deep link with every parameter restores the same view after a reload and in a fresh browser", async ({
  page,
  browser,
}) => {
  await page.goto(`./${FULL}`);
  await expect(page).toHaveURL(new RegExp(`\\${FULL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const check = async (p: typeof page) => {
    await expect(p.locator("html")).toHaveAttribute("lang", "es");
    await expect(p.getByRole("slider", { name: /Posiciones al/ })).toHaveAttribute(
      "aria-valuetext",
      "7 de agosto de 2024",
    );
    await expect(
      p.getByRole("group", { name: "Filtros activos" }).getByRole("button", { name: "Quitar México" }),
    ).toBeVisible();
    await expect(p.getByRole("region", { name: /29 de julio de 2024|29 Jul 2024/ }).first()).toBeVisible();
  };
  await check(page);
  await page.reload();
  await check(page);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await check(other);
  expect(other.url()).toBe(page.url());
  await fresh.close();
});

test("Back and Forward walk through five choices", async ({ page }) => {
  await page.goto("./?asof=2024-08-07");
  const urls = [page.url()];
  const world = page.getByRole("group", { name: "World map of recognition stances" });
  await world.getByRole("button", { name: "Peru: Recognizes González" }).click();
  await expect(page).toHaveURL(/country=PER/);
  urls.push(page.url());
  await page.getByRole("button", { name: /^Recognizes Maduro · / }).click();
  await expect(page).toHaveURL(/stance=recognizes-maduro/);
  urls.push(page.url());
  await page.getByRole("button", { name: "Next change" }).click();
  await expect(page).not.toHaveURL(/asof=2024-08-07/);
  urls.push(page.url());
  await page.getByRole("combobox", { name: "Left tally" }).selectOption("cne-2024-07-29");
  await expect(page).toHaveURL(/compare=/);
  urls.push(page.url());
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page).toHaveURL(/lang=es/);
  urls.push(page.url());

  for (let i = urls.length - 2; i >= 0; i--) {
    await page.goBack();
    await expect(page).toHaveURL(urls[i] as string);
  }
  await expect(world.getByRole("button", { name: "Peru: Recognizes González" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  for (let i = 1; i < urls.length; i++) {
    await page.goForward();
    await expect(page).toHaveURL(urls[i] as string);
  }
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("Share copies the canonical link of the view and offers the embed code", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?country=MEX&asof=2024-08-07");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Link to this view" })).toHaveValue(page.url());
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(dialog.getByRole("textbox", { name: "HTML code for the Map" })).toHaveValue(
    /<iframe src="[^"]+embed=map"/,
  );
  await checkA11y(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

for (const embed of ["map", "tallies", "timeline"] as const) {
  test(`?embed=${embed} shows that view alone, with its source line, and passes axe`, async ({ page }) => {
    // axe over the whole timeline takes a while on a busy 2-core machine; this is a hang guard.
    test.setTimeout(90_000);
    await page.goto(`./?embed=${embed}&asof=2024-08-07`);
    await expect(page.getByText(/^Source: Venezuela 2024/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Open the full dashboard" })).toHaveAttribute(
      "href",
      /asof=2024-08-07$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
    await expect(page.getByRole("region")).not.toHaveCount(0);
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toHaveLength(1);
    await checkA11y(page);
  });
}

test("an embedded view reports its height to the host page", async ({ page, baseURL }) => {
  await page.goto("./");
  await page.evaluate((src) => {
    (window as unknown as { heights: number[] }).heights = [];
    window.addEventListener("message", (e) => {
      if (e.data?.type === "venezuela-2024:height")
        (window as unknown as { heights: number[] }).heights.push(e.data.height);
    });
    document.body.innerHTML = "";
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.title = "embed";
    document.body.append(frame);
  }, `${baseURL}/?embed=tallies`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0))
    .toBeGreaterThan(300);
});
