/**
 * Writes data/examples/pythia_final_checkpoints.csv: a small long-format example built from the
 * bundled Pythia evaluations (real numbers, nothing invented) — zero-shot accuracy of the final
 * checkpoint (step 143000) of the 16 Pythia models on six knowledge and reasoning tasks, with the
 * number of examples implied by the harness's standard error (n = p(1 − p)/se² + 1, rounded, inverting the harness formula se = sqrt(p(1 − p)/(n − 1))).
 *
 * Run: deno run --allow-read --allow-write=data/examples scripts/make_example_data.ts
 * (`--help` prints the usage; exit codes 0 done, 1 failed, 2 usage error: scripts/_cli.ts.)
 */
import { loadPythiaEvals } from "../lib/data/mod.ts";
import { noArguments } from "./_cli.ts";

noArguments(
  Deno.args,
  "usage: deno run --allow-read --allow-write=data/examples scripts/make_example_data.ts\n" +
    "  writes data/examples/pythia_final_checkpoints.csv from the bundled Pythia evaluations\n" +
    "  --help  this text\n" +
    "exit codes: 0 written, 1 failed, 2 usage error",
);

const TASKS: Record<string, number> = {
  // task → chance level (1 / number of answer options); LAMBADA is open-ended (chance 0).
  lambada_openai: 0,
  piqa: 0.5,
  sciq: 0.25,
  arc_easy: 0.25,
  arc_challenge: 0.25,
  winogrande: 0.5,
};

const evals = await loadPythiaEvals();
const lines = ["task,family,model,params,tokens,metric,score,n,chance"];
for (const row of evals) {
  const chance = TASKS[row.task];
  if (chance === undefined || row.step !== 143000 || row.shots !== 0 || row.metric !== "acc") {
    continue;
  }
  const family = row.model.endsWith("-deduped") ? "Pythia (deduped Pile)" : "Pythia (Pile)";
  // lm-evaluation-harness reports se = sqrt(p(1 − p)/(n − 1)), so n = p(1 − p)/se² + 1.
  const n = Math.round(row.value * (1 - row.value) / (row.stderr * row.stderr)) + 1;
  lines.push(
    [row.task, `"${family}"`, row.model, row.params, row.tokens, "accuracy", row.value, n, chance]
      .join(","),
  );
}
await Deno.writeTextFile(
  new URL("../data/examples/pythia_final_checkpoints.csv", import.meta.url),
  lines.join("\n") + "\n",
);
console.log(`wrote ${lines.length - 1} rows`);
