/** Private helpers shared by the loaders: where bundled data lives, and read-parse-check in one call. */
import { parseCsv } from "./csv.ts";
import { readRecords, type RecordOf, type Schema } from "./schema.ts";
import { DataTypeError } from "./errors.ts";

const _DATA_ROOT = new URL("../../data/", import.meta.url);

/** A bundled data file: the URL to read and the repository-relative name used in messages. */
export function bundled(relative: string): { url: URL; label: string } {
  return { url: new URL(relative, _DATA_ROOT), label: `data/${relative}` };
}

/** Reads a data file's text; a missing file is a located {@link DataTypeError}. */
export async function readDataFile(source: string | URL, label = String(source)): Promise<string> {
  try {
    return await Deno.readTextFile(source);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new DataTypeError(
        { file: label, line: 0, column: 0 },
        "file not found; check the path (relative paths are resolved from the current folder)",
      );
    }
    throw error;
  }
}

/** Reads a CSV file (path or URL) and checks it against `schema`. */
export async function loadTable<S extends Schema>(
  source: string | URL,
  schema: S,
  label = String(source),
): Promise<RecordOf<S>[]> {
  return readRecords(parseCsv(await readDataFile(source, label), label), schema);
}
