/**
 * Checks that span files: references resolve, ids are unique, histories are ordered,
 * and printed percentages agree with the votes they describe. Pure, so the command-line
 * check and the app run exactly the same rules.
 */
import type { DataProblem, ProblemCode } from "./issues";
import type { z } from "zod";
import type {
  actorsFile,
  Citation,
  disagreementsFile,
  eventsFile,
  sourcesFile,
  stancesFile,
  talliesFile,
  Tally,
} from "./schemas";

export interface Dataset {
  sources: z.infer<typeof sourcesFile>;
  actors: z.infer<typeof actorsFile>;
  stances: z.infer<typeof stancesFile>;
  tallies: z.infer<typeof talliesFile>;
  events: z.infer<typeof eventsFile>;
  disagreements: z.infer<typeof disagreementsFile>;
}

export const REQUIRED_SOURCE_IDS = ["cne", "comando-con-venezuela", "the-economist", "metro-world-news"];

export interface IntegrityOptions {
  /** ISO alpha-3 codes the map can draw; when given, every country actor must be one of them. */
  mapCodes?: ReadonlySet<string>;
  /** Whether a string is an ISO 3166-1 alpha-3 code (for bloc members too small to draw). */
  isIsoAlpha3?: (code: string) => boolean;
}

/** True when `share` (as printed) is `votes / base` rounded to the printed number of decimals. */
export function shareAgrees(votes: number, base: number, share: string): boolean {
  const decimals = share.split(".")[1]?.length ?? 0;
  const exact = (votes / base) * 100;
  const halfUnit = 0.5 * 10 ** -decimals;
  return Math.abs(exact - Number(share)) <= halfUnit + 1e-9;
}

/**
 * Whether a link's path carries words a title could be rebuilt from: a segment of at least two
 * words joined by hyphens or underscores (`/maduro-wins-with-51-of-the-votes`). An id
 * (`/world/1824803`, `/?p=275845`, `/item/41124885`) has none.
 */
export function hasReadableSlug(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  return path.split("/").some((segment) => /\p{L}{2,}[-_]+\p{L}{2,}/u.test(segment));
}

/**
 * Runs every rule whose files are present: the command-line check passes all six files; a panel
 * passes the files it loaded, so a missing file never hides problems in the others.
 */
