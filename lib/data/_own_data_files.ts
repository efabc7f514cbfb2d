/** Private: reading an input path for own_data.ts with one-sentence errors. */
import { DataTypeError } from "./errors.ts";
import type { LmEvalFile } from "./lm_eval.ts";

const where = (file: string) => ({ file, line: 0, column: 0 });

/** Turns an OS error on `label` into one sentence, or returns undefined. */
function osError(error: unknown, label: string, wanted: "file" | "folder"): Error | undefined {
  if (error instanceof Deno.errors.NotFound) {
    return new DataTypeError(
      where(label),
      `${wanted} not found; check the path (relative paths are resolved from the folder you ran ` +
        "the command in)",
    );
  }
  if (error instanceof Deno.errors.IsADirectory) {
    return new DataTypeError(where(label), "is a folder; give the file inside it");
  }
  if (error instanceof Deno.errors.NotADirectory) {
    return new DataTypeError(where(label), "is a file, not a folder");
  }
  if (error instanceof Deno.errors.PermissionDenied) {
    return new DataTypeError(where(label), "cannot be read (permission denied); check its mode");
  }
  return undefined;
}

/** A file's text; a missing file, a folder or an unreadable file is one sentence. */
export async function readInputText(path: string, label: string): Promise<string> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    throw osError(error, label, "file") ?? error;
  }
  if (info.isDirectory) {
    throw new DataTypeError(
      where(label),
      "is a folder; give the CSV file inside it (or an lm-evaluation-harness output folder " +
        "without --format long/wide)",
    );
  }
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    throw osError(error, label, "file") ?? error;
  }
}

/** Every `results*.json` below `dir`, sorted by path; none is an error naming the folder. */
export async function listResults(dir: string, label: string): Promise<LmEvalFile[]> {
  const found: string[] = [];
  const walk = async (at: string, depth: number) => {
    if (depth > 8) return;
    try {
      for await (const entry of Deno.readDir(at)) {
        const path = `${at}/${entry.name}`;
        if (entry.isDirectory) await walk(path, depth + 1);
        else if (entry.isFile && /^results.*\.json$/.test(entry.name)) found.push(path);
      }
    } catch (error) {
      throw osError(error, label, "folder") ?? error;
    }
  };
  await walk(dir.replace(/\/+$/, ""), 0);
  found.sort();
  if (found.length === 0) {
    throw new DataTypeError(
      where(label),
      "is a folder without lm-evaluation-harness results_*.json files; give a CSV file or the " +
        "harness --output_path folder",
    );
  }
  const shown = (p: string) =>
    `${label.replace(/\/+$/, "")}${p.slice(dir.replace(/\/+$/, "").length)}`;
  return await Promise.all(
    found.map(async (p) => ({ path: shown(p), text: await Deno.readTextFile(p) })),
  );
}
