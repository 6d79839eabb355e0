/** Strings of sharing, citing, the active-filter summary and embeds, English and Spanish side by side. */
const en = {
  documentTitle: (focus: string) => `${focus} — recognition of the 2024 Venezuelan election`,
  active: {
    label: "Active filters",
    remove: (what: string) => `Remove ${what}`,
    clearAll: "Clear all",
    asOf: (date: string) => `as of ${date}`,
    search: (q: string) => `“${q}”`,
    selected: (title: string) => `selected: ${title}`,
  },
  kinds: {
    "election-results": "Election and results",
    recognition: "Recognition",
    diplomatic: "Diplomatic",
    legal: "Legal",
    report: "Report or investigation",
    "protest-repression": "Protest or repression",
  },
  share: {
    button: "Share",
    title: "Share this view",
    intro:
      "This link opens exactly what you see now: filters, date, selection, compared counts and language.",
    link: "Link to this view",
    copy: "Copy link",
    copied: "Link copied.",
    copyFailed: "Could not copy automatically; select the link and copy it.",
    native: "Share with an app…",
    embed: "Embed one view in your page",
    embedView: { map: "Map", tallies: "Counts", timeline: "Timeline" },
    embedCode: (view: string) => `HTML code for the ${view}`,
    copyCode: "Copy code",
    close: "Close",
  },
  embed: {
    source:
      "Source: Venezuela 2024, the disputed election, source by source. Every fact links to its own source.",
    full: "Open the full dashboard",
  },
  cite: {
    label: "Cite this view",
    text: (dataDate: string, url: string) =>
      `Venezuela 2024: the disputed election, source by source. Data up to ${dataDate}. ${url}`,
  },
};

export type ShareMessages = typeof en;

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
  kinds: {
    "election-results": "Elección y resultados",
    recognition: "Reconocimiento",
    diplomatic: "Diplomacia",
    legal: "Judicial",
    report: "Informe o investigación",
    "protest-repression": "Protesta o represión",
  },
  share: {
    button: "Compartir",
    title: "Compartir esta vista",
    intro:
      "Este enlace abre exactamente lo que ve ahora: filtros, fecha, selección, conteos comparados e idioma.",
    link: "Enlace a esta vista",
    copy: "Copiar enlace",
    copied: "Enlace copiado.",
    copyFailed: "No se pudo copiar automáticamente; seleccione el enlace y cópielo.",
    native: "Compartir con una aplicación…",
    embed: "Insertar una vista en su página",
    embedView: { map: "Mapa", tallies: "Conteos", timeline: "Cronología" },
    embedCode: (view: string) => `Código HTML para: ${view}`,
    copyCode: "Copiar código",
    close: "Cerrar",
  },
  embed: {
    source:
      "Fuente: Venezuela 2024, la elección disputada, fuente por fuente. Cada dato enlaza a su propia fuente.",
    full: "Abrir el panel completo",
  },
  cite: {
    label: "Citar esta vista",
    text: (dataDate: string, url: string) =>
      `Venezuela 2024: la elección disputada, fuente por fuente. Datos hasta el ${dataDate}. ${url}`,
  },
};

export const share = { en, es };
