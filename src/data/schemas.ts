/**
 * The data contract: every file under public/data is described here, once.
 * The app validates with these schemas when it loads a file, and
 * `npm run data:check` validates with the same schemas, so the two never disagree.
 */
import { z } from "zod";
import {
  ACTOR_ID,
  COUNTRY_CODE,
  EVENT_KINDS,
  isRealDate,
  ISO_DATE,
  SLUG,
  SOURCE_KINDS,
  STANCE_IDS,
} from "./vocabulary";

// The vocabulary's types, for code that imports its types with the schemas'.
export type { EventKind, SourceKind, StanceId } from "./vocabulary";

// zod compiles object parsers with `new Function` when it can. The built page's CSP forbids
// eval, and even zod's probe for it is reported as a violation, so we turn the JIT off.
z.config({ jitless: true });

/** 2: every text the project wrote is given in English and Spanish (`{ "en": …, "es": … }`). */
export const SCHEMA_VERSION = 2;

/**
 * A text this project wrote (a summary, a title, a note), in every language of the page. A
 * missing language is refused: the data check fails and the app skips the record, rather than
 * showing a Spanish reader English. Quotes and headlines are not such texts: they stay as published.
 */
export const localText = z.strictObject({
  en: z.string().min(1, "the English text is empty"),
  es: z.string().min(1, "the Spanish text is empty"),
});

/** A calendar date, `YYYY-MM-DD`, that really exists (2024-02-30 is rejected). */
export const isoDate = z
  .string()
  .regex(ISO_DATE, "must be a date written YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date");

/**
 * How exact a date is. Sources often give only a weekday or "by 9 August";
 * we keep that uncertainty instead of pretending to know the day.
 * - `on`: the event happened on this day (the default);
 * - `by`: it had happened by this day at the latest;
 * - `about`: the day is approximate (a day either side).
 */
export const datePrecision = z.enum(["on", "by", "about"]);

/** Only web links: a `javascript:` or `data:` URL in the data is an error, never a link. */
export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: "must be an http: or https: link to a web page",
});

export const slug = z.string().regex(SLUG, "must be a lowercase slug such as 'the-economist'");

/** Actor ids: ISO 3166-1 alpha-3 codes for countries, `EU` for the bloc, slugs for bodies. */
export const actorId = z.string().regex(ACTOR_ID, "must be an ISO alpha-3 code, EU, or a slug");

export const stanceId = z.enum(STANCE_IDS);

export const sourceKind = z.enum(SOURCE_KINDS);

export const source = z.strictObject({
  id: slug,
  /** A publisher's own name is the same in both ("MercoPress"); a descriptive one is not ("Government of Peru"). */
  name: localText,
  kind: sourceKind,
  /** Why this source is trusted or not, e.g. "machine-translated reposts of EFE". */
  note: localText.optional(),
});

export const citation = z.strictObject({
  /** The publisher: a source id. */
  publisher: slug,
  /**
   * The page's headline as published. Null when the page copy showed none and the link has no
   * words to rebuild it from (`tass.com/world/1824803`): the page then says the title was not
   * shown, rather than making one up.
   */
  title: z.string().min(1).nullable(),
  /**
   * True when the page showed no headline and the title was rebuilt from the words of the URL
   * path; the data check refuses it on a link whose path has no such words.
   */
  titleFromUrl: z.boolean().optional(),
  url: webUrl,
  /** When the page was published; null when the page copy did not say (then `dateNote` says so). */
  date: isoDate.nullable(),
  dateNote: localText.optional(),
  /** A short verbatim quote, in the language the page printed it. */
  quote: z.string().min(1).max(600),
  quoteLang: z.string().regex(/^[a-z]{2}$/, "must be a two-letter language code"),
  /**
   * This site's translation of the quote, in the page's languages other than the quote's own
   * (either may be missing); labelled as a translation, beside the original.
   */
  translation: z
    .strictObject({ en: z.string().min(1).optional(), es: z.string().min(1).optional() })
    .optional(),
});

const citations = z.array(citation).min(1, "needs at least one citation");

export const actor = z.strictObject({
  id: actorId,
  /** Countries are named in the reader's language by Intl; this name serves bodies and blocs. */
  name: localText,
  type: z.enum(["country", "bloc", "organization", "observer", "legislature"]),
  /** Member countries (ISO alpha-3) of a bloc; a member without its own stance takes the bloc's. */
  members: z.array(z.string().regex(COUNTRY_CODE)).optional(),
});

export const stanceStatement = z.strictObject({
  id: slug,
  actor: actorId,
  stance: stanceId,
  date: isoDate,
  datePrecision: datePrecision.optional(),
  /** The body that made the claim (a source id), and the person who spoke for it. */
  claimant: slug,
  speaker: localText.optional(),
  summary: localText,
  /** A qualification the record carries, e.g. Uruguay: "won the majority", not "president-elect". */
  note: localText.optional(),
  citations,
});

const candidateId = slug;

export const candidate = z.strictObject({
  id: candidateId,
  name: localText,
  /** True for the "other candidates" group used where a tally does not list them one by one. */
  group: z.boolean().optional(),
});

/** A percentage exactly as printed, e.g. "51.20" (the trailing zero is kept: it is the precision). */
export const printedPercent = z
  .string()
  .regex(/^\d{1,3}(?:\.\d+)?$/, "must be a percentage written like 51.95");

