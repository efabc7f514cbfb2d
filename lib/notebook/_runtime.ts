/**
 * Runs inside the notebook subprocess: the `__nb` hooks the generated module calls, a
 * `Deno.jupyter` stand-in (display, md, html, svg, format, $display, broadcast) when the real one
 * is unavailable, console capture and a record of the files the notebook reads. Messages go to the
 * parent as JSON lines on stdout, each prefixed with a per-run marker.
 *
 * @module
 */

import { JUPYTER_DISPLAY as $display, MIME } from "../jupyter/mime.ts";

/**
 * Passed to display hooks (the kernel passes nothing): the page renderer draws Vega-Lite specs
 * itself, so displays may leave out fallbacks drawn from them (charts skip their SVG).
 */
const DISPLAY_HOST = Object.freeze({
  renders: Object.freeze([MIME.vegaLite]),
});
type Bundle = Record<string, unknown>;

/** A message from the child to the parent. */
export type ChildMessage =
  | { t: "begin"; cell: number }
  | { t: "output"; cell: number; output: Record<string, unknown> }
  | { t: "error"; cell: number; ename: string; evalue: string; stack: string }
  | { t: "read"; path: string }
  | { t: "end" };

function inspect(value: unknown): string {
  return Deno.inspect(value, { colors: false, depth: 6, iterableLimit: 200 });
}

/** `console.log` formatting: printf-style directives in a first string argument, then inspect. */
function formatArgs(args: unknown[]): string {
  const parts: string[] = [];
  let rest = args;
  if (typeof args[0] === "string" && args[0].includes("%")) {
    let i = 1;
    parts.push(args[0].replace(/%([sdifoOjc%])/g, (match, d: string) => {
      if (d === "%") return "%";
      if (i >= args.length) return match;
      const v = args[i++];
      if (d === "s") return typeof v === "string" ? v : inspect(v);
      if (d === "d" || d === "i") return String(d === "i" ? Math.trunc(Number(v)) : Number(v));
      if (d === "f") return String(Number(v));
      if (d === "c") return "";
      return inspect(v);
    }));
    rest = args.slice(i);
  } else if (args.length > 0) {
    parts.push(typeof args[0] === "string" ? args[0] : inspect(args[0]));
    rest = args.slice(1);
  }
  for (const v of rest) parts.push(typeof v === "string" ? v : inspect(v));
  return parts.join(" ");
}

/** The per-run hooks; see {@linkcode installRuntime}. */
export interface Runtime {
  begin(cell: number): Promise<void>;
  result(cell: number, value: unknown): Promise<void>;
  end(): Promise<void>;
  fail(error: unknown): void;
  meta: Record<string, unknown>;
}

/**
 * Installs `globalThis.__nb`, the `Deno.jupyter` stand-in and the console capture.
 *
 * @param marker Prefix of protocol lines on stdout.
 * @param notebookPath Absolute path of the notebook (for `import.meta`).
 * @example
 * ```ts ignore
 * import { installRuntime } from "./_runtime.ts";
 * installRuntime("\u001eNB ", "/repo/notebooks/a.ipynb");
 * ```
 */
export function installRuntime(marker: string, notebookPath: string): Runtime {
  const channel = new Channel(marker);
  installJupyterShim(channel);
  captureConsole(channel);
  recordReads(channel);
  const notebookUrl = new URL(`file://${notebookPath}`).href;
  const runtime: Runtime = {
    meta: {
      url: notebookUrl,
      main: true,
      filename: notebookPath,
      dirname: notebookPath.slice(0, notebookPath.lastIndexOf("/")),
      resolve: (spec: string) => new URL(spec, notebookUrl).href,
    },
    begin(cell) {
      channel.current = cell;
      channel.send({ t: "begin", cell });
      return Promise.resolve();
    },
    async result(cell, value) {
      if (value === undefined) return;
      const data = await format(value);
      channel.send({
        t: "output",
        cell,
        output: { output_type: "execute_result", data, metadata: {} },
      });
    },
    end() {
      channel.send({ t: "end" });
      return Promise.resolve();
    },
    fail(error) {
      const e = error instanceof Error ? error : undefined;
      channel.send({
        t: "error",
        cell: channel.current,
        ename: e ? e.name : "Uncaught",
        evalue: e ? e.message : inspect(error),
        stack: e?.stack ?? "",
      });
    },
  };
  (globalThis as unknown as { __nb: Runtime }).__nb = runtime;
  return runtime;
}

