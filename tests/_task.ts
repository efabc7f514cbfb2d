/**
 * Runs a `deno task` of this repository from its root, as a user would, and returns its exit code
 * and output. INIT_CWD is cleared so a nested `deno task` resolves paths from the root, not from
 * wherever the test runner was started (a CI lesson: an inherited INIT_CWD moved the paths).
 */
const ROOT = new URL("..", import.meta.url).pathname;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** `deno task --quiet ARGS…` in the repository root. */
export async function task(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1", INIT_CWD: "" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: output.code, stdout: decode(output.stdout), stderr: decode(output.stderr) };
}
