/**
 * Entry point of a notebook subprocess: `deno run … _child.ts <module-url> <notebook-path>`,
 * with the protocol marker in the `NB_MARKER` argument position 3. Installs the runtime, imports
 * the generated module, reports an uncaught error (thrown, rejected, late) and exits.
 *
 * @module
 */
import { installRuntime } from "./_runtime.ts";

const [moduleUrl, notebookPath, marker] = Deno.args;
if (!moduleUrl || !notebookPath || !marker) {
  throw new TypeError("usage: _child.ts <module-url> <notebook-path> <marker>");
}
const runtime = installRuntime(marker, notebookPath);
const die = (error: unknown): never => {
  runtime.fail(error);
  Deno.exit(1);
};
globalThis.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  die(event.reason);
});
globalThis.addEventListener("error", (event) => {
  event.preventDefault();
  die(event.error);
});
try {
  await import(moduleUrl);
} catch (error) {
  die(error);
}
Deno.exit(0);
