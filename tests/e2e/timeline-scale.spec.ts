/** A dataset many times larger: the timeline renders in pages and stays usable. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "./fixtures";

test("a timeline of 2,000 more events renders in pages of 50 with a button for the rest", async ({
  page,
}) => {
  const file = JSON.parse(readFileSync(resolve("public/data/events.json"), "utf8"));
  const [first] = file.events;
  file.events = [
    ...file.events,
    ...Array.from({ length: 2000 }, (_, i) => ({ ...first, id: `synthetic-copy-${i}` })),
  ];
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(file) }),
  );
  await page.goto("./");
  const list = page.getByRole("list", { name: "Timeline" });
  const more = page.getByRole("button", { name: /^Show 50 more \(\d+ not shown yet\)$/ });
  await expect(more).toBeVisible();
  const remaining = Number(/\((\d+) not shown/.exec((await more.textContent()) ?? "")?.[1]);
  expect(remaining).toBeGreaterThan(1800);
  const entries = () => list.locator("time[datetime]").count();
  const before = await entries();
  await more.click();
  await expect(
    page.getByRole("button", { name: `Show 50 more (${remaining - 50} not shown yet)` }),
  ).toBeVisible();
  expect(await entries()).toBeGreaterThan(before);
});
