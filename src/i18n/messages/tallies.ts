/**
 * Strings of the tallies area (src/features/tallies), English and Spanish side by side.
 * Figures arrive already formatted by the caller (Intl, in the reader's language); each
 * language builds its own sentences, so word order and agreement stay its own.
 */
import type { Tally } from "../../data/schemas";
import { plural } from "../plural";

type Method = Tally["publication"]["method"];
type Kind = Tally["kind"];
type AssessmentStance = NonNullable<Tally["assessments"]>[number]["stance"];

/** One candidate's gap between the two tallies, with its figures formatted. */
export interface GapWords {
  right: string;
  left: string;
  name: string;
  /** The size of the gap in votes, formatted ("1,977,376"), and as a number for plural rules. */
  votes: string;
  count: number;
  change: "more" | "fewer" | "same";
  /** Either figure is a rounded one. */
  approximate: boolean;
  /** The gap in the printed shares, when both tallies printed one. */
  share: {
    change: "higher" | "lower" | "same";
    points: string;
    /** The plural category of the points as printed ("1.0" is "other" in English, "1" is "one"). */
    pointsPlural: Intl.LDMLPluralRule;
    right: string;
    left: string;
  } | null;
}

export interface CoverageWords {
  relation: "more" | "fewer" | "same" | "different-measure";
  right: string;
  left: string;
  /** What the right tally rests on, in words ("tally sheets"); same as the left unless the measures differ. */
  unit: string;
  rightCoverage: string;
  leftCoverage: string;
}

/** A stated total set against the candidates' sum, formatted. */
export interface SumAgainst {
  label: string;
  votes: string;
  /** The size of the difference, formatted, and its direction. */
  difference: string;
  change: "exact" | "fewer" | "more";
}

export interface HighlightWords {
  /** The selected source that made the count, if it is selected. */
  made: string | null;
  /** The selected sources cited for it, as one formatted list, and how many. */
  cited: string;
  citedCount: number;
}

