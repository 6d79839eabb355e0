/**
 * Strings of the tally-sheet panel (src/features/actas), in English and Spanish side by side,
 * apart from the catalogs: the panel's chunk brings them, so they never weigh on the first
 * paint. Its title and description stay in the catalogs (panels.actas). Figures arrive
 * formatted by the caller (Intl, in the reader's language).
 */
import type { Lang } from "../../data/vocabulary";
import { plural } from "../plural";

type BinId = "m45" | "m30" | "m15" | "m0" | "tie" | "g0" | "g15" | "g30" | "g45";
type Level = "country" | "state" | "municipality" | "parish";
type Column = "name" | "sheets" | "gonzalezVotes" | "gonzalez" | "maduroVotes" | "maduro" | "margin";
type Check = "sheets" | "gonzalez" | "maduro" | "others" | "cast" | "valid" | "null";

const en = {
  country: "Venezuela",
  where: "Where you are in the tally sheets",
  level: {
    country: "Country",
    state: "State",
    municipality: "Municipality",
    parish: "Parish",
  } satisfies Record<Level, string>,
  levelPlural: {
    country: "countries",
    state: "States",
    municipality: "Municipalities",
    parish: "Parishes",
  } satisfies Record<Level, string>,
  sheetsCount: (n: number, formatted: string) =>
    `${formatted} ${plural("en", n, { one: "tally sheet", other: "tally sheets" })}`,
  map: {
    title: "González's margin over Maduro on the tally sheets, by state",
    shape: (name: string, gonzalez: string, maduro: string, sheets: string) =>
      `${name}: González ${gonzalez}, Maduro ${maduro} (${sheets})`,
    noSheets: (name: string) => `${name}: no tally sheets`,
    hint: "Select a state to see its municipalities; the table below lists the same figures.",
    boundaries: "Boundaries: INE Venezuela / UN OCHA",
  },
  legend: {
    title: "González's share minus Maduro's, in percentage points (arithmetic on the sheets)",
    bins: {
      m45: "Maduro ahead by 45 points or more",
      m30: "Maduro ahead by 30 to 45 points",
      m15: "Maduro ahead by 15 to 30 points",
      m0: "Maduro ahead by less than 15 points",
      tie: "Level",
      g0: "González ahead by less than 15 points",
      g15: "González ahead by 15 to 30 points",
      g30: "González ahead by 30 to 45 points",
      g45: "González ahead by 45 points or more",
    } satisfies Record<BinId, string>,
    noData: "No tally sheets (Dependencias Federales)",
    /** The two ends of the drawn scale; the bins' own words are read out instead of it. */
    ends: { maduro: "Maduro ahead", gonzalez: "González ahead" },
  },
  table: {
    caption: (level: string, area: string) => `${level} of ${area}: the campaign file's tally sheets`,
    centresCaption: (area: string) => `Voting centres of ${area}, from the centre file`,
    columns: {
      name: "Name",
      sheets: "Tally sheets",
      gonzalezVotes: "González, votes",
      gonzalez: "González, share",
      maduroVotes: "Maduro, votes",
      maduro: "Maduro, share",
      margin: "Margin (points)",
    } satisfies Record<Column, string>,
    none: "No tally sheets in this area.",
    showAll: (all: string, more: string) => `Show all ${all} rows (${more} more)`,
    /** After the caption while the table is cut short. */
    firstRows: (shown: string, all: string) => `(the first ${shown} of ${all}, in the order chosen)`,
    noCentres:
      "The centre file has no voting centres for this parish: its sheets are in the campaign's file only.",
    lead: (who: string, points: string) => `${who} +${points}`,
    tied: "level",
  },
  arithmetic:
    "Shares and margins are arithmetic done by this page on the opposition's published sheets (each candidate's votes over the valid votes); no source published them by area.",
  cneNone:
    "The CNE published no results by state, centre or table; these are the sheets the opposition published.",
  sums: {
    title: "What the sheets add up to",
    intro: (sheets: string) =>
      `The ${sheets} of the campaign's file, added up by this page, against the figures published for the same set of sheets, the 81.7% stage:`,
    what: {
      sheets: "Tally sheets",
      gonzalez: "González",
      maduro: "Maduro",
      others: "Other candidates",
      cast: "Votes cast (valid + null)",
      valid: "Valid votes",
      null: "Null votes",
    } satisfies Record<Check, string>,
    sumColumn: "The sheets' sum (arithmetic)",
    publishedColumn: "Published",
    checkColumn: "Check",
    equal: "equal",
    differs: (by: string, direction: "more" | "fewer") =>
      `the sheets add up to ${by} ${direction === "more" ? "more" : "fewer"}`,
    notPublished: "not published at this stage",
    otherStage: "another stage: not compared",
    by: (publisher: string) => `(${publisher})`,
    others:
      "The 73.2% and 83.5% counts rest on other sets of tally sheets, so they are not compared with these sums.",
    checks: (list: string) =>
      `The independent checks worked from the sheets the opposition published, but not from exactly this set, so their totals are not compared with these sums either: ${list}.`,
    citations: "Where the published figures come from",
  },
  search: {
    label: "Find a voting centre",
    scope: (area: string) => `Searching the voting centres of ${area}.`,
    hint: "Type part of a name; accents and capitals do not matter.",
    results: (n: number, formatted: string) =>
      `${formatted} ${plural("en", n, { one: "centre matches", other: "centres match" })}`,
    more: (shown: string) => `The first ${shown} are listed; type more of the name to narrow them.`,
    noMatch: (query: string, area: string) => `No voting centre in ${area} matches "${query}".`,
    widen: "Search all of Venezuela",
    loading: "the voting centres",
  },
  centre: {
    heading: (name: string) => `Voting centre: ${name}`,
    code: (code: string) => `CNE code ${code}`,
    close: "Close the centre",
    registered: (n: string) => `${n} electors registered at the centre`,
    registeredUnknown: "The file does not give the registered electors of this centre.",
    turnout: (share: string) =>
      `Votes on its sheets are ${share} of the electors registered (arithmetic, on the sheets the file has).`,
    table: "Table",
    valid: "Votes",
    caption: (name: string) => `The tally sheets of ${name}, one per table`,
    source:
      "From the compilation of 21,952 sheets with their voting centres (its origin is not stated; its figures match no published stage exactly).",
    notFound: "This voting centre is not in the file.",
  },
  spread: {
    title: "The spread of the sheets",
    show: (area: string) => `Show the spread of the sheets of ${area}`,
    caption: (area: string, sheets: string) =>
      `González's share on each tally sheet of ${area} (${sheets}), in bins of 5 points`,
    axis: "González's share of the valid votes on the sheet",
    count: "Tally sheets",
    cne: (who: string, share: string) => `CNE nationally: ${who} ${share}`,
    cneFrom: (label: string) => `The CNE's national shares: ${label}.`,
    cneSources: "Sources for the CNE's shares",
    empty: (sheets: string) => `Left out: ${sheets} without valid votes.`,
    counts: (total: string) =>
      `Counts over the ${total} (arithmetic on the opposition's data, not a finding about fraud):`,
    maduroAtLeast: (n: string, share: string) =>
      `Maduro has at least ${share} (the CNE's national share for him) on ${n}.`,
    gonzalezAtMost: (n: string, share: string) =>
      `González has at most ${share} (the CNE's national share for him) on ${n}.`,
    maduroLeads: (n: string) => `Maduro has more votes than González on ${n}.`,
    bin: (from: string, to: string, n: string) => `${from} to ${to}: ${n}`,
    loading: "the tally sheets of the area",
  },
  compilations: {
    title: "The two compilations compared",
    intro: (campaign: string, centre: string, unmatched: string) =>
      `The campaign's file has ${campaign}; the compilation with voting centres has ${centre}. Matched on the state and the votes for González and for Maduro, each campaign sheet used once, ${unmatched} of the centre file match none of the campaign's: the two compilations disagree on them. (Arithmetic by this project's build on the two files, not a finding of either source.)`,
    perState: "Tally sheets per state in each compilation",
    state: "State",
    campaign: "Campaign file",
    centre: "Centre file",
    missing: "Difference (arithmetic)",
    unmatchedTitle: (n: string, area: string) =>
      `Sheets of the centre file that match none of the campaign's, in ${area}: ${n}`,
    none: (area: string) => `No sheet of the centre file in ${area} lacks a match.`,
    centreColumn: "Voting centre",
    table: "Table",
  },
  sources: {
    title: "Where the sheets come from",
    campaign:
      "The campaign's 24,532 sheets: the opposition's results site, resultadosconvzla.com, which published them as a CSV file (“Información de 24532 actas”), as compiled on 2 August 2024 in the public repository zentraedi/2024-vzla-elections.",
    centre:
      "The 21,952 sheets with their voting centres: a compilation committed to the same repository on 1 August 2024; its origin is not stated there. 21,920 of its sheets match a sheet of the campaign's file (same state, same votes for González and for Maduro).",
    boundaries: "State boundaries: INE Venezuela, published by UN OCHA (2021-02-23).",
    unpublished: "The CNE did not publish detailed results:",
    csv: "The CSV file as published",
    repository: "The compilation repository",
  },
  downloads: {
    label: "Download the tally sheets on screen",
    csv: "Table (CSV)",
    png: "Map (PNG)",
    svg: "Map (SVG)",
    mapNote: (area: string) =>
      `${area}. Shares of the valid votes, computed from the campaign's 24,532 tally sheets.`,
    mapSource:
      "Source: the opposition's tally sheets, resultadosconvzla.com (compiled in zentraedi/2024-vzla-elections)",
    mapFile: "tally-sheets-map",
    fields: [
      "code",
      "name",
      "tally sheets",
      "González, votes (egu)",
      "Maduro, votes (nm)",
      "other candidates, votes (otros)",
      "valid votes (validos)",
      "null votes (nulos)",
      "González share, computed (%)",
      "Maduro share, computed (%)",
      "source",
      "source URL",
    ],
    source: "resultadosconvzla.com, as compiled in zentraedi/2024-vzla-elections",
    file: (area: string) => `tally-sheets-${area}.csv`,
  },
};

