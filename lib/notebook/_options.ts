/**
 * Option specs of the notebook engine's public functions (see lib/_options.ts): checked before a
 * notebook is read or a subprocess started.
 * @module
 */
import {
  anything,
  arrayOf,
  ofType,
  type OptionSpec,
  positiveInteger,
  recordOfStrings,
} from "../_options.ts";

export { checkOptions } from "../_options.ts";

/** {@linkcode runNotebook}'s options. */
export const RUN_SPEC: OptionSpec = {
  root: ofType("string"),
  tmpDir: ofType("string"),
  params: recordOfStrings,
  allowErrors: ofType("boolean"),
  onCell: ofType("function"),
  timeoutMs: positiveInteger,
  deno: ofType("string"),
  cores: positiveInteger,
};

/** {@linkcode buildReports}' options. */
export const BUILD_SPEC: OptionSpec = {
  root: ofType("string"),
  notebooks: arrayOf(ofType("string")),
  out: ofType("string"),
  check: ofType("boolean"),
  allowErrors: ofType("boolean"),
  params: recordOfStrings,
  concurrency: positiveInteger,
  cache: ofType("boolean"),
  log: ofType("function"),
  svg: anything,
  lang: ofType("string"),
};
