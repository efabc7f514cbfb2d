/**
 * Runs notebooks in real Jupyter: registers the Deno kernel into a temporary
 * Jupyter data dir (so a test never touches ~/.local/share/jupyter) and
 * executes a notebook with tests/_jupyter/run_notebook.py (nbclient).
 */

/** The interpreter with Debian's python3-nbclient. */
export const PYTHON = "/usr/bin/python3";

/** True when python3 can import nbclient, nbformat and jupyter_client. */
export function haveJupyter(): boolean {
  try {
    const { code } = new Deno.Command(PYTHON, {
      args: ["-c", "import nbclient, nbformat, jupyter_client"],
      stdout: "null",
      stderr: "null",
    }).outputSync();
    return code === 0;
  } catch {
    return false;
  }
}

const text = new TextDecoder();

/**
 * `deno jupyter --install --force` with XDG_DATA_HOME pointed at `dataHome`,
 * which puts the kernelspec at `<dataHome>/jupyter/kernels/deno`; returns the
 * folder to put on JUPYTER_PATH. Uses the deno running the tests.
 */
export async function registerKernel(dataHome: string): Promise<string> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["jupyter", "--install", "--force"],
    env: { XDG_DATA_HOME: dataHome },
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (code !== 0) throw new Error(`deno jupyter --install failed:\n${text.decode(stderr)}`);
  const spec = JSON.parse(
    await Deno.readTextFile(`${dataHome}/jupyter/kernels/deno/kernel.json`),
  ) as { argv: string[]; language: string };
  const sameDeno = spec.argv[0] !== undefined &&
    (await Deno.realPath(spec.argv[0])) === (await Deno.realPath(Deno.execPath()));
  if (!sameDeno || spec.language !== "typescript") {
    throw new Error(`unexpected kernelspec: ${JSON.stringify(spec)}`);
  }
  return `${dataHome}/jupyter`;
}

/** An nbformat 4 notebook as nbclient writes it (only what the checks read). */
export interface ExecutedNotebook {
  cells: {
    cell_type: string;
    source: string | string[];
    metadata: Record<string, unknown> & { tags?: string[]; late_iopub_messages?: number };
    outputs?: Record<string, unknown>[];
  }[];
  metadata: Record<string, unknown>;
}

/**
 * Executes `notebook` in Jupyter with the kernel found on `jupyterPath`,
 * writing the executed copy to `outPath`, and returns it parsed.
 */
export async function executeInJupyter(
  notebook: string,
  outPath: string,
  jupyterPath: string,
): Promise<ExecutedNotebook> {
  const driver = new URL("./run_notebook.py", import.meta.url).pathname;
  const { code, stdout, stderr } = await new Deno.Command(PYTHON, {
    args: [driver, notebook, outPath, "--kernel", "deno", "--timeout", "600"],
    env: { JUPYTER_PATH: jupyterPath, PYTHONDONTWRITEBYTECODE: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(
      `nbclient failed on ${notebook} (exit ${code}):\n${text.decode(stdout)}\n${
        text.decode(stderr)
      }`,
    );
  }
  return JSON.parse(await Deno.readTextFile(outPath));
}
