/**
 * A synthetic dataset of any size, for the scale benchmark. Everything in it is invented and
 * says so: ids and titles read "synthetic-…", every link is under https://example.org/, and
 * no record names a real person or claim. Only the country codes are real, because the map
 * can only draw real ISO alpha-3 codes. Deterministic for a given seed, so runs compare.
 */
import type { Dataset } from "../../src/data/integrity.ts";
import { REQUIRED_SOURCE_IDS } from "../../src/data/integrity.ts";
import { SCHEMA_VERSION, type Citation, type StanceId, type Tally } from "../../src/data/schemas.ts";
import { EVENT_KINDS, STANCE_IDS } from "../../src/data/vocabulary.ts";

export interface SynthOptions {
  events: number;
  actors: number;
  changes: number;
  tallies: number;
  sources: number;
  disagreements: number;
  seed: number;
  /** Codes the map draws; countries come from here first, the rest of the actors are bodies. */
  mapCodes: readonly string[];
}

const STANCES: readonly StanceId[] = STANCE_IDS;
const FIRST_DAY = Date.UTC(2024, 6, 28);
const DAYS = 200; // 28 July 2024 to mid-February 2025: the span of the real data
const WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];

/** mulberry32: a tiny seeded generator; Math.random would make every run a different dataset. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

/** Every text the project writes is given in English and Spanish, as in the real data. */
const both = (en: string, es: string) => ({ en, es });

