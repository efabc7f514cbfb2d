/**
 * Path helpers without @std/path (POSIX-style paths; Windows is not a target).
 *
 * @module
 */

/** Normalises `.` and `..` segments and makes `path` absolute against the current directory. */
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

/** `path` relative to `root` when inside it, else `path` unchanged. */
export function relativePath(root: string, path: string): string {
  return path.startsWith(root + "/") ? path.slice(root.length + 1) : path;
}
