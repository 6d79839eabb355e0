import { describe, expect, it } from "vitest";
import { disagreementsByField, matchingSources, rowFields } from "./tally-context";
import { disagreementsData, tallyById } from "./test-data";

describe("matchingSources", () => {
  it.each([
    { id: "opposition-83-5", selected: ["cnn", "tass"], expected: ["cnn"] },
    { id: "cne-2024-08-02", selected: ["cnn", "tass"], expected: ["tass"] },
    { id: "cne-2024-08-02", selected: ["cne"], expected: ["cne"] },
    // Hacker News only comments on the 29 July bulletin (an assessment): not a match.
    { id: "cne-2024-07-29", selected: ["hacker-news-mirror"], expected: [] },
    { id: "cne-2024-07-29", selected: [], expected: [] },
  ])("$id with $selected", ({ id, selected, expected }) => {
    expect(matchingSources(tallyById(id), selected)).toEqual(expected);
  });
});

describe("disagreementsByField", () => {
  it.each([
    { id: "cne-2024-08-02", fields: ["results.maduro.votes", "publication", "results.martinez.votes"] },
    {
      id: "cne-2024-07-29",
      fields: ["results.maduro.votes", "results.gonzalez.share", "results.others.share"],
    },
    { id: "opposition-81-7", fields: ["results.gonzalez.votes"] },
    { id: "opposition-83-5", fields: [] },
  ])("$id: $fields", ({ id, fields }) => {
    expect([...disagreementsByField(disagreementsData.disagreements, id).keys()]).toEqual(fields);
  });

  it("names the fields of a grouped row", () => {
    expect(rowFields(["martinez", "ecarri"], "votes")).toEqual([
      "results.martinez.votes",
      "results.ecarri.votes",
    ]);
  });
});