const en = {
  loadingWhat: "the vote counts",
  notInData: "These two tallies are not in the data.",
  noneFromSources: "Neither count comes from the selected sources.",
  listEvery: "List every candidate",
  /** The group row's name where the data has no group of its own. */
  otherCandidates: "Other candidates",
  /**
   * English names for what the data states in English: shown as given. Spanish translates the
   * known ones (share bases, the "Other candidates" group) and shows any other as given.
   */
  term: (text: string) => text,
  /** The unit a coverage percentage is of ("tally sheets"), as a plural noun. */
  unit: (of: string) => of,
  coverage: (share: string, of: string, detail?: string) =>
    `${share} of ${of}${detail ? ` (${detail})` : ""}`,
  picker: {
    left: "Left tally",
    right: "Right tally",
    swap: "Swap sides",
    option: (label: string, date: string) => `${label} (${date})`,
    kinds: {
      official: "The electoral council (CNE)",
      opposition: "The opposition's count from the tally sheets",
      independent: "Independent checks",
    } satisfies Record<Kind, string>,
  },
  card: {
    heading: (label: string, when: string) => `${label}, ${when}`,
    dateNotStated: "date not stated",
    /** The coverage is passed as an element, set in bold; the sentence is around it. */
    countedBy: <T>(who: string, coverage: T): (string | T)[] => [
      `Counted by ${who}; rests on `,
      coverage,
      ".",
    ],
    chartTitle: (label: string) => `Votes per candidate, ${label}`,
    tableCaption: (label: string) => `Votes and shares, ${label}`,
    sources: "Sources for these figures",
  },
  table: {
    candidate: "Candidate",
    votes: "Votes",
    share: "Share",
    computed: "computed",
    notGiven: "not given",
    about: (votes: string) => `about ${votes}`,
    grouped: (n: number) => `${n} candidates, votes added up`,
  },
  facts: {
    heading: "How it was published",
    method: "Method",
    date: "Date",
    sources: "Sources for how it was published",
    methods: {
      "read-aloud": "Read aloud",
      "tally-sheet-images": "Tally-sheet images published online",
      "press-report": "Known from press reports",
      "independent-analysis": "Independent analysis",
    } satisfies Record<Method, string>,
  },
  checks: {
    heading: "Check the arithmetic",
    totals: { valid: "valid votes", cast: "votes cast" },
    sumRounded: (total: string) =>
      `The candidate figures are rounded, so they add up only to about ${total}.`,
    sumUnchecked: (total: string) =>
      `The candidate votes add up to ${total}; no source states a total to check them against.`,
    sumChecked: (total: string, against: readonly SumAgainst[]) => {
      const parts = against.map((a) =>
        a.change === "exact"
          ? `exactly the ${a.votes} ${a.label} stated`
          : `${a.difference} ${a.change} than the ${a.votes} ${a.label} stated`,
      );
      return `The candidate votes add up to ${total}: ${parts.join("; ")}.`;
    },
    castAddsUp: (valid: string, nul: string, cast: string, agrees: boolean) =>
      `Valid votes (${valid}) plus null votes (${nul}) ${agrees ? "make exactly" : "do not make"} the ${cast} votes cast.`,
    sharesAgree: (n: number, base: string, label: string) =>
      plural("en", n, {
        one: `The printed share agrees with the votes divided by the ${base} ${label}.`,
        other: `All ${n} printed shares agree with the votes divided by the ${base} ${label}.`,
      }),
    sharesDisagree: (d: number, n: number, base: string, label: string) =>
      `${d} of ${n} printed shares ${plural("en", d, { one: "does", other: "do" })} not agree with the votes divided by the ${base} ${label}.`,
    shareRow: (
      name: string,
      votes: string,
      base: string,
      recomputed: string,
      printed: string,
      agrees: boolean,
    ) =>
      `${name}: ${votes} ÷ ${base} = ${recomputed}; printed ${printed}, ${agrees ? "which agrees" : "which does not agree"}.`,
    noBase:
      "No source states the vote total the shares are taken of, so they cannot be recomputed from the votes.",
  },
  exact: {
    notExact: (base: string, gap: string) =>
      `The counts are not exact multiples of their printed shares of ${base}: they differ from share × ${base} by up to ${gap} votes.`,
    exact: (shares: string, base: string) =>
      `Every count is exactly its printed share (${shares}) of ${base}, to the vote.`,
    showSums: "Show the sum for each candidate",
    row: (name: string, share: string, base: string, implied: string, votes: string) =>
      `${name}: ${share} of ${base} is ${implied}, which rounds to the ${votes} votes given.`,
    analysts: (heading: string) =>
      `What analysts made of this, and the counter-argument, is under “${heading}”.`,
  },
  assessments: {
    heading: "What others said",
    sources: "Sources",
    stances: {
      supports: "Supports the count",
      questions: "Questions the count",
      context: "Context or counter-argument",
    } satisfies Record<AssessmentStance, string>,
  },
  disagreement: {
    marker: "sources differ",
    /** Starts with the marker's visible words, so the accessible name contains the label. */
    markerName: (topic: string) => `sources differ: ${topic}`,
    heading: (topic: string) => `Sources differ: ${topic}`,
    assessment: (text: string) => `Assessment: ${text}`,
    close: "Close",
  },
  highlight: ({ made, cited, citedCount }: HighlightWords) => {
    const parts = [
      made ? `${made} made this count` : null,
      citedCount > 0
        ? `${cited} ${plural("en", citedCount, { one: "is", other: "are" })} cited for it`
        : null,
    ].filter(Boolean);
    return `Highlighted for your selected sources: ${parts.join("; ")}.`;
  },
  difference: {
    heading: "The difference between the two counts",
    explain:
      "Right tally minus left tally (on a narrow screen, the lower one minus the upper one), candidate by candidate.",
    onlyOne: (label: string, names: string) => `Only ${label} lists ${names}; not compared.`,
    partial:
      "The figures are compared as published: a count of part of the tally sheets or polling stations is never scaled up here to all of them.",
    chartTitle:
      "Votes more (right of zero) or fewer (left of zero) in the right tally than in the left, per candidate",
    gap: (g: GapWords) => {
      const about = g.approximate ? "about " : "";
      const count =
        g.change === "same"
          ? `${about}the same number of votes as`
          : `${about}${g.votes} ${g.change} ${plural("en", g.count, { one: "vote", other: "votes" })} than`;
      const s = g.share;
      const share = !s
        ? ""
        : s.change === "same"
          ? `, the same share (${s.right} against ${s.left})`
          : `, a share ${s.points} percentage ${s.pointsPlural === "one" ? "point" : "points"} ${s.change} (${s.right} against ${s.left})`;
      return `${g.right} gives ${g.name} ${count} ${g.left}${share}.`;
    },
    coverage: (c: CoverageWords) => {
      if (c.relation === "different-measure")
        return `${c.right} and ${c.left} measure what they rest on differently: ${c.rightCoverage} against ${c.leftCoverage}.`;
      const amount = c.relation === "same" ? "as many" : c.relation;
      const than = c.relation === "same" ? "as" : "than";
      return `${c.right} rests on ${amount} ${c.unit} ${than} ${c.left}: ${c.rightCoverage} against ${c.leftCoverage}.`;
    },
  },
  chart: { votes: "Votes" },
};

export type TalliesMessages = typeof en;

/** Spanish for the English terms the data uses; anything else is shown as the data gives it. */
const ES_TERMS: Record<string, string> = {
  "valid votes": "votos válidos",
  "votes counted": "votos contabilizados",
  "votes cast": "votos emitidos",
  "Other candidates": "Otros candidatos",
};

/** The units coverage is measured in, with the article "of the" takes in Spanish. */
const ES_UNITS: Record<string, { noun: string; ofThe: string }> = {
  "tally sheets": { noun: "actas", ofThe: "de las actas" },
  "polling stations": { noun: "centros de votación", ofThe: "de los centros de votación" },
  "voting tables": { noun: "mesas de votación", ofThe: "de las mesas de votación" },
};

const es: TalliesMessages = {
  loadingWhat: "los conteos de votos",
  notInData: "Estos dos conteos no están en los datos.",
  noneFromSources: "Ninguno de los dos conteos viene de las fuentes seleccionadas.",
  listEvery: "Mostrar todos los candidatos",
  otherCandidates: "Otros candidatos",
  term: (text) => ES_TERMS[text] ?? text,
  unit: (of) => ES_UNITS[of]?.noun ?? of,
  coverage: (share, of, detail) =>
    `${share} ${ES_UNITS[of]?.ofThe ?? `de ${of}`}${detail ? ` (${detail})` : ""}`,
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
    method: "Forma",
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

export const tallies = { en, es };
