// Malformed input: each case asserts the exact error class, location and message.
import assert from "./_assert.ts";
import {
  CsvSyntaxError,
  DataRangeError,
  DataTypeError,
  parseCsv,
  readLongFormat,
} from "../lib/mod.ts";

type ErrorClass = typeof CsvSyntaxError | typeof DataTypeError | typeof DataRangeError;

const CASES: { name: string; text: string; error: ErrorClass; line: number; message: string }[] = [
  {
    name: "empty file",
    text: "",
    error: CsvSyntaxError,
    line: 0,
    message: "my.csv: the file is empty; expected a header line such as `task,model,params,score`",
  },
  {
    name: "only blank lines",
    text: "\n\r\n  \n",
    error: CsvSyntaxError,
    line: 0,
    message: "my.csv: the file is empty; expected a header line such as `task,model,params,score`",
  },
  {
    name: "header but no rows",
    text: "task,model,params,score\n",
    error: DataRangeError,
    line: 0,
    message: "my.csv: the file has a header but no data rows",
  },
  {
    name: "missing required column",
    text: "task,model,params\nqa,a,1e9\n",
    error: DataTypeError,
    line: 1,
    message: 'my.csv:1: missing required column "score"; the header has "task", "model", ' +
      '"params". Add the column or rename the one that holds it',
  },
  {
    name: "negative params",
    text: "task,model,params,score\nqa,a,1e9,0.5\nqa,b,-3e9,0.6\n",
    error: DataRangeError,
    line: 3,
    message: 'my.csv:3: column "params" must be a positive number, got "-3e9"',
  },
  {
    name: "non-numeric params",
    text: "task,model,params,score\nqa,a,seven billion,0.5\n",
    error: DataTypeError,
    line: 2,
    message: 'my.csv:2: column "params" must be a positive number, got "seven billion"',
  },
  {
    name: "NaN score",
    text: "task,model,params,score\nqa,a,1e9,NaN\n",
    error: DataRangeError,
    line: 2,
    message: 'my.csv:2: column "score" must be a finite number, got "NaN"',
  },
  {
    name: "infinite params",
    text: "task,model,params,score\nqa,a,inf,0.5\n",
    error: DataRangeError,
    line: 2,
    message: 'my.csv:2: column "params" must be a finite number, got "inf"',
  },
  {
    name: "empty required value",
    text: "task,model,params,score\nqa,,1e9,0.5\n",
    error: DataTypeError,
    line: 2,
    message: 'my.csv:2: column "model" is required but empty; fill in a value',
  },
  {
    name: "ragged row (too few fields)",
    text: "task,model,params,score\nqa,a,1e9\n",
    error: CsvSyntaxError,
    line: 2,
    message: "my.csv:2: row has 3 fields but the header has 4; every row needs one value per " +
      "column (quote values that contain commas)",
  },
  {
    name: "ragged row (unquoted comma in a name)",
    text: "task,model,params,score\nqa,a,b,1e9,0.5\n",
    error: CsvSyntaxError,
    line: 2,
    message: "my.csv:2: row has 5 fields but the header has 4; every row needs one value per " +
      "column (quote values that contain commas)",
  },
  {
    name: "unclosed quote",
    text: 'task,model,params,score\nqa,"a,1e9,0.5\n',
    error: CsvSyntaxError,
    line: 2,
    message: "my.csv:2: the parsing is finished with an opening quote at line 2; check the quotes",
  },
  {
    name: "duplicate header name",
    text: "task,model,params,score,score\nqa,a,1e9,0.5,0.6\n",
    error: CsvSyntaxError,
    line: 1,
    message: 'my.csv:1: header names "score" twice (columns 4 and 5); rename one',
  },
  {
    name: "accuracy above 1 (a percentage)",
    text: "task,model,params,score,metric\nqa,a,1e9,55.2,accuracy\n",
    error: DataRangeError,
    line: 2,
    message: 'my.csv:2: column "score" must be between 0 and 1 for metric "accuracy" (an ' +
      'accuracy), got "55.2"; give accuracies as fractions, not percentages (divide by 100)',
  },
  {
    name: "chance outside [0, 1]",
    text: "task,model,params,score,chance\nqa,a,1e9,0.5,25\n",
    error: DataRangeError,
    line: 2,
    message: 'my.csv:2: column "chance" must be at most 1, got "25"',
  },
  {
    name: "non-integer example count",
    text: "task,model,params,score,n\nqa,a,1e9,0.5,100.5\n",
    error: DataTypeError,
    line: 2,
    message: 'my.csv:2: column "n" must be an integer, got "100.5"',
  },
  {
    name: "bad boolean",
    text: "task,model,params,score,higher_is_better\nqa,a,1e9,0.5,maybe\n",
    error: DataTypeError,
    line: 2,
    message: 'my.csv:2: column "higher_is_better" must be true or false, got "maybe"',
  },
  {
    name: "duplicate model row",
    text: "task,model,params,score\nqa,a,1e9,0.5\nqa,b,2e9,0.6\nqa,a,1e9,0.7\n",
    error: DataRangeError,
    line: 4,
    message: 'my.csv:4: duplicate row: task "qa", family "all models", metric "score", model "a" ' +
      "already appears on line 2; keep one row per model (average seeds before loading, or " +
      "give them different metric or family names)",
  },
  {
    name: "hex number",
    text: "task,model,params,score\nqa,a,0x10,0.5\n",
    error: DataTypeError,
    line: 2,
    message: 'my.csv:2: column "params" must be a positive number, got "0x10"',
  },
  {
    name: "error line counts a multi-line quoted field before it",
    text: 'task,model,params,score\n"multi\nline",a,1e9,0.5\nqa,b,-1,0.5\n',
    error: DataRangeError,
    line: 4,
    message: 'my.csv:4: column "params" must be a positive number, got "-1"',
  },
];