export function checkIntegrity(data: Partial<Dataset>, options: IntegrityOptions = {}): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (file: string, path: string, message: string, code: ProblemCode = "rule") =>
    problems.push({ code, file, path, message });

  const sources = data.sources?.sources ?? [];
  const actors = data.actors?.actors ?? [];
  const stances = data.stances?.stances ?? [];
  const tallies = data.tallies?.tallies ?? [];
  const candidates = data.tallies?.candidates ?? [];
  const events = data.events?.events ?? [];
  const series = data.events?.series ?? [];
  const disagreements = data.disagreements?.disagreements ?? [];
  // A reference can only be checked when the file it points into is present.
  const sourceIds = data.sources && new Set(sources.map((s) => s.id));
  const actorIds = data.actors && new Set(actors.map((a) => a.id));
  const candidateIds = new Set(candidates.map((c) => c.id));
  const stanceIds = data.stances && new Set(stances.map((s) => s.id));
  const eventIds = data.events && new Set(events.map((e) => e.id));
  const tallyById = data.tallies && new Map(tallies.map((t) => [t.id, t]));

  const unique = (file: string, collection: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(file, `$.${collection}[${i}].id`, `the id "${id}" is used twice`);
      seen.add(id);
    });
  };
  unique(
    "sources.json",
    "sources",
    sources.map((s) => s.id),
  );
  unique(
    "actors.json",
    "actors",
    actors.map((a) => a.id),
  );
  unique(
    "stances.json",
    "stances",
    stances.map((s) => s.id),
  );
  unique(
    "tallies.json",
    "tallies",
    tallies.map((t) => t.id),
  );
  unique(
    "tallies.json",
    "candidates",
    candidates.map((c) => c.id),
  );
  unique(
    "events.json",
    "events",
    events.map((e) => e.id),
  );
  unique(
    "events.json",
    "series",
    series.map((s) => s.id),
  );
  unique(
    "disagreements.json",
    "disagreements",
    disagreements.map((d) => d.id),
  );

  // Stances, tallies and events share one id space: the timeline's `event` parameter names any of them.
  const entryIds = new Map<string, string>();
  const claimEntryId = (file: string, path: string, id: string) => {
    const owner = entryIds.get(id);
    if (owner && owner !== file)
      report(file, path, `the id "${id}" is also used in ${owner}; timeline ids must be unique`);
    entryIds.set(id, file);
  };
  stances.forEach((s, i) => claimEntryId("stances.json", `$.stances[${i}].id`, s.id));
  tallies.forEach((t, i) => claimEntryId("tallies.json", `$.tallies[${i}].id`, t.id));
  events.forEach((e, i) => claimEntryId("events.json", `$.events[${i}].id`, e.id));

  for (const id of sourceIds ? REQUIRED_SOURCE_IDS : []) {
    if (!sourceIds?.has(id)) report("sources.json", "$.sources", `the required source "${id}" is missing`);
  }

  const checkSource = (file: string, path: string, id: string) => {
    if (sourceIds && !sourceIds.has(id))
      report(file, path, `refers to the source "${id}", which is not in sources.json`, "reference");
  };
  const checkCitations = (file: string, path: string, list: Citation[]) =>
    list.forEach((c, i) => {
      checkSource(file, `${path}[${i}].publisher`, c.publisher);
      if (c.titleFromUrl && !hasReadableSlug(c.url))
        report(
          file,
          `${path}[${i}].titleFromUrl`,
          "says the title was taken from the link, but the link has no words to take it from: give the title as published, or null when the page showed none",
        );
      if (c.titleFromUrl && c.title === null)
        report(
          file,
          `${path}[${i}].titleFromUrl`,
          "says the title was taken from the link, but there is no title",
        );
    });
  const checkActor = (file: string, path: string, id: string) => {
    if (actorIds && !actorIds.has(id))
      report(file, path, `refers to the actor "${id}", which is not in actors.json`, "reference");
  };

  actors.forEach((actor, i) => {
    if (actor.type === "country" && options.mapCodes && !options.mapCodes.has(actor.id)) {
      report(
        "actors.json",
        `$.actors[${i}].id`,
        `"${actor.id}" is not an ISO alpha-3 code that the map knows`,
      );
    }
    actor.members?.forEach((code, j) => {
      if (options.isIsoAlpha3 && !options.isIsoAlpha3(code)) {
        report("actors.json", `$.actors[${i}].members[${j}]`, `"${code}" is not an ISO 3166-1 alpha-3 code`);
      }
    });
  });

  const lastDateByActor = new Map<string, string>();
  stances.forEach((stance, i) => {
    const path = `$.stances[${i}]`;
    checkActor("stances.json", `${path}.actor`, stance.actor);
    checkSource("stances.json", `${path}.claimant`, stance.claimant);
    checkCitations("stances.json", `${path}.citations`, stance.citations);
    const previous = lastDateByActor.get(stance.actor);
    if (previous && stance.date < previous) {
      report(
        "stances.json",
        `${path}.date`,
        `${stance.actor}'s history is out of order: ${stance.date} comes after ${previous}`,
      );
    }
    lastDateByActor.set(stance.actor, stance.date);
  });

  const recordedDisagreements = new Set(
    disagreements.flatMap((d) =>
      d.subject.type === "tally" ? [`${d.subject.tally}:${d.subject.field}`] : [],
    ),
  );
  tallies.forEach((tally, i) =>
    checkTally(tally, `$.tallies[${i}]`, {
      candidateIds,
      recordedDisagreements,
      report,
      checkSource,
      checkCitations,
    }),
  );

  events.forEach((event, i) => {
    const path = `$.events[${i}]`;
    event.actors.forEach((id, j) => checkActor("events.json", `${path}.actors[${j}]`, id));
    if (event.claimant) checkSource("events.json", `${path}.claimant`, event.claimant);
    checkCitations("events.json", `${path}.citations`, event.citations);
  });

  series.forEach((s, i) =>
    s.values.forEach((value, j) => {
      const path = `$.series[${i}].values[${j}]`;
      checkSource("events.json", `${path}.claimant`, value.claimant);
      checkCitations("events.json", `${path}.citations`, value.citations);
      const previous = s.values[j - 1];
      if (previous && value.date < previous.date)
        report(
          "events.json",
          `${path}.date`,
          `the series "${s.id}" is out of order: ${value.date} comes after ${previous.date}`,
        );
    }),
  );

  disagreements.forEach((d, i) => {
    const path = `$.disagreements[${i}]`;
    const subject = d.subject;
    if (subject.type === "tally" && tallyById && !tallyById.has(subject.tally)) {
      report(
        "disagreements.json",
        `${path}.subject.tally`,
        `refers to the tally "${subject.tally}", which is not in tallies.json`,
        "reference",
      );
    }
    if (subject.type === "stance" && stanceIds && !stanceIds.has(subject.stance)) {
      report(
        "disagreements.json",
        `${path}.subject.stance`,
        `refers to the stance "${subject.stance}", which is not in stances.json`,
        "reference",
      );
    }
    if (subject.type === "event" && eventIds && !eventIds.has(subject.event)) {
      report(
        "disagreements.json",
        `${path}.subject.event`,
        `refers to the event "${subject.event}", which is not in events.json`,
        "reference",
      );
    }
    d.claims.forEach((claim, j) =>
      checkCitations("disagreements.json", `${path}.claims[${j}].citations`, claim.citations),
    );
  });

  return problems;
}

