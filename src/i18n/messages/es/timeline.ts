/** Strings of the timeline area, in Spanish (typed by the English: a missing key fails the typecheck). */
import { formatters } from "../../format";
import { plural } from "../../plural";
import type { TimelineMessages } from "../timeline";

const number = formatters("es").number;
const entryCountEs = (count: number) =>
  `${number(count)} ${plural("es", count, { one: "entrada", other: "entradas" })}`;

const es: TimelineMessages = {
  list: "Cronología",
  showMore: (next: number, remaining: number) => `Mostrar ${next} más (faltan ${remaining})`,
  loadingWhat: "la cronología",
  entryCount: entryCountEs,
  status: {
    all: (total: number) =>
      plural("es", total, {
        one: "Se muestra la única entrada.",
        other: `Se muestran las ${entryCountEs(total)}.`,
      }),
    some: (shown: number, total: number) =>
      plural("es", shown, {
        one: `Se muestra ${entryCountEs(shown)} de ${number(total)}.`,
        other: `Se muestran ${entryCountEs(shown)} de ${number(total)}.`,
      }),
    hiddenSelection: (title: string) => `La entrada seleccionada, “${title}”, queda oculta por los filtros.`,
  },
  kinds: {
    "election-results": "Elección y resultados",
    recognition: "Reconocimiento",
    diplomatic: "Diplomacia",
    legal: "Judicial",
    report: "Informe o investigación",
    "protest-repression": "Protesta o represión",
  },
  origins: { event: "Hecho", stance: "Declaración de postura", tally: "Conteo publicado" },
  sourceKinds: {
    "electoral-authority": { one: "autoridad electoral", group: "Autoridades electorales" },
    campaign: { one: "campaña", group: "Campañas" },
    government: { one: "gobierno", group: "Gobiernos" },
    court: { one: "tribunal", group: "Tribunales" },
    legislature: { one: "órgano legislativo", group: "Órganos legislativos" },
    intergovernmental: { one: "organismo intergubernamental", group: "Organismos intergubernamentales" },
    observer: { one: "observador", group: "Observadores" },
    news: { one: "medio de noticias", group: "Medios de noticias" },
    aggregator: { one: "agregador o sitio que republica", group: "Agregadores y sitios que republican" },
    "state-partisan": { one: "medio estatal o partidista", group: "Medios estatales o partidistas" },
    academic: { one: "fuente académica", group: "Fuentes académicas" },
    forum: { one: "foro", group: "Foros" },
  },
  actorTypes: {
    country: "Países",
    bloc: "Bloques",
    organization: "Organismos",
    observer: "Observadores",
    legislature: "Órganos legislativos",
  },
  stanceTitle: (actor: string, stance: string) => `${actor}: ${stance}`,
  filters: {
    region: "Filtros de la cronología",
    country: {
      label: "País u organismo",
      placeholder: "Escriba un nombre",
      showAll: "Todas las opciones de país u organismo",
      chosen: "Países y organismos elegidos",
    },
    source: {
      label: "Fuente",
      placeholder: "Escriba un medio u organismo",
      showAll: "Todas las opciones de fuente",
      chosen: "Fuentes elegidas",
    },
    search: { label: "Buscar en títulos, resúmenes y citas", placeholder: "p. ej., actas, González" },
    stance: "Postura (muestra solo las declaraciones de postura)",
    kind: "Tipo",
    remove: (name: string) => `Quitar ${name}`,
  },
  picker: { loading: "Cargando…", nothingMatches: "No hay coincidencias." },
  active: {
    country: (name: string) => `país u organismo: ${name}`,
    source: (name: string) => `fuente: ${name}`,
    stance: (label: string) => `postura: ${label}`,
    kind: (label: string) => `tipo: ${label}`,
    search: (q: string) => `búsqueda: “${q}”`,
  },
  empty: {
    title: "Ninguna entrada cumple todos estos filtros:",
    inUse: "Filtros en uso",
    remove: (label: string) => `Quitar el filtro ${label}`,
    clearAll: "Quitar los filtros de la cronología",
  },
  entry: {
    dateNotGiven: "Fecha no indicada",
    dateNotGivenBecause: (note: string) => `Fecha no indicada (${note})`,
    selected: "Seleccionada",
    note: (note: string) => `Nota: ${note}`,
    claimedBy: (name: string, kind: string) => `Lo afirma ${name} (${kind})`,
    involved: "Involucrados",
    involvedIntro: "Involucrados (elija uno para filtrar por él):",
    sources: "Fuentes",
    sourceCount: (count: number) =>
      `${number(count)} ${plural("es", count, { one: "fuente", other: "fuentes" })}`,
    details: "Detalles",
    hideDetails: "Ocultar detalles",
  },
  axis: {
    label: "Ir a un mes",
    entries: "entradas mostradas (con los filtros)",
    stances: "declaraciones de postura entre ellas",
    month: (month: string, entries: number, stances: number) =>
      `${month}: ${entryCountEs(entries)}${
        stances > 0
          ? `, ${plural("es", stances, { one: "una de ellas es una declaración de postura", other: `${number(stances)} de ellas declaraciones de postura` })}`
          : ""
      }`,
  },
  openAll: "Abrir todas las entradas",
  closeAll: "Cerrar todas las entradas",
  citation: {
    translation: "Traducción de este sitio:",
    translationInto: {
      en: "Traducción al inglés de este sitio:",
      es: "Traducción al español de este sitio:",
    },
    linkNote: (publisher: string) => `${publisher}, se abre en una pestaña nueva`,
    titleFromUrl: "(título tomado del enlace)",
    undated: (note: string) => `(sin fecha: ${note})`,
  },
  series: {
    heading: "Cifras a lo largo del tiempo",
    intro:
      "Cifras que las fuentes dieron una y otra vez, cada una con su fecha, quién contó y su fuente. Son recuentos distintos de cosas distintas: aquí nunca se suman, se promedian ni se funden.",
    count: (k: number) => `${number(k)} ${plural("es", k, { one: "cifra", other: "cifras" })}`,
    countedBy: (who: string) => `Contó: ${who}`,
    bound: {
      exact: (value: string) => value,
      "at-least": (value: string) => `al menos ${value}`,
      "more-than": (value: string) => `más de ${value}`,
      about: (value: string) => `alrededor de ${value}`,
    },
    quote: "Cita y página",
  },
  disagreement: {
    heading: (topic: string) => `Las fuentes discrepan: ${topic}`,
    claims: "Versiones",
    claimSources: "Fuentes de esta versión",
    assessment: "Valoración:",
  },
};

export const timeline = es;
