/**
 * Spawns one notebook subprocess with least privilege and collects its protocol messages.
 *
 * @module
 */
import type { Output } from "../jupyter/ipynb.ts";
import type { ChildMessage } from "./_runtime.ts";

/** What one subprocess run produced. */
export interface Execution {
  /** Outputs per cell index, in order. */
  outputs: Map<number, Output[]>;
  /** The uncaught error, if any, with the cell that was running. */
  error?: { cell: number; ename: string; evalue: string; stack: string };
  /** Absolute paths of files the notebook read. */
  reads: string[];
  /** True when the module ran to its end. */
  finished: boolean;
  stderr: string;
  code: number;
}

/** Options of {@linkcode execute}. */
export interface ExecuteOptions {
  deno: string;
  root: string;
  tmp: string;
  moduleUrl: string;
  notebookPath: string;
  timeoutMs: number;
  onBegin?: (cell: number) => void;
  /** Cores the notebook may use (its navigator.hardwareConcurrency); default all. */
  cores?: number;
}

/**
 * Runs the generated module in `deno run` with read access to the repository and the temporary
 * folder, write access to the temporary folder only, and no network, environment or subprocesses.
 *
 * @example
 * ```ts ignore
 * const run = await execute({ deno: Deno.execPath(), root, tmp, moduleUrl, notebookPath, timeoutMs: 60_000 });
 * ```
 */
export async function execute(options: ExecuteOptions): Promise<Execution> {
  const marker = `\u001eNB${crypto.randomUUID().slice(0, 8)} `;
  const process = spawnChild(options, marker);
  const timer = setTimeout(() => {
    try {
      process.kill("SIGKILL");
    } catch { /* already gone */ }
  }, options.timeoutMs);
  const collector = new Collector(marker, options.onBegin);
  const stderr = new Response(process.stderr).text();
  let buffer = "";
  for await (const chunk of process.stdout.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      collector.handle(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
    }
  }
  if (buffer) collector.handle(buffer);
  const status = await process.status;
  clearTimeout(timer);
  return collector.finish(status, await stderr, options.timeoutMs);
}

/** Starts `deno run _child.ts …` with least privilege (see {@linkcode execute}). */
function spawnChild(options: ExecuteOptions, marker: string): Deno.ChildProcess {
  const child = new URL("./_child.ts", import.meta.url).href;
  const cwd = options.notebookPath.slice(0, options.notebookPath.lastIndexOf("/")) || "/";
  return new Deno.Command(options.deno, {
    args: [
      "run",
      "--no-prompt",
      // A 32 MB young generation: notebooks load data into many short-lived strings and objects,
      // and fewer scavenges cut the CPU of a cold build by ~7% (Pythia's CSV loads 25% faster).
      "--v8-flags=--max-semi-space-size=32",
      `--config=${options.root}/deno.json`,
      `--allow-read=${options.root},${options.tmp}`,
      `--allow-write=${options.tmp}`,
      child,
      options.moduleUrl,
      options.notebookPath,
      marker,
      ...(options.cores ? [String(options.cores)] : []),
    ],
    cwd,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
}

/** Collects the child's stdout lines: protocol messages, and plain output of the running cell. */
class Collector {
  readonly result: Execution = {
    outputs: new Map(),
    reads: [],
    finished: false,
    stderr: "",
    code: 0,
  };
  current = -1;

  constructor(readonly marker: string, readonly onBegin?: (cell: number) => void) {}

  /** Appends an output to a cell, merging consecutive chunks of one stream. */
  push(cell: number, output: Output): void {
    const list = this.result.outputs.get(cell) ?? [];
    const last = list[list.length - 1];
    if (
      output.output_type === "stream" && last?.output_type === "stream" && last.name === output.name
    ) {
      last.text += output.text;
    } else list.push(output);
    this.result.outputs.set(cell, list);
  }

  handle(line: string): void {
    if (!line.startsWith(this.marker)) {
      this.push(this.current, { output_type: "stream", name: "stdout", text: line + "\n" });
      return;
    }
    const message = JSON.parse(line.slice(this.marker.length)) as ChildMessage;
    if (message.t === "begin") {
      this.current = message.cell;
      this.onBegin?.(message.cell);
    } else if (message.t === "output") this.push(message.cell, message.output as Output);
    else if (message.t === "read") this.result.reads.push(message.path);
    else if (message.t === "end") this.result.finished = true;
    else if (message.t === "error") this.result.error = message;
  }

  /** The result; a child that died without reporting (killed, crashed) is an error too. */
  finish(status: Deno.CommandStatus, stderr: string, timeoutMs: number): Execution {
    const result = this.result;
    result.stderr = stderr;
    result.code = status.code;
    if (!result.finished && !result.error) {
      const why = status.signal === "SIGKILL"
        ? `timed out after ${timeoutMs} ms`
        : `the subprocess exited with code ${status.code}`;
      result.error = {
        cell: this.current,
        ename: "Error",
        evalue: `${why}${stderr ? `: ${stderr.trim()}` : ""}`,
        stack: "",
      };
    }
    return result;
  }
}
