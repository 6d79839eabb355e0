/** Strings of the recognition map, English and Spanish side by side. */
import { plural } from "../plural";

const en = {
  loadingData: "the recognition data",
  loadingMap: "Loading the map…",
  worldMap: "World map of recognition stances",
  subject: "Venezuela: the country whose election is disputed",
  hiddenByFilter: "hidden by the stance filter",
  accessibleName: (name: string, label: string, bloc?: string) =>
    bloc ? `${name}: ${label} (via the ${bloc})` : `${name}: ${label}`,
  tip: (label: string, since: string) => `${label}, since ${since}`,
  count: (total: number, via: number, bloc: string) =>
    `${total} ${plural("en", total, { one: "country", other: "countries" })}` +
    (via > 0 ? ` (${via} via the ${bloc})` : ""),
  summary: (date: string, parts: string[]) => `On ${date}: ${parts.join(", ")}.`,
  summaryEmpty: (date: string) => `On ${date}: no country has a recorded position.`,
  sourcesOnly: " Only statements from the selected sources are counted.",
  legend: {
    title: "Legend",
    hint: "Press a stance to show only the countries that hold it.",
    hatched: (bloc: string) => `Hatched: via the ${bloc} (a member without a stance of its own)`,
  },
  bodies: { title: "Blocs, organisations and observers", since: (date: string) => ` since ${date}` },
  date: {
    label: "Stances as of",
    help: "Marks show the dates when a stance changed; arrow keys move between them.",
    previous: "Previous change",
    next: "Next change",
  },
  details: {
    close: "Close",
    closeLabel: (name: string) => `Close the details of ${name}`,
    on: (date: string) => `On ${date}: `,
    since: (date: string) => `, since ${date}`,
    via: (bloc: string) => ` (via the ${bloc}: it has no recorded position of its own)`,
    history: (name: string) => `Stance history of ${name}`,
    after: " (after the selected date)",
    note: (note: string) => `Note: ${note}`,
    sources: "Sources",
    none: (name: string) => `The data holds no statement by ${name}.`,
  },
  table: {
    heading: "The map as a table",
    caption: (date: string, n: number) =>
      `Stances as of ${date} (${n} ${plural("en", n, { one: "country", other: "countries" })})`,
    country: "Country",
    stance: "Stance",
    since: "Since",
    sources: "Sources",
    via: (bloc: string) => ` (via the ${bloc})`,
  },
};

export type MapMessages = typeof en;

const es: MapMessages = {
  loadingData: "los datos de reconocimiento",
  loadingMap: "Cargando el mapa…",
  worldMap: "Mapa mundial de las posiciones de reconocimiento",
  subject: "Venezuela: el país cuya elección está en disputa",
  hiddenByFilter: "oculto por el filtro de posición",
  accessibleName: (name: string, label: string, bloc?: string) =>
    bloc ? `${name}: ${label} (a través de la ${bloc})` : `${name}: ${label}`,
  tip: (label: string, since: string) => `${label}, desde el ${since}`,
  count: (total: number, via: number, bloc: string) =>
    `${total} ${plural("es", total, { one: "país", other: "países" })}` +
    (via > 0 ? ` (${via} a través de la ${bloc})` : ""),
  summary: (date: string, parts: string[]) => `Al ${date}: ${parts.join(", ")}.`,
  summaryEmpty: (date: string) => `Al ${date}: ningún país tiene una posición registrada.`,
  sourcesOnly: " Solo se cuentan las declaraciones de las fuentes elegidas.",
  legend: {
    title: "Leyenda",
    hint: "Pulse una posición para ver solo los países que la sostienen.",
    hatched: (bloc: string) => `Rayado: a través de la ${bloc} (un miembro sin posición propia)`,
  },
  bodies: { title: "Bloques, organizaciones y observadores", since: (date: string) => ` desde el ${date}` },
  date: {
    label: "Posiciones al",
    help: "Las marcas señalan las fechas en que cambió una posición; las flechas del teclado saltan entre ellas.",
    previous: "Cambio anterior",
    next: "Cambio siguiente",
  },
  details: {
    close: "Cerrar",
    closeLabel: (name: string) => `Cerrar los detalles de ${name}`,
    on: (date: string) => `Al ${date}: `,
    since: (date: string) => `, desde el ${date}`,
    via: (bloc: string) => ` (a través de la ${bloc}: no tiene posición registrada propia)`,
    history: (name: string) => `Historial de posiciones de ${name}`,
    after: " (posterior a la fecha elegida)",
    note: (note: string) => `Nota: ${note}`,
    sources: "Fuentes",
    none: (name: string) => `Los datos no tienen ninguna declaración de ${name}.`,
  },
  table: {
    heading: "El mapa como tabla",
    caption: (date: string, n: number) =>
      `Posiciones al ${date} (${n} ${plural("es", n, { one: "país", other: "países" })})`,
    country: "País",
    stance: "Posición",
    since: "Desde",
    sources: "Fuentes",
    via: (bloc: string) => ` (a través de la ${bloc})`,
  },
};

export const map = { en, es };
