/**
 * Path helpers without @std/path (POSIX-style paths; Windows is not a target).
 *
 * @module
 */

/**
 * Normalises `.` and `..` segments and makes `path` absolute against the current directory.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { absolutePath } from "./_paths.ts";
 * assert.equal(absolutePath("/repo/scripts/../data/./x.csv"), "/repo/data/x.csv");
 * assert.equal(absolutePath("/a/../../b"), "/b");
 * ```
 */
export function absolutePath(path: string): string {
  const full = path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
  const out: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

/**
 * `path` relative to `root` when inside it, else `path` unchanged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { relativePath } from "./_paths.ts";
 * assert.equal(relativePath("/repo", "/repo/reports/a.html"), "reports/a.html");
 * assert.equal(relativePath("/repo", "/elsewhere/a.html"), "/elsewhere/a.html");
 * ```
 */
export function relativePath(root: string, path: string): string {
  return path.startsWith(root + "/") ? path.slice(root.length + 1) : path;
}
