/** Shared links are a public API: the README's parameter table must list exactly the table's parameters, in URL order. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PARAM_ORDER } from "./view";

function readmeParams(): string[] {
  const readme = readFileSync(resolve(__dirname, "../../README.md"), "utf8");
  const section = readme.split(/^## /m).find((part) => part.startsWith("The URL is the state")) ?? "";
  // Rows of the first table: "| `country` | … |" (the header and the rule have no code span).
  return [...section.matchAll(/^\| `([^`]+)`\s*\|/gm)].map(([, name]) => name ?? "");
}

describe("the README's parameter table", () => {
  it("lists every URL parameter, in the order they are written", () => {
    expect(readmeParams()).toEqual(PARAM_ORDER);
  });
});
