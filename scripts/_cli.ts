/**
 * The command-line conventions shared by every script (`deno task report`, `analyze`, …):
 *
 * - exit codes: 0 done, 1 failed, 2 usage error;
 * - `--help` / `-h` prints the usage text on stdout and exits 0;
 * - a usage error prints `error: <what is wrong>` and the usage text on stderr and exits 2;
 * - relative paths resolve from the folder the user ran the command in (`deno task` runs scripts
 *   at the repository root and passes that folder as `INIT_CWD`), with `.` and `..` resolved, and
 *   a leading `~/` is the home folder (for quoted paths the shell did not expand);
 * - output may go anywhere the user can write: {@linkcode ensureWritable} re-runs the script with
 *   write access to the folders it needs (the tasks grant only reports/ and .cache/).
 *
 * @module
 */
import { absolutePath } from "../lib/notebook/_paths.ts";

/** Exit code: done. */
export const EXIT_OK = 0;
/** Exit code: the work failed (bad data, a failing notebook, stale reports, …). */
export const EXIT_FAILED = 1;
/** Exit code: the command line is wrong. */
export const EXIT_USAGE = 2;

/** A command-line mistake: exit code 2 with the usage text. */
export class UsageError extends TypeError {
  override name = "UsageError";
}

/** Whether the arguments ask for help (`--help` or `-h` anywhere). */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}

/** Prints `usage` on stdout and exits 0 when the arguments ask for help. */
export function exitOnHelp(args: readonly string[], usage: string): void {
  if (!wantsHelp(args)) return;
  console.log(usage);
  Deno.exit(EXIT_OK);
}

/** Prints the usage error and the usage text on stderr, and exits 2. */
export function exitUsage(message: string, usage: string): never {
  console.error(`error: ${message}\n${usage}`);
  Deno.exit(EXIT_USAGE);
}

/**
 * Handles `--help`, then runs `parse`; a {@linkcode UsageError} from it exits 2 with the usage
 * text. Other errors propagate.
 */
export function parseOrExit<T>(args: readonly string[], usage: string, parse: () => T): T {
  exitOnHelp(args, usage);
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) exitUsage(error.message, usage);
    throw error;
  }
}

/** For scripts without arguments: `--help` exits 0, anything else is a usage error (exit 2). */
export function noArguments(args: readonly string[], usage: string): void {
  parseOrExit(args, usage, () => {
    if (args.length > 0) throw new UsageError(`unexpected argument ${args[0]}; this takes none`);
  });
}

/**
 * The value of a flag given as `--name value` or `--name=value`: returns the value and the index
 * of the last argument used.
 *
 * @throws {UsageError} when the value is missing.
 */
export function flagValue(args: readonly string[], i: number): { value: string; next: number } {
  const arg = args[i]!;
  const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
  if (eq > 0) return { value: arg.slice(eq + 1), next: i };
  const value = args[i + 1];
  if (value === undefined) throw new UsageError(`${arg} needs a value`);
  return { value, next: i + 1 };
}

/** The flag name of an argument: `--out=x` → `--out`. */
export function flagName(arg: string): string {
  const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
  return eq > 0 ? arg.slice(0, eq) : arg;
}

/** The folder relative paths on the command line are relative to (`INIT_CWD` under deno task). */
export function userCwd(): string {
  // Without --allow-env (no prompt: query only), the current folder.
  const allowed = Deno.permissions.querySync({ name: "env", variable: "INIT_CWD" });
  const init = allowed.state === "granted" ? Deno.env.get("INIT_CWD") : undefined;
  return init && init.startsWith("/") ? init : Deno.cwd();
}

/** A path from the command line as an absolute path, `~/`, `.` and `..` resolved. */
export function userPath(path: string, cwd: string = userCwd()): string {
  if (path === "~" || path.startsWith("~/")) {
    const allowed = Deno.permissions.querySync({ name: "env", variable: "HOME" });
    const home = allowed.state === "granted" ? Deno.env.get("HOME") : undefined;
    if (home) path = `${home}${path.slice(1)}`;
  }
  return absolutePath(path.startsWith("/") ? path : `${cwd}/${path}`);
}

/** The folder of an absolute file path. */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/")) || "/";
}

const REEXEC = "SCALING_REPORT_REEXEC";

/**
 * Makes sure the script may write to `folders` (absolute): returns when it may; otherwise re-runs
 * `script` in a new `deno run` with `--allow-write` for them plus `always` (the folders the task
 * grants), the same read/run/env access and arguments, forwards Ctrl-C, and exits with its code.
 * A second refusal (or a folder name with a comma, which the flag cannot hold) is a
 * `Deno.errors.NotCapable` naming the folder and the flag to use.
 */
export async function ensureWritable(
  folders: readonly string[],
  always: readonly string[],
  script: string,
): Promise<void> {
  const missing = folders.filter((path) =>
    Deno.permissions.querySync({ name: "write", path }).state !== "granted"
  );
  if (missing.length === 0) return;
  const canEnv = Deno.permissions.querySync({ name: "env", variable: REEXEC }).state === "granted";
  if ((canEnv && Deno.env.get(REEXEC)) || missing.some((p) => p.includes(","))) {
    throw new Deno.errors.NotCapable(
      `no write access to ${missing[0]}; run the script with --allow-write=${missing[0]}`,
    );
  }
  const child = new Deno.Command("deno", {
    args: [
      "run",
      "--quiet",
      "--allow-read",
      `--allow-write=${[...always, ...missing].join(",")}`,
      "--allow-run=deno",
      "--allow-env",
      script,
      ...Deno.args,
    ],
    env: { [REEXEC]: "1" },
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
  const forward = (signal: Deno.Signal) => () => {
    try {
      child.kill(signal);
    } catch { /* gone */ }
  };
  for (const s of ["SIGINT", "SIGTERM"] as const) Deno.addSignalListener(s, forward(s));
  Deno.exit((await child.status).code);
}
