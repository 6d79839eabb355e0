/** The published data files, parsed with the real schemas, for the pure tests of this folder. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { disagreementsFile, talliesFile, type Tally } from "../../data/schemas";
import type { Lang } from "../../data/vocabulary";
import { talliesMessages } from "../../i18n/catalog-tallies";
import { makeI18n } from "../../i18n/i18n";
import { localCandidates } from "./tally-series";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, "../../../public/data", file), "utf8"));

export const talliesData = talliesFile.parse(read("tallies.json"));
export const disagreementsData = disagreementsFile.parse(read("disagreements.json"));
/** The candidates as the page names them in a language. */
export function candidatesIn(lang: Lang) {
  return localCandidates(talliesData.candidates, makeI18n(lang).text, talliesMessages[lang]);
}
export const candidates = candidatesIn("en");

export function tallyById(id: string): Tally {
  const tally = talliesData.tallies.find((t) => t.id === id);
  if (!tally) throw new Error(`no tally ${id} in public/data/tallies.json`);
  return tally;
}