interface TallyContext {
  candidateIds: Set<string>;
  recordedDisagreements: Set<string>;
  report: (file: string, path: string, message: string, code?: ProblemCode) => void;
  checkSource: (file: string, path: string, id: string) => void;
  checkCitations: (file: string, path: string, list: Citation[]) => void;
}

function checkTally(tally: Tally, path: string, ctx: TallyContext) {
  const file = "tallies.json";
  ctx.checkSource(file, `${path}.claimant`, tally.claimant);
  ctx.checkCitations(file, `${path}.citations`, tally.citations);
  ctx.checkCitations(file, `${path}.publication.citations`, tally.publication.citations);
  tally.assessments?.forEach((a, j) =>
    ctx.checkCitations(file, `${path}.assessments[${j}].citations`, a.citations),
  );

  const seen = new Set<string>();
  tally.results.forEach((result, j) => {
    const resultPath = `${path}.results[${j}]`;
    if (!ctx.candidateIds.has(result.candidate)) {
      ctx.report(
        file,
        `${resultPath}.candidate`,
        `refers to the candidate "${result.candidate}", which is not in the candidates list`,
        "reference",
      );
    }
    if (seen.has(result.candidate))
      ctx.report(file, `${resultPath}.candidate`, `"${result.candidate}" is listed twice`);
    seen.add(result.candidate);

    const base = tally.shareBase?.votes;
    const recorded = ctx.recordedDisagreements.has(`${tally.id}:results.${result.candidate}.share`);
    if (
      base &&
      result.share &&
      !result.approximate &&
      !recorded &&
      !shareAgrees(result.votes, base, result.share)
    ) {
      const exact = ((result.votes / base) * 100).toFixed(4);
      ctx.report(
        file,
        `${resultPath}.share`,
        `the share ${result.share}% contradicts the votes: ${result.votes} of ${base} is ${exact}% (record the disagreement in disagreements.json if a source really printed it)`,
      );
    }
  });

  const totals = tally.totals;
  if (totals?.valid !== undefined && totals.null !== undefined && totals.cast !== undefined) {
    if (totals.valid + totals.null !== totals.cast) {
      ctx.report(
        file,
        `${path}.totals`,
        `valid (${totals.valid}) plus null (${totals.null}) votes do not add up to the votes cast (${totals.cast})`,
      );
    }
  }
}
