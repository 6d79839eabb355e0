/** Strings of the tallies area, in Spanish (typed by the English: a missing key fails the typecheck). */
import { plural } from "../../plural";
import type { TalliesMessages } from "../tallies";

/**
 * The units coverage is measured in, as the data names them in Spanish (a bare plural noun),
 * with the article "of the" takes before them: "96,87% de las actas". The data cannot say
 * which article a noun takes; a unit not listed reads "de …", without one.
 */
const OF_THE: Record<string, string> = {
  actas: "de las actas",
  "centros de votación": "de los centros de votación",
  "mesas de votación": "de las mesas de votación",
  "máquinas de votación": "de las máquinas de votación",
};

const es: TalliesMessages = {
  notInData: "Estos dos conteos no están en los datos.",
  noneFromSources: "Ninguno de los dos conteos viene de las fuentes seleccionadas.",
  notShown: {
    summary: (n: number) => `Cifras publicadas en otras páginas que no se muestran aquí (${n})`,
    intro:
      "La ficha de datos las recoge como cifras que otras páginas publicaron de otro modo, pero no se encontró una copia de esas páginas con la cifra para citarla, así que no se muestran como afirmaciones.",
  },
  listEvery: "Mostrar todos los candidatos",
  otherCandidates: "Otros candidatos",
  coverage: (share, of, detail) => `${share} ${OF_THE[of] ?? `de ${of}`}${detail ? ` (${detail})` : ""}`,
  picker: {
    left: "Conteo de la izquierda",
    right: "Conteo de la derecha",
    swap: "Intercambiar lados",
    option: (label, date) => `${label} (${date})`,
    kinds: {
      official: "El consejo electoral (CNE)",
      opposition: "El conteo de la oposición a partir de las actas",
      independent: "Verificaciones independientes",
    },
  },
  card: {
    heading: (label, when) => `${label}, ${when}`,
    dateNotStated: "fecha no indicada",
    countedBy: (who, coverage) => [`Conteo hecho por ${who}; se basa en el `, coverage, "."],
    chartTitle: (label) => `Votos por candidato, ${label}`,
    tableCaption: (label) => `Votos y porcentajes, ${label}`,
    sources: "Fuentes de estas cifras",
  },
  table: {
    candidate: "Candidato",
    votes: "Votos",
    share: "Porcentaje",
    computed: "calculado",
    notGiven: "no indicado",
    about: (votes) => `unos ${votes}`,
    grouped: (n) => `${n} candidatos, votos sumados`,
  },
  facts: {
    heading: "Cómo se publicó",
    headingWithMethod: (method: string) => `Cómo se publicó: ${method}`,
    sheets: {
      stage: "Las 24.532 actas de este conteo, por estado, municipio y parroquia",
      check: "Las 24.532 actas que publicó la oposición, cuyas imágenes descifró AP",
    },
    date: "Fecha",
    sources: "Fuentes sobre cómo se publicó",
    methods: {
      "read-aloud": "Leído en voz alta",
      "tally-sheet-images": "Imágenes de las actas publicadas en internet",
      "press-report": "Conocido por reportes de prensa",
      "independent-analysis": "Análisis independiente",
    },
  },
  checks: {
    heading: "Verifique las cuentas",
    totals: { valid: "votos válidos", cast: "votos emitidos" },
    sumRounded: (total) =>
      `Las cifras de los candidatos están redondeadas, así que solo suman unos ${total}.`,
    sumUnchecked: (total) =>
      `Los votos de los candidatos suman ${total}; ninguna fuente indica un total con el cual comprobarlos.`,
    sumChecked: (total, against) => {
      const parts = against.map((a) =>
        a.change === "exact"
          ? `exactamente los ${a.votes} ${a.label} indicados`
          : `${a.difference} ${a.change === "more" ? "más" : "menos"} que los ${a.votes} ${a.label} indicados`,
      );
      return `Los votos de los candidatos suman ${total}: ${parts.join("; ")}.`;
    },
    castAddsUp: (valid, nul, cast, agrees) =>
      `Los votos válidos (${valid}) más los votos nulos (${nul}) ${agrees ? "suman exactamente" : "no suman"} los ${cast} votos emitidos.`,
    sharesAgree: (n, base, label) =>
      plural("es", n, {
        one: `El porcentaje publicado coincide con los votos divididos entre los ${base} ${label}.`,
        other: `Los ${n} porcentajes publicados coinciden con los votos divididos entre los ${base} ${label}.`,
      }),
    sharesDisagree: (d, n, base, label) =>
      `${d} de ${n} porcentajes publicados ${plural("es", d, { one: "no coincide", other: "no coinciden" })} con los votos divididos entre los ${base} ${label}.`,
    shareRow: (name, votes, base, recomputed, printed, agrees) =>
      `${name}: ${votes} ÷ ${base} = ${recomputed}; publicado ${printed}, ${agrees ? "que coincide" : "que no coincide"}.`,
    noBase:
      "Ninguna fuente indica el total de votos sobre el que se calculan los porcentajes, así que no se pueden recalcular a partir de los votos.",
  },
  exact: {
    notExact: (base, gap) =>
      `Los conteos no son múltiplos exactos de sus porcentajes publicados de ${base}: se apartan de porcentaje × ${base} hasta en ${gap} votos.`,
    exact: (shares, base) =>
      `Cada conteo es exactamente su porcentaje publicado (${shares}) de ${base}, sin un solo voto de diferencia.`,
    showSums: "Ver la cuenta de cada candidato",
    row: (name, share, base, implied, votes) =>
      `${name}: el ${share} de ${base} es ${implied}, que redondeado da los ${votes} votos publicados.`,
    analysts: (heading) =>
      `Lo que los analistas concluyeron de esto, y el argumento en contra, está en «${heading}».`,
  },
  assessments: {
    heading: "Lo que dijeron otros",
    headingCount: (count: string) => `Lo que dijeron otros (${count})`,
    stanceCount: (stance: string, count: string) => `${stance}: ${count}`,
    sources: "Fuentes",
    stances: {
      supports: "Respalda el conteo",
      questions: "Cuestiona el conteo",
      context: "Contexto o argumento en contra",
    },
  },
  disagreement: {
    marker: "las fuentes difieren",
    markerName: (topic) => `las fuentes difieren: ${topic}`,
    heading: (topic) => `Las fuentes difieren: ${topic}`,
    assessment: (text) => `Valoración: ${text}`,
    close: "Cerrar",
  },
  highlight: ({ made, cited, citedCount }) => {
    const parts = [
      made ? `${made} hizo este conteo` : null,
      citedCount > 0
        ? `se cita a ${cited} como ${plural("es", citedCount, { one: "fuente", other: "fuentes" })}`
        : null,
    ].filter(Boolean);
    return `Resaltado por las fuentes que seleccionó: ${parts.join("; ")}.`;
  },
  difference: {
    heading: "La diferencia entre los dos conteos",
    explain:
      "Conteo de la derecha menos conteo de la izquierda (en una pantalla estrecha, el de abajo menos el de arriba), candidato por candidato.",
    onlyOne: (label, names) => `Solo ${label} da cifras de ${names}; no se comparan.`,
    partial:
      "Las cifras se comparan tal como se publicaron: aquí nunca se extrapola al total un conteo de una parte de las actas o de los centros de votación.",
    chartTitle:
      "Votos de más (a la derecha del cero) o de menos (a la izquierda del cero) en el conteo de la derecha frente al de la izquierda, por candidato",
    gap: (g) => {
      const count =
        g.change === "same"
          ? `${g.approximate ? "aproximadamente " : ""}el mismo número de votos que`
          : `${g.approximate ? "unos " : ""}${g.votes} ${plural("es", g.count, { one: "voto", other: "votos" })} ${g.change === "more" ? "más" : "menos"} que`;
      const s = g.share;
      const share = !s
        ? ""
        : s.change === "same"
          ? `, con el mismo porcentaje (${s.right} frente a ${s.left})`
          : `, con un porcentaje ${s.points} ${s.pointsPlural === "one" ? "punto porcentual" : "puntos porcentuales"} ${s.change === "higher" ? "más alto" : "más bajo"} (${s.right} frente a ${s.left})`;
      // "Para X, el conteo registra…": no verb agrees with the name, which may be a group.
      return `Para ${g.name}, ${g.right} registra ${count} ${g.left}${share}.`;
    },
    coverage: (c) => {
      const both = `${c.rightCoverage} frente a ${c.leftCoverage}`;
      if (c.relation === "different-measure")
        return `${c.right} y ${c.left} no se basan en la misma unidad: ${both}.`;
      if (c.relation === "same")
        return `${c.right} se basa en la misma proporción de ${c.unit} que ${c.left}: ${both}.`;
      return `${c.right} se basa en ${c.relation === "more" ? "más" : "menos"} ${c.unit} que ${c.left}: ${both}.`;
    },
  },
  chart: { votes: "Votos" },
};

export const tallies = es;
