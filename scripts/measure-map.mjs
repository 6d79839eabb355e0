#!/usr/bin/env node
/**
 * Click-to-paint for the map: how long from a click on a country to the frame in which its
 * details panel is painted, measured inside the page (performance.now to the next paint: an
 * animation frame, then a task posted from it), 15 runs, median and max. Usage: node scripts/measure-map.mjs [URL] [--cpu N]
 * against a running `npm run preview`.
 */
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const url = args.find((a) => a.startsWith("http")) ?? "http://127.0.0.1:4173/?asof=2024-08-07";
const cpuIndex = args.indexOf("--cpu");
const cpu = cpuIndex >= 0 ? Number(args[cpuIndex + 1]) : 1;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
if (cpu > 1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
}
await page.goto(url);
await page.getByRole("button", { name: "Peru: Recognizes González" }).waitFor();

const times = [];
for (let i = 0; i < 15; i++) {
  const name = i % 2 === 0 ? "Mexico: Asks for the tally sheets" : "Peru: Recognizes González";
  const heading = name.split(":")[0];
  times.push(
    await page.evaluate(
      ([label, title]) =>
        new Promise((resolve) => {
          const target = document.querySelector(`path[aria-label="${label}"]`);
          const start = performance.now();
          target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
          const done = () =>
            [...document.querySelectorAll("section h3")].some((h) => h.textContent === title)
              ? requestAnimationFrame(() => {
                  const c = new MessageChannel();
                  c.port1.onmessage = () => resolve(performance.now() - start);
                  c.port2.postMessage(null);
                })
              : requestAnimationFrame(done);
          done();
        }),
      [name, heading],
    ),
  );
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `click to details painted (CPU x${cpu}): median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} runs`,
);
