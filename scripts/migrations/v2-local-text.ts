/**
 * One-off migration of the data files from schemaVersion 1 to 2 (issue 14, section 3): every
 * text this project wrote becomes `{ "en": …, "es": … }`. The Spanish comes from a translations
 * file, keyed by file, then record (its id; `candidate:<id>`, `series:<id>`, `notShown:<i>`),
 * then the field's path inside the record (`summary`, `citations.0.dateNote`, `coverage.of`,
 * `assessments.<id>.summary`, `claims.1.value`, `values.2.measure`).
 *
 *   npx tsx scripts/migrations/v2-local-text.ts <translations.json> [data dir]
 *
 * It writes nothing unless every text has its Spanish: otherwise it lists what is missing.
 * Quotes and headlines are not touched; a quote's translation (English) becomes `{ en }`.
 * A disagreement's value written only in figures ("6,408,844", "51.2%") is the same in both, and
 * so is a publisher's own name where no Spanish one is given.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Json = Record<string, unknown>;
type Es = Record<string, Record<string, Record<string, string>>>;

const [translationsFile, dir = "public/data"] = process.argv.slice(2);
if (!translationsFile) {
  console.error("usage: tsx scripts/migrations/v2-local-text.ts <translations.json> [data dir]");
  process.exit(2);
}
const es = JSON.parse(readFileSync(translationsFile, "utf8")) as Es;
const missing: string[] = [];

/**
 * Replaces record[path] (a string) by { en, es }, looking the Spanish up; absent fields stay
 * absent. `same`: "figures" keeps a value written only in figures as it is in both languages;
 * "name" keeps a publisher's own name when no Spanish one is given ("MercoPress").
 */
function localise(file: string, key: string, record: Json, path: string, same?: "figures" | "name") {
  const parts = path.split(".");
  let holder: Json = record;
  for (const part of parts.slice(0, -1)) {
    const next = holder[part];
    if (typeof next !== "object" || next === null) return;
    holder = next as Json;
  }
  const field = parts[parts.length - 1]!;
  const en = holder[field];
  if (typeof en !== "string") return;
  const figuresOnly = same === "figures" && !/\p{L}/u.test(en);
  const spanish = figuresOnly ? en : (es[file]?.[key]?.[path] ?? (same === "name" ? en : undefined));
  if (!spanish) missing.push(`${file} ${key} ${path}: ${en}`);
  holder[field] = { en, es: spanish ?? "" };
}

function citations(file: string, key: string, record: Json, prefix: string) {
  const list = (prefix ? (record[prefix] as Json | undefined)?.citations : record.citations) as
    Json[] | undefined;
  list?.forEach((citation, i) => {
    localise(file, key, record, `${prefix ? `${prefix}.` : ""}citations.${i}.dateNote`);
    if (typeof citation.translation === "string") citation.translation = { en: citation.translation };
  });
}

function migrate(name: string, change: (data: Json) => void) {
  const path = join(dir, name);
  const data = JSON.parse(readFileSync(path, "utf8")) as Json;
  if (data.schemaVersion !== 1) throw new Error(`${name} is not at schemaVersion 1`);
  change(data);
  data.schemaVersion = 2;
  return () => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

const list = (data: Json, key: string) => (data[key] as Json[] | undefined) ?? [];
const writes = [
  migrate("actors.json", (d) =>
    list(d, "actors").forEach((a) => localise("actors.json", a.id as string, a, "name")),
  ),
  migrate("sources.json", (d) =>
    list(d, "sources").forEach((s) => {
      localise("sources.json", s.id as string, s, "name", "name");
      localise("sources.json", s.id as string, s, "note");
    }),
  ),
  migrate("stances.json", (d) =>
    list(d, "stances").forEach((s) => {
      for (const field of ["summary", "note", "speaker"]) localise("stances.json", s.id as string, s, field);
      citations("stances.json", s.id as string, s, "");
    }),
  ),
  migrate("events.json", (d) => {
    list(d, "events").forEach((e) => {
      for (const field of ["title", "summary"]) localise("events.json", e.id as string, e, field);
      citations("events.json", e.id as string, e, "");
    });
    list(d, "series").forEach((s) => {
      const key = `series:${s.id as string}`;
      localise("events.json", key, s, "topic");
      (s.values as Json[]).forEach((v, i) => {
        localise("events.json", key, s, `values.${i}.measure`);
        localise("events.json", key, s, `values.${i}.note`);
        (v.citations as Json[]).forEach((c, j) => {
          localise("events.json", key, s, `values.${i}.citations.${j}.dateNote`);
          if (typeof c.translation === "string") c.translation = { en: c.translation };
        });
      });
    });
  }),
  migrate("tallies.json", (d) => {
    list(d, "candidates").forEach((c) => localise("tallies.json", `candidate:${c.id as string}`, c, "name"));
    list(d, "tallies").forEach((t) => {
      const key = t.id as string;
      for (const field of [
        "label",
        "dateNote",
        "coverage.of",
        "coverage.detail",
        "publication.description",
        "shareBase.label",
      ])
        localise("tallies.json", key, t, field);
      citations("tallies.json", key, t, "");
      citations("tallies.json", key, t, "publication");
      const assessments = (t.assessments as Json[] | undefined) ?? [];
      // Assessments are keyed by their id, so a path does not depend on their order.
      const byId: Json = Object.fromEntries(assessments.map((a) => [a.id as string, a]));
      for (const a of assessments) {
        const id = a.id as string;
        localise("tallies.json", key, { assessments: byId }, `assessments.${id}.summary`);
        (a.citations as Json[]).forEach((c, i) => {
          localise("tallies.json", key, { assessments: byId }, `assessments.${id}.citations.${i}.dateNote`);
          if (typeof c.translation === "string") c.translation = { en: c.translation };
        });
      }
    });
  }),
  migrate("disagreements.json", (d) => {
    list(d, "disagreements").forEach((x) => {
      const key = x.id as string;
      localise("disagreements.json", key, x, "topic");
      localise("disagreements.json", key, x, "assessment");
      (x.claims as Json[]).forEach((claim, i) => {
        localise("disagreements.json", key, x, `claims.${i}.value`, "figures");
        (claim.citations as Json[]).forEach((c, j) => {
          localise("disagreements.json", key, x, `claims.${i}.citations.${j}.dateNote`);
          if (typeof c.translation === "string") c.translation = { en: c.translation };
        });
      });
    });
    list(d, "notShown").forEach((n, i) => {
      for (const field of ["topic", "value", "reason"])
        localise("disagreements.json", `notShown:${i}`, n, field);
    });
  }),
];

if (missing.length > 0) {
  console.error(`${missing.length} texts have no Spanish; nothing was written:\n${missing.join("\n")}`);
  process.exit(1);
}
writes.forEach((write) => write());
console.log(`Migrated ${writes.length} files in ${dir} to schemaVersion 2.`);
