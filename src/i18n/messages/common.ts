/** Strings shared by every view: the shell, panel states, citations, stances, notices. */
import { plural } from "../plural";

const en = {
  title: "Venezuela 2024: the disputed election, source by source",
  intro:
    "Who recognised whom and when, what each count of the votes of 28 July 2024 says, and what happened, according to whom. Every figure and statement links to its source.",
  language: "Language",
  drawer: {
    filters: (active: number) => (active > 0 ? `Filters (${active} active)` : "Filters"),
  },
  panels: {
    recognition: "Recognition",
    recognitionAsOf: (date: string) => `Who recognised whom, as of ${date}.`,
    counts: "The counts",
    countsDescription: "The electoral council's figures against the tally-sheet count.",
    timeline: "What happened",
    timelineDescription: "Events in order, each with its sources.",
  },
  loading: (what: string) => `Loading ${what}…`,
  loadingSlow:
    "This is taking longer than usual; the server or the connection is slow. The rest of the page works meanwhile.",
  otherPanelsWork: "The other panels keep working.",
  loadErrors: {
    missing: (file: string) => `The data file ${file} was not found on the server.`,
    server: (file: string, status?: number) => `The server failed to send ${file} (error ${status}).`,
    network: (file: string) => `Could not reach the server to load ${file}. Check your connection.`,
    "not-json": (file: string) => `The data file ${file} is damaged: it is not complete, valid JSON.`,
    invalid: (file: string) => `The data file ${file} does not match the expected format.`,
  },
  retry: "Retry",
  loadFailed: "Something went wrong while loading the data.",
  renderFailed: (area: string) => `The ${area} could not be shown because of an error in the page.`,
  tryAgain: "Try again",
  opensInNewTab: "opens in a new tab",
  dateNotGiven: "date not given",
  datePrecision: { on: "", by: "by ", about: "about " },
  urlNotice: {
    title: "Part of the link you opened could not be used, so it was ignored:",
    dismiss: "Dismiss",
    reasons: {
      unreadable: () => "could not be read",
      "unknown-param": () => "is not a setting this page knows",
      repeated: () => "was given more than once; the first value is used",
      invalid: () => "is not a valid value",
      "compare-two": () => "must name two different tallies",
      "not-in-data": () => "is not in the data",
      "outside-dates": (detail?: string) => `is outside the dates in the data (${detail})`,
      "unknown-tally": (detail?: string) => `names a tally that is not in the data (${detail})`,
    },
  },
  dataWarnings: {
    intro: "Part of the data behind this panel could not be used.",
    skipped: (n: number) =>
      ` ${n} invalid ${plural("en", n, { one: "record was", other: "records were" })} left out.`,
    broken: (n: number) =>
      ` ${n} ${plural("en", n, { one: "reference points", other: "references point" })} to something missing from the data; shown by its id.`,
    rest: "Everything else is shown as usual.",
    details: "Details for the data's maintainers",
    more: (n: number) => `…and ${n} more`,
  },
  stances: {
    "recognizes-maduro": {
      label: "Recognizes Maduro",
      verb: (n: number) => plural("en", n, { one: "recognizes Maduro", other: "recognize Maduro" }),
      rule: "Congratulated Maduro or accepted the CNE's declaration that he won.",
    },
    "recognizes-gonzalez": {
      label: "Recognizes González",
      verb: (n: number) => plural("en", n, { one: "recognizes González", other: "recognize González" }),
      rule: "Said that Edmundo González won the election or called him president-elect.",
    },
    "rejects-result": {
      label: "Rejects the CNE result",
      verb: (n: number) => plural("en", n, { one: "rejects the CNE result", other: "reject the CNE result" }),
      rule: "Refused to recognize the CNE's result without recognizing González as the winner.",
    },
    "demands-records": {
      label: "Asks for the tally sheets",
      verb: (n: number) =>
        plural("en", n, { one: "asks for the tally sheets", other: "ask for the tally sheets" }),
      rule: "Asked for the tally sheets or a verification before accepting any result.",
    },
    none: { label: "No recorded position", rule: "No statement by this country is in the data." },
  },
  /** Names of bodies that are not countries; countries are named by Intl.DisplayNames. */
  actors: {} as Record<string, string>,
};

export type CommonMessages = typeof en;

const es: CommonMessages = {
  title: "Venezuela 2024: la elección disputada, fuente por fuente",
  intro:
    "Quién reconoció a quién y cuándo, qué dice cada conteo de los votos del 28 de julio de 2024 y qué pasó, según quién. Cada cifra y cada declaración enlazan a su fuente.",
  language: "Idioma",
  drawer: {
    filters: (active: number) => (active > 0 ? `Filtros (${active} activos)` : "Filtros"),
  },
  panels: {
    recognition: "Reconocimiento",
    recognitionAsOf: (date: string) => `Quién reconoció a quién, al ${date}.`,
    counts: "Los conteos",
    countsDescription: "Las cifras del consejo electoral frente al conteo de las actas.",
    timeline: "Qué pasó",
    timelineDescription: "Los hechos en orden, cada uno con sus fuentes.",
  },
  loading: (what: string) => `Cargando ${what}…`,
  loadingSlow:
    "Esto está tardando más de lo normal; el servidor o la conexión van lentos. El resto de la página funciona mientras tanto.",
  otherPanelsWork: "Los demás paneles siguen funcionando.",
  loadErrors: {
    missing: (file: string) => `El archivo de datos ${file} no está en el servidor.`,
    server: (file: string, status?: number) => `El servidor no pudo enviar ${file} (error ${status}).`,
    network: (file: string) => `No se pudo contactar al servidor para cargar ${file}. Revise su conexión.`,
    "not-json": (file: string) => `El archivo de datos ${file} está dañado: no es JSON completo y válido.`,
    invalid: (file: string) => `El archivo de datos ${file} no tiene el formato esperado.`,
  },
  retry: "Reintentar",
  loadFailed: "Algo falló al cargar los datos.",
  renderFailed: (area: string) => `No se pudo mostrar ${area} por un error en la página.`,
  tryAgain: "Intentar de nuevo",
  opensInNewTab: "se abre en una pestaña nueva",
  dateNotGiven: "fecha no indicada",
  datePrecision: { on: "", by: "a más tardar el ", about: "hacia el " },
  urlNotice: {
    title: "Parte del enlace que abrió no se pudo usar y se ignoró:",
    dismiss: "Cerrar aviso",
    reasons: {
      unreadable: () => "no se pudo leer",
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
    none: { label: "Sin posición registrada", rule: "Los datos no tienen ninguna declaración de este país." },
  },
  actors: {
    EU: "Unión Europea",
    oas: "Organización de los Estados Americanos",
    "carter-center": "Centro Carter",
    "un-panel-of-experts": "Panel de expertos electorales de la ONU",
    "european-parliament": "Parlamento Europeo",
    "spain-congress": "Congreso de los Diputados de España",
  },
};

export const common = { en, es };
