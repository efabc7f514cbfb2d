/**
 * The publishing workflow (.github/workflows/report.yml): triggers, pinned
 * Deno, the three gate commands in order, and the GitHub Pages upload/deploy.
 */
import assert from "./_assert.ts";
import YAML from "yaml";

const ROOT = new URL("../", import.meta.url);
const WORKFLOW = ".github/workflows/report.yml";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  "runs-on"?: string;
  needs?: string | string[];
  if?: string;
  environment?: { name?: string; url?: string } | string;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = YAML.parse(await Deno.readTextFile(new URL(WORKFLOW, ROOT))) as Workflow;
const jobs = Object.entries(workflow.jobs);
const allSteps = jobs.flatMap(([job, j]) =>
  (j.steps ?? []).map((step, index) => ({ job, index, step }))
);
const uses = (prefix: string) => allSteps.filter((s) => s.step.uses?.startsWith(`${prefix}@`));
/** Lines of `run:` scripts, trimmed, with the job and step index. */
const runLines = allSteps.flatMap((s) =>
  (s.step.run ?? "").split("\n").map((line) => ({ ...s, line: line.trim() }))
);

Deno.test("workflow: runs on push to main and on manual dispatch", () => {
  const push = workflow.on.push as { branches?: string[] } | undefined;
  assert.deepEqual(push?.branches, ["main"]);
  assert.ok("workflow_dispatch" in workflow.on, "workflow_dispatch trigger missing");
});

Deno.test("workflow: sets up Deno 2.9.6 exactly, with the cache on", () => {
  const setup = uses("denoland/setup-deno");
  assert.equal(setup.length, 1, "expected one denoland/setup-deno step");
  const step = setup[0]!.step;
  assert.equal(step.uses, "denoland/setup-deno@v2");
  assert.equal(String(step.with?.["deno-version"]), "2.9.6", "pin deno-version exactly");
  assert.equal(step.with?.cache, true);
});

Deno.test("workflow: check, test and report --check run in that order, after setup-deno", () => {
  const find = (command: string) => {
    const hits = runLines.filter((r) => r.line === command);
    assert.equal(hits.length, 1, `expected exactly one "${command}" line`);
    return hits[0]!;
  };
  const check = find("deno task check");
  const test = find("deno task test");
  const report = find("deno task report --check");
  const setup = uses("denoland/setup-deno")[0]!;
  for (const s of [check, test, report]) {
    assert.equal(s.job, setup.job, "gates run in the setup-deno job");
  }
  assert.ok(setup.index < check.index && check.index < test.index && test.index < report.index);
});

Deno.test("workflow: every `deno task` it runs exists in deno.json", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT))) as {
    tasks: Record<string, string>;
  };
  const tasks = runLines.flatMap((r) =>
    [...r.line.matchAll(/deno task ([\w:-]+)/g)].map((m) => m[1]!)
  );
  assert.ok(tasks.length >= 3);
  for (const task of tasks) {
    assert.ok(task in config.tasks, `deno task ${task} is not defined in deno.json`);
  }
});

Deno.test("workflow: installs Chromium and nbclient before the tests (CI=true makes those suites mandatory)", () => {
  const install = allSteps.filter((s) => s.step.run?.includes("apt-get install"));
  const text = install.map((s) => s.step.run!.replaceAll("\\\n", " ")).join(" ");
  for (const pkg of ["chromium", "jupyter-client", "python3-nbclient"]) {
    assert.match(text, new RegExp(`(^|\\s)${pkg}(\\s|$)`), `apt package ${pkg} not installed`);
  }
  const test = runLines.find((r) => r.line === "deno task test")!;
  assert.ok(install.every((r) => r.job === test.job && r.index < test.index));
});

Deno.test("workflow: publishes reports/ to GitHub Pages", () => {
  const perms = workflow.permissions ?? {};
  const deployJob = jobs.find(([, j]) =>
    (j.steps ?? []).some((s) => s.uses?.startsWith("actions/deploy-pages@"))
  );
  assert.ok(deployJob, "no actions/deploy-pages step");
  const [deployName, deploy] = deployJob;
  const deployPerms = { ...perms, ...deploy.permissions };
  assert.equal(deployPerms.pages, "write");
  assert.equal(deployPerms["id-token"], "write");
  const env = typeof deploy.environment === "string"
    ? { name: deploy.environment }
    : deploy.environment;
  assert.equal(env?.name, "github-pages");
  const configure = uses("actions/configure-pages");
  const upload = uses("actions/upload-pages-artifact");
  assert.equal(configure.length, 1);
  assert.equal(upload.length, 1);
  assert.equal(upload[0]!.step.with?.path, "reports");
  const report = runLines.find((r) => r.line === "deno task report --check")!;
  assert.equal(upload[0]!.job, report.job);
  assert.ok(report.index < configure[0]!.index && configure[0]!.index < upload[0]!.index);
  const needs = [deploy.needs ?? []].flat();
  assert.ok(needs.includes(upload[0]!.job), `${deployName} must need ${upload[0]!.job}`);
});

Deno.test("workflow: every action is pinned to a version", () => {
  for (const { step } of allSteps) {
    if (step.uses) {
      assert.match(step.uses, /^[\w.-]+\/[\w.-]+@v?\d[\w.]*$/, `unpinned action ${step.uses}`);
    }
  }
});
