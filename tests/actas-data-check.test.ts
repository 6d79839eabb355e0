/**
 * The command-line data check on the tally-sheet files (public/data/actas), run as a reader
 * would run it: on the bundled data, and on copies of it broken the ways an edit breaks them.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyOfData, dataCheck, editJson as editDataJson, removeCopies, root } from "./data-copy";

afterEach(removeCopies);

// Test edits reach into arbitrary JSON on purpose: the point is to break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

/** Edits a file of the copy's actas/ folder. */
const editJson = (dir: string, file: string, change: (json: AnyJson) => void) =>
  editDataJson(dir, join("actas", file), change);

function refused(dir: string) {
  const result = dataCheck(dir);
  expect(result.status, result.output).toBe(1);
  return result.output;
}

describe("npm run data:check on the tally-sheet files", () => {
  it("passes on the bundled files, and says it checked them", () => {
    const result = dataCheck(join(root, "public/data"));
    expect(result.output).toMatch(/and so are the 76 tally-sheet files in its actas\/ folder/);
    expect(result.status).toBe(0);
  });

  it("skips them, and says so, in another dataset that has no actas/ folder", () => {
    const dir = copyOfData((d) => rmSync(join(d, "actas"), { recursive: true }));
    const result = dataCheck(dir);
    expect(result.output).toContain("it has no actas/ folder: the tally-sheet files were not checked");
    expect(result.status).toBe(0);
  });

  it("refuses an unknown state, in a file and as a file", () => {
    const output = refused(
      copyOfData((d) => {
        editJson(d, "states.json", (json) => (json.states[0].code = "25"));
        cpSync(join(d, "actas/centres/24.json"), join(d, "actas/centres/25.json"));
      }),
    );
    expect(output).toContain('actas/states.json $.states[0].code: "25" is not one of the 24 states');
    expect(output).toContain("actas/states.json $.states: has no entry for 01 Distrito Capital");
    expect(output).toContain('actas/centres/25.json $: "25" is not one of the 24 states');
  });

  it("refuses a centre or a campaign sheet filed under a parish the state does not have", () => {
    const output = refused(
      copyOfData((d) => {
        editJson(d, "centres/13.json", (json) => {
          json.centres[0].parish = "139999";
          json.centres[0].code = "139999001";
        });
        editJson(d, "sheets/13.json", (json) => (json.parishes[0].code = "139998"));
      }),
    );
    expect(output).toContain(
      "actas/centres/13.json $.centres[0].parish: the parish 139999 is not in actas/areas/13.json",
    );
    expect(output).toContain(
      "actas/sheets/13.json $.parishes[0].code: the parish 139998 is not in actas/areas/13.json",
    );
  });

  it("takes a parish without a CNE code only as its municipality's code and the campaign file's name", () => {
    // Bundled: Apure's QUINTERO is 0302-quintero, and its sheet counts in MUÑOZ (0302) and Apure.
    const areas = JSON.parse(readFileSync(join(root, "public/data/actas/areas/03.json"), "utf8")) as AnyJson;
    const quintero = areas.parishes.find((p: AnyJson) => p.code === "0302-quintero");
    expect(quintero).toMatchObject({ name: "QUINTERO", codeFrom: "cne-municipality+campaign-name" });
    expect(quintero.campaign.sheets).toBe(1);
    const munoz = areas.municipalities.find((m: AnyJson) => m.code === "0302");
    const inMunoz = areas.parishes.filter((p: AnyJson) => p.code.startsWith("0302"));
    expect(inMunoz.map((p: AnyJson) => p.code)).toContain("0302-quintero");
    expect(munoz.campaign.sheets).toBe(inMunoz.reduce((n: number, p: AnyJson) => n + p.campaign.sheets, 0));

    const at = (json: AnyJson, code: string) => json.parishes.findIndex((p: AnyJson) => p.code === code);
    let tacata = -1;
    let santaRosa = -1;
    let quinteroSheets = -1;
    const output = refused(
      copyOfData((d) => {
        // A made-up CNE code, 130305, for Tácata, in both files.
        editJson(d, "areas/13.json", (json) => {
          tacata = at(json, "1303-tacata");
          json.parishes[tacata].code = "130305";
          delete json.parishes[tacata].codeFrom;
        });
        editJson(d, "sheets/13.json", (json) => (json.parishes[at(json, "1303-tacata")].code = "130305"));
        // The second form with another name.
        editJson(d, "areas/11.json", (json) => {
          santaRosa = at(json, "1102-santa-rosa");
          json.parishes[santaRosa].code = "1102-santa-rosa-2";
        });
      }),
    );
    expect(output).toContain(
      `actas/areas/13.json $.parishes[${tacata}].code: 130305 is not a CNE code any source gives: the parish has no sheets in the centre file, so its code must be "1303-tacata", with codeFrom`,
    );
    expect(output).toContain(
      `actas/areas/11.json $.parishes[${santaRosa}].code: 1102-santa-rosa-2 must be "1102-santa-rosa": the municipality's code and the name`,
    );
    // Quintero's sheets under a made-up CNE code, 030203, that the areas file does not have.
    const unknown = refused(
      copyOfData((d) =>
        editJson(d, "sheets/03.json", (json) => {
          quinteroSheets = at(json, "0302-quintero");
          json.parishes[quinteroSheets].code = "030203";
        }),
      ),
    );
    expect(unknown).toContain(
      `actas/sheets/03.json $.parishes[${quinteroSheets}].code: the parish 030203 is not in actas/areas/03.json`,
    );
  });

  it("refuses any other form of parish code, and one under a municipality the state lacks", () => {
    const output = refused(
      copyOfData((d) => {
        editJson(d, "areas/13.json", (json) => {
          json.parishes[0].code = "1303-Tacata";
          json.parishes[1].code = "1399-tacata";
        });
        editJson(d, "sheets/13.json", (json) => (json.parishes[0].code = "13-tacata"));
      }),
    );
    expect(output).toMatch(
      /actas\/areas\/13\.json \$\.parishes\[0\]\.code: must be a 6-digit CNE parish code/,
    );
    expect(output).toContain(
      "actas/areas/13.json $.parishes[1].code: 1399-tacata is a parish of a municipality this file does not list",
    );
    expect(output).toMatch(
      /actas\/sheets\/13\.json \$\.parishes\[0\]\.code: must be a 6-digit CNE parish code/,
    );
  });

  it("refuses negative and non-integer votes", () => {
    const output = refused(
      copyOfData((d) => {
        editJson(d, "sheets/01.json", (json) => (json.parishes[0].sheets[0][1] = -5));
        editJson(d, "centres/01.json", (json) => (json.centres[0].sheets[0][8] = 10.5));
      }),
    );
    expect(output).toContain("actas/sheets/01.json $.parishes[0].sheets[0][1]: must not be negative");
    expect(output).toContain("actas/centres/01.json $.centres[0].sheets[0][8]: must be a whole number");
  });

  it("refuses González, Maduro and the others that do not add up to the valid votes", () => {
    const output = refused(
      copyOfData((d) => editJson(d, "areas/17.json", (json) => (json.parishes[0].campaign.egu += 1))),
    );
    expect(output).toMatch(
      /actas\/areas\/17\.json \$\.parishes\[0\]\.campaign\.validos: egu \+ nm \+ otros = \d+, but validos is \d+: they must be equal/,
    );
  });

  it("refuses a centre code that is not in its parish or a parish not in the file's state", () => {
    const output = refused(
      copyOfData((d) =>
        editJson(d, "centres/13.json", (json) => {
          json.centres[0].code = "140101001";
          json.centres[1].parish = "140101";
          json.centres[1].code = "140101002";
        }),
      ),
    );
    expect(output).toMatch(
      /actas\/centres\/13\.json \$\.centres\[0\]\.code: the centre 140101001 is not in its parish 13\d{4}/,
    );
    expect(output).toContain(
      "actas/centres/13.json $.centres[1].parish: the parish 140101 is not in this file's state 13",
    );
  });

  it("refuses totals that no longer match the sources, and levels that no longer add up", () => {
    const output = refused(
      copyOfData((d) => {
        editJson(d, "states.json", (json) => {
          json.national.campaign.egu = 7_151_462; // adn40's misprint (data/actas/README.md)
          json.national.campaign.validos -= 5_000;
        });
        editJson(d, "sheets/21.json", (json) => {
          json.parishes[0].sheets[0][1] += 1;
        });
      }),
    );
    expect(output).toContain(
      "actas/states.json $.national.campaign.egu: is 7,151,462, but the campaign file's sheets (data/actas/README.md) add up to 7,156,462",
    );
    expect(output).toContain(
      "actas/states.json $.national.campaign.egu: is 7,151,462, but its 24 states add up to 7,156,462",
    );
    expect(output).toMatch(
      /actas\/areas\/21\.json \$\.parishes\[0\]\.campaign\.nm: is [\d,]+, but its sheets in actas\/sheets\/21\.json add up to [\d,]+/,
    );
  });

  it("refuses a compilations.json whose counts do not add up or are not states.json's", () => {
    const output = refused(
      copyOfData((d) =>
        editJson(d, "compilations.json", (json) => {
          json.states[0][1] += 1;
          json.national.unmatched = 31;
        }),
      ),
    );
    expect(output).toContain(
      "actas/compilations.json $.national.campaign: is 24532, but its states add up to 24533",
    );
    expect(output).toContain(
      "actas/compilations.json $.national.unmatched: is 31, but the file lists 32 unmatched sheets",
    );
    // Added up again, the counts still are not those of states.json.
    const across = refused(
      copyOfData((d) =>
        editJson(d, "compilations.json", (json) => {
          json.states[0][2] -= 2;
          json.national.centre -= 2;
        }),
      ),
    );
    expect(across).toContain(
      "actas/compilations.json $.states[0][2]: is 1,270, but actas/states.json gives state 01 1,272 centre sheets",
    );
  });

  it("refuses an unmatched sheet the centres files lack, or one too many or too few", () => {
    const at = (json: AnyJson, code: string) => json.unmatched.findIndex((u: AnyJson) => u[1] === code);
    let last = -1;
    let miranda = -1;
    const output = refused(
      copyOfData((d) =>
        editJson(d, "compilations.json", (json) => {
          // An unknown centre (last, so the list stays in order), a table and votes it lacks.
          last = json.unmatched.length - 1;
          json.unmatched[last][1] = `${json.unmatched[last][0]}9999999`;
          json.unmatched[0][2] = 99;
          miranda = at(json, "130101001");
          json.unmatched[miranda][3] += 1;
        }),
      ),
    );
    expect(output).toContain(
      `actas/compilations.json $.unmatched[${last}][1]: the centre 249999999 is not in actas/centres/24.json`,
    );
    expect(output).toContain(
      "actas/compilations.json $.unmatched[0][2]: the centre 010110032 has no table 99 in actas/centres/01.json",
    );
    expect(output).toContain(
      `actas/compilations.json $.unmatched[${miranda}]: gives 130101001 table 5 González 260 and Maduro 209, but actas/centres/13.json gives 259 and 209`,
    );
    // A sheet left off, the count lowered to agree: the files say one of the pair matches none.
    const dropped = refused(
      copyOfData((d) =>
        editJson(d, "compilations.json", (json) => {
          json.unmatched.splice(at(json, "130101001"), 1);
          json.national.unmatched -= 1;
        }),
      ),
    );
    expect(dropped).toContain(
      "actas/compilations.json $.unmatched: lists 0 sheets of state 13 with González 259 and Maduro 209, but the centres files have 2 such sheets and the sheets files 1, so 1 match none",
    );
  });

  it("refuses a compilations.json out of order or in another state", () => {
    const output = refused(
      copyOfData((d) =>
        editJson(d, "compilations.json", (json) => {
          json.unmatched.reverse();
          json.unmatched[0][0] = "23";
        }),
      ),
    );
    expect(output).toContain(
      "actas/compilations.json $.unmatched[0][1]: the centre 240106009 is not in its state 23",
    );
    expect(output).toMatch(
      /actas\/compilations\.json \$\.unmatched\[1\]: 240101002 table 1 comes after 240106009 table 2: the sheets must be in order of centre code, then table, each once/,
    );
  });

  it("refuses a missing or truncated file, naming it", () => {
    const output = refused(
      copyOfData((d) => {
        rmSync(join(d, "actas/areas/05.json"));
        const text = readFileSync(join(d, "actas/venezuela-states.json"), "utf8");
        writeFileSync(join(d, "actas/venezuela-states.json"), text.slice(0, 1000));
      }),
    );
    expect(output).toContain("actas/areas/05.json $: the file is missing");
    expect(output).toMatch(/actas\/venezuela-states\.json \$: is not valid JSON/);
  });
});
