/**
 * Least privilege: every deno.json task names the permissions it needs (no
 * `-A`, no unscoped network), the report build is offline and writes only
 * reports/ and .cache/, and notebook code run by the report runner cannot
 * reach the network, the environment, subprocesses or files outside its
 * sandbox.
 */
import assert from "./_assert.ts";
import { runNotebook } from "../lib/notebook/mod.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const config = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`)) as {
  tasks: Record<string, string>;
};

/** The permission flags of each `deno <subcommand>` in a task, split at `&&`, `;` and `|`. */
function denoInvocations(task: string): { sub: string; flags: string[] }[] {
  return task.split(/&&|\|\||;|\|/).map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0] === "deno" && words[1] !== undefined)
    .map((words) => ({
      sub: words[1]!,
      flags: words.filter((w) => /^-A$|^--allow-|^--deny-/.test(w)),
    }));
}

Deno.test("permissions: no task runs with -A or unscoped network, FFI or sys access", () => {
  for (const [name, task] of Object.entries(config.tasks)) {
    for (const { sub, flags } of denoInvocations(task)) {
      const where = `task "${name}" (deno ${sub})`;
      assert.ok(!flags.includes("-A") && !flags.includes("--allow-all"), `${where} uses -A`);
      assert.ok(!flags.includes("--allow-net"), `${where}: scope --allow-net to hosts`);
      assert.ok(!flags.some((f) => f.startsWith("--allow-ffi")), `${where}: no FFI`);
      assert.ok(!flags.includes("--allow-sys"), `${where}: scope --allow-sys to the calls needed`);
    }
  }
});

Deno.test("permissions: the report build is offline and writes only reports/ and .cache/", () => {
  const runs = denoInvocations(config.tasks.report ?? "").filter((i) => i.sub === "run");
  assert.equal(runs.length, 1, "task report should be one deno run");
  const flags = runs[0]!.flags;
  assert.ok(
    !flags.some((f) => f.startsWith("--allow-net")),
    "the report build must not need the network",
  );
  const write = flags.filter((f) => f.startsWith("--allow-write"));
  assert.deepEqual(write.map((f) => f.split("=")[1]?.split(",").sort()), [[".cache", "reports"]]);
  const run = flags.filter((f) => f.startsWith("--allow-run"));
  assert.deepEqual(run, ["--allow-run=deno"], "the report build may only start deno");
});

Deno.test("permissions: notebook code under the report runner is sandboxed", async () => {
  const dir = await Deno.makeTempDir({ dir: `${ROOT}.cache`, prefix: "permissions-" });
  try {
    const probe = [
      "const attempts: [string, () => unknown][] = [",
      '  ["net", () => fetch("http://127.0.0.1:8000/")],',
      '  ["env", () => Deno.env.get("HOME")],',
      '  ["run", () => new Deno.Command("true").output()],',
      '  ["write", () => Deno.writeTextFile("/tmp/permissions-probe.txt", "x")],',
      '  ["read", () => Deno.readTextFile("/etc/hostname")],',
      "];",
      "const outcome: Record<string, string> = {};",
      "for (const [name, attempt] of attempts) {",
      "  try {",
      "    await attempt();",
      '    outcome[name] = "allowed";',
      "  } catch (error) {",
      "    outcome[name] = (error as Error).name;",
      "  }",
      "}",
      "console.log(JSON.stringify(outcome));",
    ].join("\n");
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
      cells: [{
        cell_type: "code",
        metadata: {},
        source: probe,
        outputs: [],
        execution_count: null,
      }],
    };
    await Deno.writeTextFile(`${dir}/probe.ipynb`, JSON.stringify(notebook));
    const { notebook: ran } = await runNotebook(`${dir}/probe.ipynb`, { root: ROOT, tmpDir: dir });
    const text = (ran.cells[0]?.outputs ?? []).flatMap((o) =>
      o.output_type === "stream" ? [o.text] : []
    )
      .join("");
    assert.deepEqual(JSON.parse(text), {
      net: "NotCapable",
      env: "NotCapable",
      run: "NotCapable",
      write: "NotCapable",
      read: "NotCapable",
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
