// Property-based tests (fast-check): random CSV text never yields anything but records or a
// located data error; numbers that come out are finite.
import assert from "./_assert.ts";
import fc from "fast-check";
import { isDataError, parseCsv, readLongFormat, readRecords } from "../lib/mod.ts";

const cell = fc.oneof(
  fc.constantFrom("", "0", "1e9", "-3", "NaN", "inf", "0.5", "x", "a,b", '"', '""', "\n", "\r\n"),
  fc.string({ maxLength: 6 }),
  fc.double().map(String),
);
const csvText = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 })
  .map((rows) => rows.map((row) => row.join(",")).join("\n"));
const header = fc.shuffledSubarray(
  ["task", "model", "params", "score", "family", "metric", "n", "chance", "extra"],
  { minLength: 0 },
).map((names) => names.join(","));

Deno.test("property: parseCsv gives a table or a CsvSyntaxError, never anything else", () => {
  fc.assert(
    fc.property(fc.oneof(csvText, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
      try {
        const table = parseCsv(text, "p.csv");
        for (const row of table.rows) {
          assert.equal(row.fields.length, table.header.length);
          assert.ok(Number.isInteger(row.line) && row.line >= 2);
        }
      } catch (error) {
        assert.ok(isDataError(error) && error instanceof SyntaxError, String(error));
      }
    }),
    { numRuns: 400, seed: 20261129 },
  );
});

Deno.test("property: readLongFormat gives finite records and curves or a located data error", () => {
  fc.assert(
    fc.property(header, csvText, (head, body) => {
      try {
        const { rows, curves } = readLongFormat(`${head}\n${body}`, { file: "p.csv" });
        for (const row of rows) {
          assert.ok(Number.isFinite(row.params) && row.params > 0);
          assert.ok(Number.isFinite(row.score));
        }
        for (const curve of curves) {
          for (let i = 1; i < curve.points.length; i++) {
            assert.ok(curve.points[i]!.scale > curve.points[i - 1]!.scale);
          }
        }
      } catch (error) {
        assert.ok(isDataError(error), String(error));
        assert.equal((error as { file: string }).file, "p.csv");
      }
    }),
    { numRuns: 400, seed: 7 },
  );
});

Deno.test("property: numbers written with String(x) read back exactly", () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const table = parseCsv(`v\n${String(x)}\n`, "n.csv");
      const [record] = readRecords(table, { v: { type: "number" } });
      assert.ok(Object.is(record?.v, x === 0 ? 0 : x) || record?.v === x);
    }),
    { numRuns: 300, seed: 3 },
  );
});