export function generate(options: SynthOptions): Dataset {
  const rand = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // The required stand-ins below count towards the number of sources asked for.
  const ownSources = Math.max(options.sources - REQUIRED_SOURCE_IDS.length, 1);
  const sourceIds = Array.from({ length: ownSources }, (_, i) => `synthetic-source-${i + 1}`);
  let citationCount = 0;
  const cite = (): Citation => {
    citationCount += 1;
    const offset = Math.floor(rand() * DAYS);
    return {
      publisher: pick(sourceIds),
      title: `Synthetic article ${citationCount}`,
      url: `https://example.org/synthetic/article-${citationCount}`,
      date: day(offset),
      quote: `Synthetic quote ${citationCount}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
      quoteLang: "en",
    };
  };

  const sources = [
    // The data check requires these ids (the app refers to them); here they are labelled stand-ins.
    ...REQUIRED_SOURCE_IDS.map((id) => ({
      id,
      name: both(
        `Synthetic stand-in for the required source id "${id}"`,
        `Sustituto sintético de la fuente requerida "${id}"`,
      ),
      kind: "news" as const,
    })),
    ...sourceIds.map((id, i) => ({
      id,
      name: both(`Synthetic source ${i + 1}`, `Fuente sintética ${i + 1}`),
      kind: "news" as const,
    })),
  ];

  const countryCodes = options.mapCodes.filter((c) => c !== "VEN").slice(0, options.actors);
  const bodyCount = Math.max(options.actors - countryCodes.length - 1, 0);
  const bloc = {
    id: "synthetic-bloc",
    name: both("Synthetic bloc", "Bloque sintético"),
    type: "bloc" as const,
    members: countryCodes.slice(0, 20),
  };
  const actors = [
    ...countryCodes.map((id) => ({
      id,
      name: both(`Synthetic country ${id}`, `País sintético ${id}`),
      type: "country" as const,
    })),
    ...(options.actors > countryCodes.length ? [bloc] : []),
    ...Array.from({ length: bodyCount }, (_, i) => ({
      id: `synthetic-body-${i + 1}`,
      name: both(`Synthetic body ${i + 1}`, `Organismo sintético ${i + 1}`),
      type: "organization" as const,
    })),
  ];

  const stances = actors.flatMap((actor) => {
    // Sorted day offsets, so each actor's history is in date order as the data check demands.
    const offsets = Array.from({ length: options.changes }, () => Math.floor(rand() * DAYS)).sort(
      (a, b) => a - b,
    );
    return offsets.map((offset, i) => ({
      id: `synthetic-stance-${actor.id.toLowerCase()}-${i + 1}`,
      actor: actor.id,
      stance: pick(STANCES),
      date: day(offset),
      claimant: pick(sourceIds),
      summary: both(
        `Synthetic stance statement ${i + 1} of ${actor.name.en}.`,
        `Declaración sintética ${i + 1} de ${actor.name.es}.`,
      ),
      citations: [cite()],
    }));
  });

  const candidates = [
    ...["a", "b", "c", "d"].map((letter) => ({
      id: `synthetic-candidate-${letter}`,
      name: both(
        `Synthetic candidate ${letter.toUpperCase()}`,
        `Candidato sintético ${letter.toUpperCase()}`,
      ),
    })),
    {
      id: "synthetic-others",
      name: both("Synthetic other candidates", "Otros candidatos sintéticos"),
      group: true,
    },
  ];
  const tallies: Tally[] = Array.from({ length: options.tallies }, (_, i) => {
    const votes = candidates.map(() => 100_000 + Math.floor(rand() * 6_000_000));
    const base = votes.reduce((sum, v) => sum + v, 0);
    const nulls = Math.floor(rand() * 100_000);
    return {
      id: `synthetic-tally-${i + 1}`,
      label: both(`Synthetic tally ${i + 1}`, `Conteo sintético ${i + 1}`),
      kind: pick(["official", "opposition", "independent"] as const),
      claimant: pick(sourceIds),
      date: day(Math.floor(rand() * DAYS)),
      coverage: {
        percent: String(50 + Math.floor(rand() * 50)),
        of: both("synthetic tally sheets", "actas sintéticas"),
      },
      publication: {
        method: "independent-analysis",
        description: both(
          `How synthetic tally ${i + 1} was published (invented for the benchmark).`,
          `Cómo se publicó el conteo sintético ${i + 1} (inventado para la prueba de rendimiento).`,
        ),
        citations: [cite()],
      },
      results: candidates.map((c, j) => ({
        candidate: c.id,
        votes: votes[j] ?? 0,
        share: (((votes[j] ?? 0) / base) * 100).toFixed(2),
      })),
      shareBase: { votes: base, label: both("synthetic valid votes", "votos válidos sintéticos") },
      totals: { valid: base, null: nulls, cast: base + nulls },
      citations: [cite()],
    };
  });

  const events = Array.from({ length: options.events }, (_, i) => {
    // The words are drawn once, in the order they always were, so a seed gives the same dataset.
    const tag = pick(WORDS);
    const words = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
    return {
      id: `synthetic-event-${i + 1}`,
      date: day(Math.floor((i / options.events) * DAYS)),
      title: both(`Synthetic event ${i + 1} (${tag})`, `Evento sintético ${i + 1} (${tag})`),
      summary: both(
        `Synthetic summary of event ${i + 1}: ${words}.`,
        `Resumen sintético del evento ${i + 1}: ${words}.`,
      ),
      kind: pick(EVENT_KINDS),
      actors: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(actors).id),
      citations: Array.from({ length: 1 + Math.floor(rand() * 2) }, cite),
    };
  });

  const disagreements = Array.from({ length: Math.min(options.disagreements, tallies.length) }, (_, i) => ({
    id: `synthetic-disagreement-${i + 1}`,
    topic: both(`Synthetic disagreement ${i + 1}`, `Discrepancia sintética ${i + 1}`),
    subject: { type: "tally" as const, tally: tallies[i]?.id ?? "", field: "totals.cast" },
    claims: [
      { value: both("synthetic value one", "valor sintético uno"), citations: [cite()] },
      { value: both("synthetic value two", "valor sintético dos"), citations: [cite()] },
    ],
  }));

  return {
    sources: { schemaVersion: SCHEMA_VERSION, sources },
    actors: { schemaVersion: SCHEMA_VERSION, actors },
    stances: { schemaVersion: SCHEMA_VERSION, stances },
    tallies: { schemaVersion: SCHEMA_VERSION, candidates, tallies },
    events: { schemaVersion: SCHEMA_VERSION, events },
    disagreements: { schemaVersion: SCHEMA_VERSION, disagreements },
  };
}