/** The protocol to the parent: marked JSON lines on stdout, written whole and synchronously. */
class Channel {
  /** The cell running now (outputs without a cell go to it). */
  current = -1;
  readonly #encoder = new TextEncoder();

  constructor(readonly marker: string) {}

  send(message: ChildMessage): void {
    const bytes = this.#encoder.encode(this.marker + JSON.stringify(message) + "\n");
    let offset = 0;
    while (offset < bytes.length) offset += Deno.stdout.writeSync(bytes.subarray(offset));
  }

  /** An output of the running cell. */
  output(output: Record<string, unknown>): void {
    this.send({ t: "output", cell: this.current, output });
  }
}

/** A value's MIME bundle: its display hook's, a `toSpec()` chart's, or its inspection. */
async function format(value: unknown): Promise<Bundle> {
  const v = value as Record<PropertyKey, unknown> | null;
  if (v !== null && (typeof v === "object" || typeof v === "function")) {
    const method = v[$display];
    if (typeof method === "function") {
      return await (method as (host: unknown) => Bundle).call(v, DISPLAY_HOST);
    }
    if (typeof v.toSpec === "function") {
      return {
        [MIME.vegaLite]: (v.toSpec as () => unknown)(),
        [MIME.plain]: inspect(v),
      };
    }
  }
  return { [MIME.plain]: inspect(value) };
}

/** `Deno.jupyter` (display, md, html, svg, format, $display, broadcast) where it is missing. */
function installJupyterShim(channel: Channel): void {
  const makeDisplayable = (bundle: Bundle) => ({ [$display]: () => bundle });
  const tagged = (mime: string) => (strings: TemplateStringsArray, ...values: unknown[]) =>
    makeDisplayable({
      [mime]: strings.reduce(
        (acc, s, i) => acc + s + (values[i] !== undefined ? values[i] : ""),
        "",
      ),
    });
  const display = async (obj: unknown, options: { raw?: boolean } = {}): Promise<void> => {
    const data = options.raw ? obj as Bundle : await format(obj);
    channel.output({ output_type: "display_data", data, metadata: {} });
  };
  const shim = {
    $display,
    display,
    format,
    md: tagged(MIME.markdown),
    html: tagged(MIME.html),
    svg: tagged(MIME.svg),
    broadcast: async (type: string, content: Record<string, unknown>): Promise<void> => {
      if (type === "display_data" || type === "execute_result") {
        await display(content.data, { raw: true });
      }
    },
  };
  let available = true;
  try {
    void (Deno as unknown as { jupyter: unknown }).jupyter;
  } catch {
    available = false;
  }
  if (!available) (Deno as unknown as { jupyter: unknown }).jupyter = shim;
}

/** `console.*` → stream outputs of the running cell. */
function captureConsole(channel: Channel): void {
  const stream = (name: "stdout" | "stderr") => (...args: unknown[]) =>
    channel.output({ output_type: "stream", name, text: formatArgs(args) + "\n" });
  const c = console as unknown as Record<string, unknown>;
  c.log = c.info = c.debug = stream("stdout");
  c.error = c.warn = stream("stderr");
  c.trace = (...args: unknown[]) =>
    stream("stderr")(
      formatArgs(args) + "\n" + (new Error().stack ?? "").split("\n").slice(2).join("\n"),
    );
  c.dir = (v: unknown) => stream("stdout")(inspect(v));
  c.table = (v: unknown) => stream("stdout")(inspect(v));
}

/** Reports every file the notebook opens, so the build cache can depend on it. */
function recordReads(channel: Channel): void {
  const record = (path: unknown) => {
    try {
      const p = path instanceof URL ? path.pathname : String(path);
      channel.send({ t: "read", path: p.startsWith("/") ? p : `${Deno.cwd()}/${p}` });
    } catch { /* unreadable path: the read itself reports it */ }
  };
  const d = Deno as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (
    const name of [
      "readTextFile",
      "readFile",
      "readTextFileSync",
      "readFileSync",
      "open",
      "openSync",
    ]
  ) {
    const original = d[name]!;
    d[name] = (...a: unknown[]) => {
      record(a[0]);
      return original.apply(Deno, a);
    };
  }
}
