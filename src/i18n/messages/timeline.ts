/** Strings of the timeline area, English and Spanish side by side. */
import { formatters } from "../format";
import { plural } from "../plural";

const n = { en: formatters("en").number, es: formatters("es").number };

const entryCountEn = (count: number) =>
  `${n.en(count)} ${plural("en", count, { one: "entry", other: "entries" })}`;
const entryCountEs = (count: number) =>
  `${n.es(count)} ${plural("es", count, { one: "entrada", other: "entradas" })}`;

const en = {
  /** The list's accessible name; tests and shared screenshots rely on it. */
  list: "Timeline",
  showMore: (next: number, remaining: number) => `Show ${next} more (${remaining} not shown yet)`,
  /** Completes the shared "Loading …" line. */
  loadingWhat: "the timeline",
  entryCount: entryCountEn,
  status: {
    all: (total: number) => `Showing all ${entryCountEn(total)}.`,
    some: (shown: number, total: number) => `Showing ${entryCountEn(shown)} of ${n.en(total)}.`,
    hiddenSelection: (title: string) => `The selected entry, “${title}”, is hidden by the filters.`,
  },
  kinds: {
    "election-results": "Election and results",
    recognition: "Recognition",
    diplomatic: "Diplomatic",
    legal: "Legal",
    report: "Report or investigation",
    "protest-repression": "Protest or repression",
  },
  origins: { event: "Event", stance: "Stance statement", tally: "Count published" },
  /** Singular, for a citation ("MercoPress (news outlet)"); plural for the source picker's groups. */
  sourceKinds: {
    "electoral-authority": { one: "electoral authority", group: "Electoral authorities" },
    campaign: { one: "campaign", group: "Campaigns" },
    government: { one: "government", group: "Governments" },
    court: { one: "court", group: "Courts" },
    legislature: { one: "legislature", group: "Legislatures" },
    intergovernmental: { one: "intergovernmental body", group: "Intergovernmental bodies" },
    observer: { one: "observer", group: "Observers" },
    news: { one: "news outlet", group: "News outlets" },
    aggregator: { one: "republisher or aggregator", group: "Republishers and aggregators" },
    "state-partisan": { one: "state or partisan outlet", group: "State or partisan outlets" },
    academic: { one: "academic", group: "Academics" },
    forum: { one: "forum", group: "Forums" },
  },
  actorTypes: {
    country: "Countries",
    bloc: "Blocs",
    organization: "Organisations",
    observer: "Observers",
    legislature: "Legislatures",
  },
  /** A stance statement's title: "Peru: Recognizes González". */
  stanceTitle: (actor: string, stance: string) => `${actor}: ${stance}`,
  filters: {
    region: "Timeline filters",
    country: {
      label: "Country or organisation",
      placeholder: "Type a name",
      showAll: "All country or organisation options",
      chosen: "Chosen countries and organisations",
    },
    source: {
      label: "Source",
      placeholder: "Type a publisher or body",
      showAll: "All source options",
      chosen: "Chosen sources",
    },
    search: { label: "Search titles, summaries and quotes", placeholder: "e.g. tally sheets, González" },
    stance: "Stance (keeps stance statements only)",
    kind: "Kind",
    remove: (name: string) => `Remove ${name}`,
  },
  picker: { loading: "Loading…", nothingMatches: "Nothing matches." },
  /** The filters in use, as the empty state names them. */
  active: {
    country: (name: string) => `country: ${name}`,
    source: (name: string) => `source: ${name}`,
    stance: (label: string) => `stance: ${label}`,
    kind: (label: string) => `kind: ${label}`,
    search: (q: string) => `search: “${q}”`,
  },
  empty: {
    title: "No entry matches all of these filters:",
    inUse: "Filters in use",
    remove: (label: string) => `Remove the filter ${label}`,
    clearAll: "Clear the timeline filters",
  },
  entry: {
    dateNotGiven: "Date not given",
    dateNotGivenBecause: (note: string) => `Date not given (${note})`,
    selected: "Selected",
    note: (note: string) => `Note: ${note}`,
    claimedBy: (name: string, kind: string) => `Claimed by ${name} (${kind})`,
    secondaryOnly: "Reported only by aggregators, republishers or partisan outlets: weigh it accordingly.",
    involved: "Involved",
    involvedIntro: "Involved (choose one to filter by it):",
    sources: "Sources",
  },
  citation: {
    translation: "Translation:",
    /** Read after the link's title by screen readers. */
    linkNote: (publisher: string) => `${publisher}, opens in a new tab`,
    titleFromUrl: "(title taken from the link)",
    undated: (note: string) => `(undated: ${note})`,
  },
  disagreement: {
    heading: (topic: string) => `Sources disagree: ${topic}`,
    claims: "Claims",
    claimSources: "Sources for this claim",
    assessment: "Assessment:",
  },
};

export type TimelineMessages = typeof en;

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
        one: `Se muestra ${entryCountEs(shown)} de ${n.es(total)}.`,
        other: `Se muestran ${entryCountEs(shown)} de ${n.es(total)}.`,
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
    secondaryOnly:
      "Solo lo publican agregadores, sitios que republican o medios partidistas: tómelo con cautela.",
    involved: "Involucrados",
    involvedIntro: "Involucrados (elija uno para filtrar por él):",
    sources: "Fuentes",
  },
  citation: {
    translation: "Traducción:",
    linkNote: (publisher: string) => `${publisher}, se abre en una pestaña nueva`,
    titleFromUrl: "(título tomado del enlace)",
    undated: (note: string) => `(sin fecha: ${note})`,
  },
  disagreement: {
    heading: (topic: string) => `Las fuentes discrepan: ${topic}`,
    claims: "Versiones",
    claimSources: "Fuentes de esta versión",
    assessment: "Valoración:",
  },
};

export const timeline = { en, es };