export const tallyResult = z.strictObject({
  candidate: candidateId,
  votes: z.number().int().nonnegative(),
  /** True when the source gives only a rounded figure ("6.4 million"). */
  approximate: z.boolean().optional(),
  share: printedPercent.optional(),
});

export const tally = z.strictObject({
  id: slug,
  label: localText,
  kind: z.enum(["official", "opposition", "independent"]),
  claimant: slug,
  date: isoDate.nullable(),
  datePrecision: datePrecision.optional(),
  dateNote: localText.optional(),
  coverage: z.strictObject({
    percent: printedPercent,
    /** What the percentage is of, e.g. "tally sheets", "polling stations", "voting tables". */
    of: localText,
    detail: localText.optional(),
  }),
  publication: z.strictObject({
    method: z.enum(["read-aloud", "tally-sheet-images", "press-report", "independent-analysis"]),
    description: localText,
    citations,
  }),
  results: z.array(tallyResult).min(2),
  /** The vote total the shares are taken of, where a source states it; null when no source does. */
  shareBase: z.strictObject({ votes: z.number().int().positive(), label: localText }).nullable(),
  totals: z
    .strictObject({
      cast: z.number().int().nonnegative().optional(),
      valid: z.number().int().nonnegative().optional(),
      validShare: printedPercent.optional(),
      null: z.number().int().nonnegative().optional(),
      nullShare: printedPercent.optional(),
      registered: z.number().int().nonnegative().optional(),
      turnout: printedPercent.optional(),
    })
    .optional(),
  /** What others said about this tally: analyses, verifications, rebuttals. */
  assessments: z
    .array(
      z.strictObject({
        id: slug,
        stance: z.enum(["supports", "questions", "context"]),
        summary: localText,
        citations,
      }),
    )
    .optional(),
  citations,
});

export const eventKind = z.enum(EVENT_KINDS);

export const event = z.strictObject({
  id: slug,
  date: isoDate,
  datePrecision: datePrecision.optional(),
  title: localText,
  summary: localText,
  kind: eventKind,
  actors: z.array(actorId),
  claimant: slug.optional(),
  citations,
});

/** How a counted figure is bounded, as its source words it ("at least 1,503", "more than 1,000"). */
export const figureBound = z.enum(["exact", "at-least", "more-than", "about"]);

/**
 * A figure that sources reported again and again over time (detentions, deaths, counts of
 * recognising countries): every value is kept with its date, who counted and its source,
 * never merged into one number.
 */
export const series = z.strictObject({
  id: slug,
  topic: localText,
  values: z
    .array(
      z.strictObject({
        date: isoDate,
        datePrecision: datePrecision.optional(),
        value: z.number().int().nonnegative(),
        bound: figureBound,
        /** Who counted (a source id): a prosecutor's figure and an NGO's are different claims. */
        claimant: slug,
        /** What was counted, as the source words it ("confirmed arrests", "political prisoners"). */
        measure: localText,
        note: localText.optional(),
        citations,
      }),
    )
    .min(1),
});

/** Where sources print different values for one fact: every value, each with its own source. */
export const disagreement = z.strictObject({
  id: slug,
  topic: localText,
  /** What the disagreement is about, so views can put a marker on the right figure. */
  subject: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("tally"), tally: slug, field: z.string().min(1) }),
    z.strictObject({ type: z.literal("stance"), stance: slug }),
    z.strictObject({ type: z.literal("event"), event: slug }),
  ]),
  claims: z
    .array(
      z.strictObject({
        /** As printed; a value in figures only ("6,408,844") is the same in both languages. */
        value: localText,
        citations,
      }),
    )
    .min(2, "a disagreement needs at least two claims"),
  /** Which value the arithmetic or better sources support, and why; stated, never silently chosen. */
  assessment: localText.optional(),
});

const file = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), ...shape });

export const sourcesFile = file({ sources: z.array(source).min(1) });
export const actorsFile = file({ actors: z.array(actor).min(1) });
export const stancesFile = file({ stances: z.array(stanceStatement) });
export const talliesFile = file({ candidates: z.array(candidate).min(2), tallies: z.array(tally).min(1) });
export const eventsFile = file({ events: z.array(event), series: z.array(series).optional() });
/**
 * Figures the fact sheet lists as printed differently, but whose pages could not be quoted:
 * named with the reason, so a reader knows they exist, and never shown as a claim.
 */
export const notShownFigure = z.strictObject({
  topic: localText,
  value: localText,
  reason: localText,
});

export const disagreementsFile = file({
  disagreements: z.array(disagreement),
  notShown: z.array(notShownFigure).optional(),
});

export type Source = z.infer<typeof source>;
export type Citation = z.infer<typeof citation>;
export type Actor = z.infer<typeof actor>;
export type StanceStatement = z.infer<typeof stanceStatement>;
export type Candidate = z.infer<typeof candidate>;
export type Tally = z.infer<typeof tally>;
export type TimelineEvent = z.infer<typeof event>;
export type Disagreement = z.infer<typeof disagreement>;
export type Series = z.infer<typeof series>;
export type LocalText = z.infer<typeof localText>;
export type NotShownFigure = z.infer<typeof notShownFigure>;