for (const c of CASES) {
  Deno.test(`readLongFormat rejects: ${c.name}`, () => {
    assert.throws(() => readLongFormat(c.text, { file: "my.csv" }), (error: unknown) => {
      assert.ok(error instanceof c.error, `expected ${c.error.name}, got ${error}`);
      assert.equal((error as Error).message, c.message);
      assert.equal((error as InstanceType<ErrorClass>).line, c.line);
      assert.equal((error as InstanceType<ErrorClass>).file, "my.csv");
      return true;
    });
  });
}

Deno.test("parseCsv: BOM, CRLF, blank lines, quoted commas/newlines/quotes, trailing commas", () => {
  const text = '\uFEFFtask,model,score,\r\n\r\n"a, b","say ""hi""\nthere",0.5,\r\nc,d,0.25\r\n\r\n';
  const table = parseCsv(text, "x.csv");
  assert.deepEqual(table.header, ["task", "model", "score"]);
  assert.deepEqual(table.rows, [
    { line: 3, fields: ["a, b", 'say "hi"\nthere', "0.5"] },
    { line: 5, fields: ["c", "d", "0.25"] },
  ]);
});

Deno.test("parseCsv: the quote-free fast path equals csv-parse's result", () => {
  const plain = "a,b\r\n1,2\n\n3,4,\n";
  const viaParser = parseCsv(plain + '"5",6\n', "x.csv");
  const fast = parseCsv(plain, "x.csv");
  assert.deepEqual(fast.rows, viaParser.rows.slice(0, 2));
});

Deno.test("readLongFormat: optional columns, defaults and grouping into sorted curves", () => {
  const text = "task,model,params,score,family,metric,n,higher_is_better\n" +
    "qa,big,7e9,0.8,F,acc,100,\n" +
    "qa,small,1e8,0.3,F,acc,100,\n" +
    "qa,mid,1e9,2.5,F,loss,,\n";
  const { rows, curves } = readLongFormat(text, { chance: 0.25 });
  assert.equal(rows.length, 3);
  assert.equal(curves.length, 2);
  const acc = curves.find((curve) => curve.metric === "acc");
  assert.deepEqual(acc?.points.map((p) => p.scale), [1e8, 7e9]);
  assert.equal(acc?.chance, 0.25);
  assert.equal(curves.find((curve) => curve.metric === "loss")?.higherIsBetter, false);
  assert.equal(readLongFormat(text, { metric: "loss" }).rows.length, 1);
});

Deno.test("the README's bad-input example is reproduced exactly", () => {
  const rows = Array.from({ length: 12 }, (_, i) => `qa,m${i},${(i + 1) * 1e8},0.5`);
  const text = ["task,model,params,score", ...rows, "qa,big,-3e9,0.6"].join("\n");
  assert.throws(
    () => readLongFormat(text, { file: "data/my.csv" }),
    (error: unknown) =>
      error instanceof DataRangeError && error.line === 14 && error.column === 3 &&
      error.message === 'data/my.csv:14: column "params" must be a positive number, got "-3e9"',
  );
});
