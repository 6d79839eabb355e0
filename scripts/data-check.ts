/**
 * `npm run data:check -- [DIR]` validates a dataset (default public/data) with the app's own
 * schemas plus the cross-file integrity rules, prints every problem as
 * "file JSON-path: sentence", and exits 1 if there is any. The tally-sheet files under
 * DIR/actas/ (npm run actas:build) are checked too: they must be there in public/data; another
 * dataset (a synthetic one) may leave the folder out, and the check then says it skipped them.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import countries from "i18n-iso-countries";
import { fileSchemas } from "../src/data/file-schemas.ts";
import { DATA_FILE_NAMES, fileNameOf } from "../src/data/files.ts";
import { checkIntegrity, type Dataset } from "../src/data/integrity.ts";
import { formatProblem, problemsFromZod, type DataProblem } from "../src/data/issues.ts";
import { checkActasDir } from "./actas/check-dir.ts";
import { mapCodes } from "./map-codes.ts";

const PUBLISHED = resolve("public/data");
const dir = resolve(process.argv[2] ?? PUBLISHED);
const problems: DataProblem[] = [];
const parsed: Partial<Record<keyof Dataset, unknown>> = {};

for (const name of DATA_FILE_NAMES) {
  const file = fileNameOf(name);
  let text: string;
  try {
    text = readFileSync(resolve(dir, file), "utf8");
  } catch {
    problems.push({ code: "schema", file, path: "$", message: `the file is missing from ${dir}` });
    continue;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      code: "schema",
      file,
      path: "$",
      message: `is not valid JSON (truncated or mistyped?): ${reason}`,
    });
    continue;
  }
  const result = fileSchemas[name].schema.safeParse(json);
  if (result.success) parsed[name] = result.data;
  else problems.push(...problemsFromZod(file, result.error));
}

if (DATA_FILE_NAMES.every((name) => parsed[name] !== undefined)) {
  problems.push(
    ...checkIntegrity(parsed as Dataset, {
      mapCodes: mapCodes(),
      isIsoAlpha3: (code) => countries.isValid(code) && code.length === 3,
    }),
  );
}

const actas = checkActasDir(dir);
problems.push(...actas.problems);
if (!actas.present && dir === PUBLISHED) {
  problems.push({
    code: "schema",
    file: "actas/",
    path: "$",
    message: `the tally-sheet folder is missing from ${dir} (npm run actas:build makes it)`,
  });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ndata:check found ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}`);
  process.exit(1);
}
console.log(
  `data:check: ${DATA_FILE_NAMES.length} files in ${dir} are valid` +
    (actas.present
      ? `, and so are the ${actas.files} tally-sheet files in its actas/ folder`
      : " (it has no actas/ folder: the tally-sheet files were not checked)"),
);
