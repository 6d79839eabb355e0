/** Strings shared by every view, in Spanish (typed by the English: a missing key fails the typecheck). */
import { plural } from "../../plural";
import type { CommonMessages } from "../common";

const es: CommonMessages = {
  title: "Venezuela 2024: la elección disputada, fuente por fuente",
  intro:
    "Quién reconoció a quién y cuándo, qué dice cada conteo de los votos del 28 de julio de 2024 y qué pasó, según quién. Cada cifra y cada declaración enlazan a su fuente.",
  dataSpan: (first: string, last: string) =>
    `El registro va del ${first} al ${last}; salvo que un enlace pida otra fecha, el mapa muestra ese último día.`,
  language: "Idioma",
  languageUnavailable:
    "No se pudo cargar el texto en español (revise su conexión), así que la página se muestra en inglés. Elija Español para intentarlo de nuevo, o vuelva a cargar la página.",
  drawer: {
    filters: (active: number) => (active > 0 ? `Filtros (${active} activos)` : "Filtros"),
  },
  nav: { label: "Secciones de la página" },
  panels: {
    keyFigures: "Cifras clave",
    recognition: "Reconocimiento",
    recognitionAsOf: (date: string) => `Quién reconoció a quién, al ${date}.`,
    counts: "Los conteos",
    countsDescription: "Las cifras del consejo electoral frente al conteo de las actas.",
    actas: "Las actas",
    actasDescription:
      "Las 24.532 actas que publicó la oposición, por estado, municipio y parroquia, y 21.952 de ellas por centro de votación.",
    actasLoading: "las actas",
    timeline: "Qué pasó",
    timelineDescription: "Los hechos en orden, cada uno con sus fuentes.",
    countsLoading: "los conteos de votos",
  },
  loading: (what: string) => `Cargando ${what}…`,
  loadingSlow:
    "Esto está tardando más de lo normal; el servidor o la conexión van lentos. El resto de la página funciona mientras tanto.",
  tryingAgain: (attempt: number, of: number) =>
    `El servidor no respondió; se intenta de nuevo (${attempt} de ${of}).`,
  otherPanelsWork: "Los demás paneles siguen funcionando.",
  loadErrors: {
    missing: (file: string) => `El archivo de datos ${file} no está en el servidor.`,
    server: (file: string, status?: number) => `El servidor no pudo enviar ${file} (error ${status}).`,
    network: (file: string) => `No se pudo contactar al servidor para cargar ${file}. Revise su conexión.`,
    "not-json": (file: string) => `El archivo de datos ${file} está dañado: no es JSON completo y válido.`,
    invalid: (file: string) => `El archivo de datos ${file} no tiene el formato esperado.`,
  },
  retry: "Reintentar",
  retrying: "Reintentando…",
  loadFailed: "Algo falló al cargar los datos.",
  renderFailed: (area: string) => `No se pudo mostrar ${area} por un error en la página.`,
  tryAgain: "Intentar de nuevo",
  titleNotShown: "(título no visible en la página)",
  dateNotGiven: "fecha no indicada",
  datePrecision: { on: "", by: "a más tardar el ", about: "hacia el " },
  urlNotice: {
    title: "Parte del enlace que abrió no se pudo usar y se ignoró:",
    dismiss: "Cerrar aviso",
    reasons: {
      "unknown-param": () => "no es un ajuste que esta página conozca",
      repeated: () => "aparece más de una vez; se usa el primer valor",
      invalid: () => "no es un valor válido",
      "compare-two": () => "debe nombrar dos conteos distintos",
      "not-in-data": () => "no está en los datos",
      "outside-dates": (detail?: string) => `queda fuera de las fechas de los datos (${detail})`,
      "unknown-tally": (detail?: string) => `nombra un conteo que no está en los datos (${detail})`,
    },
  },
  dataWarnings: {
    intro: "Parte de los datos de este panel no se pudo usar.",
    skipped: (n: number) =>
      ` ${plural("es", n, { one: "Se omitió 1 registro no válido.", other: `Se omitieron ${n} registros no válidos.` })}`,
    broken: (n: number) =>
      ` ${plural("es", n, { one: "1 referencia apunta", other: `${n} referencias apuntan` })} a algo que falta en los datos; se muestra por su identificador.`,
    rest: "Todo lo demás se muestra como siempre.",
    details: "Detalles para quienes mantienen los datos",
    more: (n: number) => `…y ${n} más`,
  },
  stances: {
    "recognizes-maduro": {
      label: "Reconoce a Maduro",
      verb: (n: number) => plural("es", n, { one: "reconoce a Maduro", other: "reconocen a Maduro" }),
      rule: "Felicitó a Maduro o aceptó la declaración del CNE de que ganó.",
    },
    "recognizes-gonzalez": {
      label: "Reconoce a González",
      verb: (n: number) => plural("es", n, { one: "reconoce a González", other: "reconocen a González" }),
      rule: "Dijo que Edmundo González ganó la elección o lo llamó presidente electo.",
    },
    "rejects-result": {
      label: "Rechaza el resultado del CNE",
      verb: (n: number) =>
        plural("es", n, { one: "rechaza el resultado del CNE", other: "rechazan el resultado del CNE" }),
      rule: "Se negó a reconocer el resultado del CNE sin reconocer a González como ganador.",
    },
    "demands-records": {
      label: "Pide las actas",
      verb: (n: number) => plural("es", n, { one: "pide las actas", other: "piden las actas" }),
      rule: "Pidió las actas o una verificación antes de aceptar cualquier resultado.",
    },
    "recognizes-interim-government": {
      label: "Reconoce al gobierno interino",
      verb: (n: number) =>
        plural("es", n, { one: "reconoce al gobierno interino", other: "reconocen al gobierno interino" }),
      rule: "Tras la captura de Maduro el 3 de enero de 2026, reconoció al gobierno interino encabezado por Delcy Rodríguez, que no es ni Maduro ni González.",
    },
    none: { label: "Sin posición registrada", rule: "Los datos no tienen ninguna declaración de este país." },
  },
  sourcing: {
    republishers: "Solo lo publican agregadores o sitios que republican: tómelo con cautela.",
    partisan: "Solo lo publican medios estatales o partidistas: tómelo con cautela.",
    "republishers-and-partisan":
      "Solo lo publican agregadores, sitios que republican y medios estatales o partidistas: tómelo con cautela.",
  },
};

export const common = es;
