/** Strings of the recognition map, in Spanish (typed by the English: a missing key fails the typecheck). */
import { plural } from "../../plural";
import type { MapMessages } from "../map";

const PREDATES = "última declaración anterior a la captura de Maduro el 3 de enero de 2026";

const es: MapMessages = {
  predates: PREDATES,
  predatesShort: "declaración anterior al 3 ene 2026",
  loadingData: "los datos de reconocimiento",
  loadingMap: "Cargando el mapa…",
  worldMap: "Mapa mundial de las posiciones de reconocimiento",
  subject: "Venezuela: el país cuya elección está en disputa",
  hiddenByFilter: "oculto por el filtro de posición",
  accessibleName: (name: string, label: string, bloc?: string) =>
    bloc ? `${name}: ${label} (a través de la ${bloc})` : `${name}: ${label}`,
  tip: (label: string, since: string, predates: boolean) =>
    `${label}, desde el ${since}${predates ? ` (${PREDATES})` : ""}`,
  count: (total: number, via: number, bloc: string) =>
    `${total} ${plural("es", total, { one: "país", other: "países" })}` +
    (via > 0 ? ` (${via} a través de la ${bloc})` : ""),
  summary: (date: string, parts: string[]) => `Al ${date}: ${parts.join(", ")}.`,
  summaryEmpty: (date: string) => `Al ${date}: ningún país tiene una posición registrada.`,
  sourcesOnly: " Solo se cuentan las declaraciones de las fuentes elegidas.",
  summaryPredates: (n: number) =>
    ` Para ${n} ${plural("es", n, { one: "país", other: "países" })}, la posición mostrada es la última declaración anterior a la captura de Maduro el 3 de enero de 2026.`,
  legend: {
    title: "Leyenda",
    hint: "Pulse una posición para ver solo los países que la sostienen.",
    hatched: (bloc: string) => `Rayado: a través de la ${bloc} (un miembro sin posición propia)`,
    codebook: {
      title: "Cómo se codifican las declaraciones",
    },
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
  chart: {
    title: "Países por posición",
    fullHeight: (max: number) => `(altura total: ${max})`,
    scale: (max: number) => `(recuento de esta página; altura total: ${max})`,
    table: "Ver como tabla",
    choose: "Intro o un clic muestran el mapa en esta fecha.",
    summary: (first: string, last: string, changes: number, peaks: string[]) =>
      `Recuento de esta página sobre las declaraciones registradas, contado como en la leyenda: del ${first} al ${last} los recuentos cambiaron en ${changes} ${plural("es", changes, { one: "fecha", other: "fechas" })}.` +
      (peaks.length > 0 ? ` Máximo simultáneo: ${peaks.join("; ")}.` : ""),
    peak: (count: string, date: string) => `${count} (alcanzado por primera vez el ${date})`,
    caption:
      "Países con cada posición desde cada fecha en que cambió un recuento, según el recuento de esta página sobre las declaraciones registradas",
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

export const map = es;
