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
  cite: {
    label: "Citar esta vista",
    text: (dataDate: string, url: string) =>
      `Venezuela 2024: la elección disputada, fuente por fuente. Datos hasta el ${dataDate}. ${url}`,
  },
};

export const share = { en, es };