export type ActasMessages = typeof en;

const es: ActasMessages = {
  country: "Venezuela",
  where: "Ubicación en las actas",
  level: { country: "País", state: "Estado", municipality: "Municipio", parish: "Parroquia" },
  levelPlural: { country: "países", state: "Estados", municipality: "Municipios", parish: "Parroquias" },
  sheetsCount: (n, formatted) => `${formatted} ${plural("es", n, { one: "acta", other: "actas" })}`,
  map: {
    title: "Ventaja de González sobre Maduro en las actas, por estado",
    shape: (name, gonzalez, maduro, sheets) => `${name}: González ${gonzalez}, Maduro ${maduro} (${sheets})`,
    noSheets: (name) => `${name}: sin actas`,
    hint: "Seleccione un estado para ver sus municipios; la tabla de abajo da las mismas cifras.",
    boundaries: "Límites: INE Venezuela / OCHA de la ONU",
  },
  legend: {
    title: "Porcentaje de González menos el de Maduro, en puntos porcentuales (cálculo sobre las actas)",
    bins: {
      m45: "Maduro aventaja por 45 puntos o más",
      m30: "Maduro aventaja por 30 a 45 puntos",
      m15: "Maduro aventaja por 15 a 30 puntos",
      m0: "Maduro aventaja por menos de 15 puntos",
      tie: "Empate",
      g0: "González aventaja por menos de 15 puntos",
      g15: "González aventaja por 15 a 30 puntos",
      g30: "González aventaja por 30 a 45 puntos",
      g45: "González aventaja por 45 puntos o más",
    },
    noData: "Sin actas (Dependencias Federales)",
    ends: { maduro: "Ventaja de Maduro", gonzalez: "Ventaja de González" },
  },
  table: {
    caption: (level, area) => `${level} de ${area}: las actas del archivo de la campaña`,
    centresCaption: (area) => `Centros de votación de ${area}, del archivo de centros`,
    columns: {
      name: "Nombre",
      sheets: "Actas",
      gonzalezVotes: "González, votos",
      gonzalez: "González, porcentaje",
      maduroVotes: "Maduro, votos",
      maduro: "Maduro, porcentaje",
      margin: "Ventaja (puntos)",
    },
    showAll: (all, more) => `Mostrar las ${all} filas (${more} más)`,
    firstRows: (shown, all) => `(las primeras ${shown} de ${all}, en el orden elegido)`,
    none: "No hay actas en esta zona.",
    noCentres:
      "El archivo de centros no tiene centros de votación de esta parroquia: sus actas están solo en el archivo de la campaña.",
    lead: (who, points) => `${who} +${points}`,
    tied: "empate",
  },
  arithmetic:
    "Los porcentajes y las ventajas son cálculos de esta página sobre las actas que publicó la oposición (los votos de cada candidato sobre los votos válidos); ninguna fuente los publicó por zona.",
  cneNone:
    "El CNE no publicó resultados por estado, centro ni mesa; estas son las actas que publicó la oposición.",
  sums: {
    title: "Lo que suman las actas",
    intro: (sheets) =>
      `Las ${sheets} del archivo de la campaña, sumadas por esta página, frente a las cifras publicadas para el mismo conjunto de actas, la etapa del 81,7 %:`,
    what: {
      sheets: "Actas",
      gonzalez: "González",
      maduro: "Maduro",
      others: "Otros candidatos",
      cast: "Votos emitidos (válidos + nulos)",
      valid: "Votos válidos",
      null: "Votos nulos",
    },
    sumColumn: "Suma de las actas (cálculo)",
    publishedColumn: "Publicado",
    checkColumn: "Comprobación",
    equal: "igual",
    differs: (by, direction) => `las actas suman ${by} ${direction === "more" ? "más" : "menos"}`,
    notPublished: "no publicado en esta etapa",
    otherStage: "otra etapa: no se compara",
    by: (publisher) => `(${publisher})`,
    others:
      "Los conteos del 73,2 % y del 83,5 % se basan en otros conjuntos de actas, así que no se comparan con estas sumas.",
    checks: (list) =>
      `Las comprobaciones independientes partieron de las actas que publicó la oposición, pero no exactamente de este conjunto, así que tampoco se comparan sus totales con estas sumas: ${list}.`,
    citations: "De dónde vienen las cifras publicadas",
  },
  search: {
    label: "Buscar un centro de votación",
    scope: (area) => `Se buscan los centros de votación de ${area}.`,
    hint: "Escriba parte del nombre; los acentos y las mayúsculas no importan.",
    results: (n, formatted) =>
      `${formatted} ${plural("es", n, { one: "centro coincide", other: "centros coinciden" })}`,
    more: (shown) => `Se listan los primeros ${shown}; escriba más del nombre para acotarlos.`,
    noMatch: (query, area) => `Ningún centro de votación de ${area} coincide con «${query}».`,
    widen: "Buscar en toda Venezuela",
    loading: "los centros de votación",
  },
  centre: {
    heading: (name) => `Centro de votación: ${name}`,
    code: (code) => `Código del CNE ${code}`,
    close: "Cerrar el centro",
    registered: (n) => `${n} electores inscritos en el centro`,
    registeredUnknown: "El archivo no da los electores inscritos de este centro.",
    turnout: (share) =>
      `Los votos de sus actas son el ${share} de los electores inscritos (cálculo, sobre las actas que tiene el archivo).`,
    table: "Mesa",
    valid: "Votos",
    caption: (name) => `Las actas de ${name}, una por mesa`,
    source:
      "De la compilación de 21.952 actas con sus centros de votación (no consta su origen; sus cifras no coinciden exactamente con ninguna etapa publicada).",
    notFound: "Este centro de votación no está en el archivo.",
  },
  spread: {
    title: "La distribución de las actas",
    show: (area) => `Mostrar la distribución de las actas de ${area}`,
    caption: (area, sheets) =>
      `Porcentaje de González en cada acta de ${area} (${sheets}), en tramos de 5 puntos`,
    axis: "Porcentaje de González sobre los votos válidos del acta",
    count: "Actas",
    cne: (who, share) => `CNE a nivel nacional: ${who} ${share}`,
    cneFrom: (label) => `Porcentajes nacionales del CNE: ${label}.`,
    cneSources: "Fuentes de los porcentajes del CNE",
    empty: (sheets) => `Se dejan fuera: ${sheets} sin votos válidos.`,
    counts: (total) =>
      `Recuentos sobre las ${total} (cálculo sobre los datos de la oposición, no una conclusión sobre fraude):`,
    maduroAtLeast: (n, share) =>
      `Maduro tiene al menos el ${share} (el porcentaje nacional que le dio el CNE) en ${n}.`,
    gonzalezAtMost: (n, share) =>
      `González tiene como máximo el ${share} (el porcentaje nacional que le dio el CNE) en ${n}.`,
    maduroLeads: (n) => `Maduro tiene más votos que González en ${n}.`,
    bin: (from, to, n) => `${from} a ${to}: ${n}`,
    loading: "las actas de la zona",
  },
  compilations: {
    title: "Las dos compilaciones comparadas",
    intro: (campaign, centre, unmatched) =>
      `El archivo de la campaña tiene ${campaign}; la compilación con centros de votación tiene ${centre}. Emparejadas por estado y por los votos de González y de Maduro, cada acta de la campaña usada una sola vez, ${unmatched} del archivo de centros no coinciden con ninguna de la campaña: en ellas las dos compilaciones discrepan. (Cálculo del programa de compilación de este proyecto sobre los dos archivos, no una conclusión de ninguna de las fuentes.)`,
    perState: "Actas por estado en cada compilación",
    state: "Estado",
    campaign: "Archivo de la campaña",
    centre: "Archivo de centros",
    missing: "Diferencia (cálculo)",
    unmatchedTitle: (n, area) =>
      `Actas del archivo de centros que no coinciden con ninguna de la campaña, en ${area}: ${n}`,
    none: (area) => `Todas las actas del archivo de centros en ${area} coinciden con alguna de la campaña.`,
    centreColumn: "Centro de votación",
    table: "Mesa",
  },
  sources: {
    title: "De dónde vienen las actas",
    campaign:
      "Las 24.532 actas de la campaña: el sitio de resultados de la oposición, resultadosconvzla.com, que las publicó en un archivo CSV («Información de 24532 actas»), tal como se compiló el 2 de agosto de 2024 en el repositorio público zentraedi/2024-vzla-elections.",
    centre:
      "Las 21.952 actas con sus centros de votación: una compilación añadida al mismo repositorio el 1 de agosto de 2024; allí no consta su origen. 21.920 de sus actas coinciden con un acta del archivo de la campaña (mismo estado, mismos votos para González y para Maduro).",
    boundaries: "Límites de los estados: INE Venezuela, publicados por la OCHA de la ONU (23-02-2021).",
    unpublished: "El CNE no publicó resultados detallados:",
    csv: "El archivo CSV publicado",
    repository: "El repositorio de la compilación",
  },
  downloads: {
    label: "Descargar las actas en pantalla",
    csv: "Tabla (CSV)",
    png: "Mapa (PNG)",
    svg: "Mapa (SVG)",
    mapNote: (area) =>
      `${area}. Porcentajes de los votos válidos, calculados a partir de las 24.532 actas de la campaña.`,
    mapSource:
      "Fuente: las actas de la oposición, resultadosconvzla.com (compiladas en zentraedi/2024-vzla-elections)",
    mapFile: "mapa-actas",
    fields: [
      "código",
      "nombre",
      "actas",
      "votos de González (egu)",
      "votos de Maduro (nm)",
      "votos de otros candidatos (otros)",
      "votos válidos (validos)",
      "votos nulos (nulos)",
      "porcentaje de González, calculado (%)",
      "porcentaje de Maduro, calculado (%)",
      "fuente",
      "URL de la fuente",
    ],
    source: "resultadosconvzla.com, tal como se compiló en zentraedi/2024-vzla-elections",
    file: (area) => `actas-${area}.csv`,
  },
};

export const actasMessages: Record<Lang, ActasMessages> = { en, es };
