/** Strings of the key figures, in Spanish (typed by the English: a missing key fails the typecheck). */
import { plural } from "../../plural";
import type { OverviewMessages } from "../overview";

export const overview: OverviewMessages = {
  pending: "…",
  countBy: (claimant: string, when: string) => `${claimant}, ${when}`,
  coverage: (percent: string) => `${percent} de las actas`,
  disagree: (values: string) => `Las fuentes no coinciden: ${values}`,
  recognitionOn: (date: string) => `Países, al ${date}`,
  countriesThat: (count: number, verb: string) =>
    `${plural("es", count, { one: "país", other: "países" })} ${verb}`,
  unavailable: "No se pudo cargar: el panel de abajo dice por qué.",
  counted: "Contados aquí a partir de las declaraciones citadas, como los cuenta la leyenda del mapa.",
};
