/**
 * The command-line data check, run as a reader would run it: on the bundled data, and on
 * copies of it broken in the ways a hand edit breaks things.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyOfData, dataCheck, editJson, removeCopies, root } from "./data-copy";

afterEach(removeCopies);

describe("npm run data:check", () => {
  it("passes on the bundled data", () => {
    const result = dataCheck(join(root, "public/data"));
    expect(result.output).toContain("are valid");
    expect(result.status).toBe(0);
  });

  it("fails on a truncated file, naming it", () => {
    const dir = copyOfData((d) => {
      const text = readFileSync(join(d, "events.json"), "utf8");
      writeFileSync(join(d, "events.json"), text.slice(0, text.length / 2));
    });
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/events\.json \$: is not valid JSON/);
  });

  it("fails on a stance that cites an unknown source, naming the path", () => {
    const dir = copyOfData((d) =>
      editJson(d, "stances.json", (json) => {
        json.stances[0].citations[0].publisher = "no-such-source";
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'stances.json $.stances[0].citations[0].publisher: refers to the source "no-such-source"',
    );
  });

  it("fails on a tally whose percentages contradict its votes", () => {
    const dir = copyOfData((d) =>
      editJson(d, "tallies.json", (json) => {
        const tally = json.tallies.find((t: { id: string }) => t.id === "cne-2024-08-02");
        tally.results[0].share = "55.95";
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /tallies\.json \$\.tallies\[\d+\]\.results\[0\]\.share: the share 55\.95% contradicts the votes/,
    );
  });

  it("fails on a javascript: URL", () => {
    const dir = copyOfData((d) =>
      editJson(d, "events.json", (json) => {
        json.events[0].citations[0].url = "javascript:alert(1)";
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/events\.json \$\.events\[0\]\.citations\[0\]\.url: .*http/);
  });

  it("fails on a title said to come from a link that has no words to take it from", () => {
    const dir = copyOfData((d) =>
      editJson(d, "tallies.json", (json) => {
        const citation = json.tallies.find((t: { id: string }) => t.id === "cne-2024-08-02").citations[0];
        expect(citation.url).toBe("https://tass.com/world/1824803");
        citation.title = "TASS: report on the CNE's second bulletin";
        citation.titleFromUrl = true;
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /tallies\.json \$\.tallies\[\d+\]\.citations\[0\]\.titleFromUrl: says the title was taken from the link, but the link has no words/,
    );
  });

  it("refuses a secondary-sourcing flag written by hand: it is derived from the cited sources", () => {
    const dir = copyOfData((d) =>
      editJson(d, "events.json", (json) => {
        json.events[0].secondaryOnly = true;
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/events\.json \$\.events\[0\]: .*secondaryOnly/);
  });

  it.each([
    ["missing", { en: "Election day." }, /events\.json \$\.events\[0\]\.summary\.es: /],
    [
      "empty",
      { en: "Election day.", es: "" },
      /events\.json \$\.events\[0\]\.summary\.es: the Spanish text is empty/,
    ],
  ])("fails on a text whose Spanish is %s, naming the path", (_, summary, message) => {
    const dir = copyOfData((d) =>
      editJson(d, "events.json", (json) => {
        json.events[0].summary = summary;
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
  });

  it("fails on a series whose values are out of date order, and on a value whose counter is unknown", () => {
    const dir = copyOfData((d) =>
      editJson(d, "events.json", (json) => {
        const deaths = json.series.find((s: { id: string }) => s.id === "protest-deaths");
        deaths.values.reverse();
        deaths.values[0].claimant = "nobody-counted";
      }),
    );
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /events\.json \$\.series\[\d+\]\.values\[1\]\.date: the series "protest-deaths" is out of order/,
    );
    expect(result.output).toMatch(
      /events\.json \$\.series\[\d+\]\.values\[0\]\.claimant: refers to the source "nobody-counted"/,
    );
  });

  it("fails when a file is missing", () => {
    const dir = copyOfData((d) => rmSync(join(d, "sources.json")));
    const result = dataCheck(dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain("sources.json $: the file is missing");
  });
});
