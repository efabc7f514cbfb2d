// Data loading benchmarks: the full Pythia file (~105,000 rows, 14 MB) and a 200,000-row
// long-format file, parsed and checked. Run with `deno task bench`.
import { loadPythiaEvals, readLongFormat } from "../lib/mod.ts";

function _longFormat(rows: number): string {
  const lines = ["task,family,model,params,score,n,chance"];
  for (let i = 0; i < rows; i++) {
    const task = `task_${Math.floor(i / 1000)}`;
    const size = i % 1000;
    lines.push(`${task},f,m${size},${1e6 * (size + 1)},${(size % 100) / 100},1000,0.25`);
  }
  return lines.join("\n");
}
const bigText = _longFormat(200_000);

Deno.bench("loadPythiaEvals: 105,024 rows", { group: "data", baseline: true }, async () => {
  await loadPythiaEvals();
});

Deno.bench("readLongFormat: 200,000 rows into 200 curves", { group: "data" }, () => {
  readLongFormat(bigText);
});
