/** Strings of sharing, citing, the active-filter summary and embeds, in Spanish (typed by the English). */
import type { ShareMessages } from "../share";

const es: ShareMessages = {
  documentTitle: (focus: string) => `${focus} — reconocimiento de la elección venezolana de 2024`,
  active: {
    label: "Filtros activos",
    remove: (what: string) => `Quitar ${what}`,
    clearAll: "Quitar todos",
    asOf: (date: string) => `al ${date}`,
    search: (q: string) => `«${q}»`,
    selected: (title: string) => `elegido: ${title}`,
  },
  share: {
    button: "Compartir",
    title: "Compartir esta vista",
    loadingWhat: "las opciones para compartir",
    intro:
      "Este enlace abre exactamente lo que ve ahora: filtros, fecha, selección, conteos comparados e idioma.",
    link: "Enlace a esta vista",
    copy: "Copiar enlace",
    copied: "Enlace copiado.",
    copyFailed: "No se pudo copiar automáticamente; seleccione el enlace y cópielo.",
    native: "Compartir con una aplicación…",
    embed: "Insertar una vista en su página",
    embedView: { map: "Mapa", tallies: "Conteos", actas: "Actas", timeline: "Cronología" },
    embedCode: (view: string) => `Código HTML para: ${view}`,
    copyCode: "Copiar código",
    close: "Cerrar",
  },
  embed: {
    source:
      "Fuente: Venezuela 2024, la elección disputada, fuente por fuente. Cada dato enlaza a su propia fuente.",
    full: "Abrir el panel completo",
  },
  downloads: {
    group: (what: string) => `Descargar ${what}`,
    what: { map: "el mapa", tallies: "los conteos", timeline: "la cronología" },
    csv: "Descargar CSV",
    png: "Descargar PNG",
    svg: "Descargar SVG",
    failed: "No se pudo hacer la descarga. Inténtelo de nuevo.",
    heading: "Los datos",
    intro:
      "Los seis archivos de datos (fuentes, actores, posiciones, conteos, hechos, discrepancias) en un solo archivo JSON.",
    dataset: "Descargar todos los datos (JSON)",
    yes: "sí",
    precision: { on: "el", by: "a más tardar", about: "hacia" },
    columns: {
      code: "Código",
      country: "País",
      stance: "Posición",
      since: "Desde",
      via: "A través del bloque",
      tally: "Conteo",
      tallyDate: "Fecha del conteo",
      candidate: "Candidato",
      votes: "Votos",
      approximate: "Aproximado",
      share: "Porcentaje publicado (%)",
      computedShare: "Porcentaje calculado aquí (%)",
      coverage: "Cobertura",
      date: "Fecha",
      datePrecision: "Precisión de la fecha",
      title: "Título",
      kind: "Tipo",
      summary: "Resumen",
      publishers: "Editores de las citas",
      titles: "Títulos de las citas",
      urls: "URL de las citas",
      dates: "Fechas de las citas",
    },
    image: {
      mapTitle: (date: string) =>
        `Reconocimiento del resultado de la elección venezolana de 2024, al ${date}`,
      talliesTitle: "Los conteos de la votación del 28 de julio de 2024, lado a lado",
      stancesShown: (labels: string) => `Solo se muestra: ${labels}.`,
      source:
        "Fuente: Venezuela 2024, la elección disputada, fuente por fuente. Allí cada dato enlaza a su propia fuente.",
    },
  },
  cite: {
    label: "Citar esta vista",
    text: (dataDate: string, url: string) =>
      `Venezuela 2024: la elección disputada, fuente por fuente. Datos hasta el ${dataDate}. ${url}`,
  },
};

export const share = es;
