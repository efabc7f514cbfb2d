/**
 * The notebook engine's public functions check their options before any work (issue 13, item 9):
 * a bad option names the function, the option and the value; the notebook path is never read.
 */
import assert from "./_assert.ts";
import { buildReports, runNotebook } from "../lib/notebook/mod.ts";

const MISSING = "/nonexistent/never-read.ipynb";

Deno.test("options: runNotebook rejects bad options before reading the notebook", async () => {
  await assert.rejects(() => runNotebook(MISSING, { timeoutMs: 0 }), {
    name: "RangeError",
    message: /^runNotebook: timeoutMs must be a positive integer, got 0/,
  });
  await assert.rejects(() => runNotebook(MISSING, { params: { n: 3 } } as never), {
    name: "TypeError",
    message: "runNotebook: params.n must be a string, got 3",
  });
  await assert.rejects(() => runNotebook(MISSING, { alowErrors: true } as never), {
    name: "TypeError",
    message: /^runNotebook: unknown option "alowErrors" \(did you mean "allowErrors"\?\)/,
  });
});

Deno.test("options: buildReports rejects bad options before touching the repository", async () => {
  await assert.rejects(() => buildReports({ root: "/nonexistent", concurrency: 1.5 }), {
    name: "RangeError",
    message: /^buildReports: concurrency must be a positive integer, got 1.5/,
  });
  await assert.rejects(() => buildReports({ root: "/nonexistent", notebooks: [3] } as never), {
    name: "TypeError",
    message: /^buildReports: notebooks\[0\] must be a string, got 3/,
  });
  await assert.rejects(() => buildReports({ root: "/nonexistent", chek: true } as never), {
    name: "TypeError",
    message: /unknown option "chek" \(did you mean "check"\?\)/,
  });
});
