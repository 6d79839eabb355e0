/**
 * `npm run data:check -- [DIR]` validates a dataset (default public/data) with the app's own
 * schemas plus the cross-file integrity rules, prints every problem as
 * "file JSON-path: sentence", and exits 1 if there is any. The tally-sheet files under
 * DIR/actas/ (npm run actas:build) are checked too: they must be there in public/data; another
 * dataset (a synthetic one) may leave the folder out, and the check then says it skipped them.
 */
import { resolve } from "node:path";
import countries from "i18n-iso-countries";
import { fileSchemas } from "../src/data/file-schemas.ts";
import { DATA_FILE_NAMES, fileNameOf } from "../src/data/files.ts";
import { checkIntegrity, type Dataset } from "../src/data/integrity.ts";
import { formatProblem, type DataProblem } from "../src/data/issues.ts";
import { checkActasDir } from "./actas/check-dir.ts";
import { mapCodes } from "./map-codes.ts";
import { readDataFile } from "./read-data-file.ts";

const PUBLISHED = resolve("public/data");
const dir = resolve(process.argv[2] ?? PUBLISHED);
const problems: DataProblem[] = [];
const parsed: Partial<Record<keyof Dataset, unknown>> = {};

for (const name of DATA_FILE_NAMES) {
  const data = readDataFile(dir, fileNameOf(name), fileSchemas[name].schema, problems);
  if (data !== undefined) parsed[name] = data;
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
