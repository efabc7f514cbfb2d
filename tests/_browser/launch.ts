/**
 * Starts tests/_browser/driver.ts in a child `deno run` with exactly the
 * permissions playwright-core needs, so the test task itself needs no
 * `--allow-sys`. playwright-core reads the home directory and OS release
 * (`--allow-sys=homedir,osRelease`) and, at import time, probes for WSL by
 * stat-ing /proc/sys/fs/binfmt_misc/WSLInterop, which Deno only allows
 * under `--allow-all`; `__IS_WSL_TEST__=1` makes that probe lazy (it is
 * only consulted when opening a desktop browser, which we never do).
 */
import type { DriverInput, PageResult } from "./driver.ts";

import { CHROMIUM } from "./chromium.ts";

export { CHROMIUM };

/** True when the Chromium binary exists. */
export function haveChromium(): boolean {
  try {
    return Deno.statSync(CHROMIUM).isFile;
  } catch {
    return false;
  }
}

/** Runs the driver over `input.pages` and returns one result per page. */
export async function runDriver(input: DriverInput): Promise<PageResult[]> {
  const work = await Deno.makeTempDir({ prefix: "browser-suite-" });
  try {
    const inputPath = `${work}/input.json`;
    const outputPath = `${work}/output.json`;
    await Deno.writeTextFile(inputPath, JSON.stringify(input));
    const tmp = Deno.env.get("TMPDIR") ?? "/tmp";
    const driver = new URL("./driver.ts", import.meta.url).pathname;
    const command = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--quiet",
        "--allow-read",
        `--allow-write=${tmp},${work},${input.screenshotDir},${input.pdfDir}`,
        `--allow-run=${CHROMIUM}`,
        "--allow-env",
        "--allow-sys=homedir,osRelease",
        driver,
        inputPath,
        outputPath,
      ],
      env: { __IS_WSL_TEST__: "1" },
      stdout: "piped",
      stderr: "piped",
    });
    const { code, stdout, stderr } = await command.output();
    if (code !== 0) {
      const text = new TextDecoder();
      throw new Error(
        `browser driver exited with ${code}\n${text.decode(stdout)}\n${text.decode(stderr)}`,
      );
    }
    return JSON.parse(await Deno.readTextFile(outputPath));
  } finally {
    await Deno.remove(work, { recursive: true });
  }
}
