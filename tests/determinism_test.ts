// Determinism of `deno task report`: two clean builds (cache disabled) of the registry's chapters are
// byte-identical — every edition, English in the folder and each other language in <lang>/ — and
// the committed reports/ are fresh (`deno task report --check`, the CI check).
import assert from "./_assert.ts";
import { readChapters } from "../lib/notebook/chapters.ts";
import { type QuickGroup, quickGroups } from "./_chapters.ts";
import { EDITIONS } from "./_edition.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const DENO = Deno.execPath();
const decoder = new TextDecoder();

function env() {
  const dir = DENO.slice(0, DENO.lastIndexOf("/"));
  return { PATH: `${dir}:${Deno.env.get("PATH") ?? ""}`, NO_COLOR: "1" };
}

/**
 * The chapters in groups built together, from the registry: chapters with the same `quickParams`
 * (e.g. `resamples=200` where the default is thousands of bootstrap resamples) share a build.
 */
const CHAPTERS = await readChapters(ROOT);
if (!CHAPTERS) throw new Error(`${ROOT}/notebooks/chapters.json is missing`);
const GROUPS: QuickGroup[] = quickGroups(CHAPTERS);

async function cleanBuild(out: string, group: (typeof GROUPS)[number]): Promise<void> {
  const { code, stderr } = await new Deno.Command(DENO, {
    args: [
      "run",
      "--allow-read",
      `--allow-write=reports,.cache,${out}`,
      "--allow-run=deno",
      "--allow-env",
      "scripts/report.ts",
      "--no-cache",
      "--out",
      out,
      ...group.params,
      ...group.notebooks,
    ],
    cwd: ROOT,
    env: env(),
    stdout: "null",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, decoder.decode(stderr));
}

/** Every file under `dir`, by its path relative to `dir` (the editions sit in subfolders). */
async function files(dir: string, prefix = ""): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for await (const e of Deno.readDir(dir)) {
    if (e.isDirectory) {
      for (const [k, v] of await files(`${dir}/${e.name}`, `${prefix}${e.name}/`)) out.set(k, v);
    } else out.set(`${prefix}${e.name}`, await Deno.readFile(`${dir}/${e.name}`));
  }
  return out;
}

/** First differing byte with some context, for a readable failure. */
function firstDifference(a: Uint8Array, b: Uint8Array): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const context = (x: Uint8Array) =>
    JSON.stringify(decoder.decode(x.slice(Math.max(0, i - 60), i + 60)));
  return `sizes ${a.length} vs ${b.length}, first difference at byte ${i}:\n  ${context(a)}\n  ${
    context(b)
  }`;
}

Deno.test({
  name: "two clean builds of the bundled notebooks are byte-identical",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const tmp = await Deno.makeTempDir({ prefix: "determinism-" });
    try {
      for (const [g, group] of GROUPS.entries()) {
        const [a, b] = [`${tmp}/a${g}`, `${tmp}/b${g}`];
        await cleanBuild(a, group);
        await cleanBuild(b, group);
        const [first, second] = [await files(a), await files(b)];
        assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort());
        // pages + index and glossary, in English and in every other edition
        assert.equal(first.size, (group.notebooks.length + 2) * (1 + EDITIONS.length));
        for (const [name, bytes] of first) {
          const other = second.get(name)!;
          const same = bytes.length === other.length && bytes.every((x, i) => x === other[i]);
          assert.ok(
            same,
            `${name} differs between two clean builds: ${firstDifference(bytes, other)}`,
          );
        }
      }
    } finally {
      await Deno.remove(tmp, { recursive: true }).catch(() => {});
    }
  },
});

Deno.test({
  name: "deno task report --check: the committed reports/ are fresh",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const { code, stderr } = await new Deno.Command(DENO, {
      args: ["task", "report", "--check"],
      cwd: ROOT,
      env: env(),
      stdout: "null",
      stderr: "piped",
    }).output();
    const log = decoder.decode(stderr);
    assert.equal(code, 0, `reports/ are stale (run \`deno task report\` and commit):\n${log}`);
    assert.match(log, /reports are up to date/);
  },
});
