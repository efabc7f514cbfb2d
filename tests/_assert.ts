/**
 * Test assertions: Node's built-in `node:assert/strict`, a substitute for `@std/testing` /
 * `@std/assert` (jsr.io is not reachable from our build machines), isolated here so it can be
 * swapped in one place. Tests run with `Deno.test`.
 * @module
 */
import assert from "node:assert/strict";

export default assert;
