/**
 * Entry point of a notebook subprocess: `deno run … _child.ts <module-url> <notebook-path>
 * <marker> [cores]`, with the protocol marker in argument position 3 and, optionally, the cores
 * this notebook may use. Installs the runtime, imports the generated module, reports an uncaught
 * error (thrown, rejected, late) and exits.
 *
 * @module
 */
import { installRuntime } from "./_runtime.ts";

const [moduleUrl, notebookPath, marker, cores] = Deno.args;
if (!moduleUrl || !notebookPath || !marker) {
  throw new TypeError("usage: _child.ts <module-url> <notebook-path> <marker> [cores]");
}
// The runner runs several notebooks at once: each sees its share of the cores, so worker pools
// sized by navigator.hardwareConcurrency (the fits' are) do not oversubscribe the machine.
if (cores && Number(cores) >= 1) {
  Object.defineProperty(navigator, "hardwareConcurrency", {
    value: Math.floor(Number(cores)),
    configurable: true,
  });
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
