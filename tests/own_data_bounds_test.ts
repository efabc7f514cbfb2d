// Issue 18, item 6 on the analyze pages: a threshold past the second-largest size is a bound, and
// an emergent label that rests on the largest size is flagged, in the table, the JSON and the CSV.
import assert from "./_assert.ts";
import { readOwnCsv } from "../lib/data/own_data.ts";
import { analyzeOwnData } from "../lib/analyze/own_data.ts";
import { ownDataResults, ownDataResultsCsv } from "../lib/analyze/own_data_results.ts";
import { ownDataCurveTable } from "../lib/charts/figures/own_data.ts";
import { formatter } from "../lib/locale/format.ts";

const sizes = [1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11];
const late = [0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.6]; // at chance, then one rising point
const steady = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const text = "task,model,params,score,n\n" +
  sizes.flatMap((
    p,
    i,
  ) => [`late,m${i},${p},${late[i]},1000`, `steady,m${i},${p},${steady[i]},1000`])
    .join("\n") +
  "\n";

Deno.test("own data: a threshold in the last gap is a bound and the label is flagged fragile", async () => {
  const data = readOwnCsv(text);
  const a = await analyzeOwnData(data, { fileName: "x.csv" });
  const byLabel = new Map(a.curves.map((c) => [c.label, c]));
  const jump = byLabel.get("late")!, smooth = byLabel.get("steady")!;
  assert.equal(jump.shape, "emergent");
  assert.deepEqual(jump.bound, { kind: "between", low: 3e10, high: 1e11 });
  assert.deepEqual(jump.flags, ["label-changes-without-largest-size"]);
  assert.equal(smooth.shape, "smooth");
  assert.equal(smooth.bound, undefined);
  assert.deepEqual(smooth.flags, []);

  const table = ownDataCurveTable(a, formatter("en"));
  const row = table.rows.find((r) => r.label === "late")!;
  assert.equal(row.thresholdText, "between 30B and 100B — only the largest size is past it");
  assert.match(String(row.robustText), /^flat without the largest$/);
  const zh = ownDataCurveTable(a, formatter("zh")).rows.find((r) => r.label === "late")!;
  assert.match(String(zh.robustText), /^去掉最大规模后为持平$/);

  const results = ownDataResults(a, data.notes);
  const json = results.curves.find((c) => c.label === "late")!;
  assert.deepEqual(json.bound, { kind: "between", low: 3e10, high: 1e11 });
  assert.deepEqual(json.flags, ["label-changes-without-largest-size"]);
  assert.ok(
    json.probabilities && Math.abs(
          Object.values(json.probabilities).reduce((x, y) => x + y) - 1,
        ) < 1e-9,
  );
  const csv = ownDataResultsCsv(results).split("\n");
  const header = csv[0]!.split(",");
  const lateRow = csv.find((l) => l.startsWith("late,"))!.split(",");
  assert.equal(lateRow[header.indexOf("flags")], "label-changes-without-largest-size");
  assert.ok(Number(lateRow[header.indexOf("probability_emergent")]) > 0.5);
});
