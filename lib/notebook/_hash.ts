/**
 * Content hashes for the build cache (SHA-256, hex).
 *
 * @module
 */

/**
 * SHA-256 of text or bytes, as hex.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sha256 } from "./_hash.ts";
 * // FIPS 180-2 test vector for "abc".
 * assert.equal(await sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
 * ```
 */
export async function sha256(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 of a file, or `"missing"` when it cannot be read. */
export async function hashFile(path: string): Promise<string> {
  try {
    return await sha256(await Deno.readFile(path));
  } catch {
    return "missing";
  }
}

/** One hash over the `.ts` files of a folder (sorted by name, not recursive). */
export async function hashFolder(dir: string): Promise<string> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith(".ts")) names.push(entry.name);
  }
  const parts: string[] = [];
  for (const name of names.sort()) parts.push(name, await hashFile(`${dir}/${name}`));
  return await sha256(parts.join("\n"));
}
