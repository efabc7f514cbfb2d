/**
 * The prepared input `deno task analyze` hands its notebook: the rows and curves it already read
 * and checked (usually compacted: curves merged into bins, only the rows the analysis needs), rows
 * column by column, in one JSON file, so the notebook does not parse (or hold) the original file
 * again. Versioned: `{ "schema": "scaling-report/own-data-input", "version": 1, … }`.
 * @module
 */
import type { LongFormatRow } from "./long_format.ts";
import type { Curve, CurvePoint } from "./curves.ts";
import type { OwnData, OwnDataNotes } from "./own_data_types.ts";

const SCHEMA = "scaling-report/own-data-input";
const VERSION = 1;

const OPTIONAL = ["n", "chance", "tokens", "flops", "stderr"] as const;

/** Distinct strings and each row's index into them. */
function indexed(values: readonly string[]) {
  const names: string[] = [];
  const at = new Map<string, number>();
  const index = values.map((v) => {
    let i = at.get(v);
    if (i === undefined) at.set(v, i = names.push(v) - 1);
    return i;
  });
  return { names, index };
}

/**
 * Encodes rows and notes as the prepared input (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOwnCsv } from "./own_data.ts";
 * import { decodeOwnData, encodeOwnData } from "./own_data_cache.ts";
 * const d = readOwnCsv("task,model,params,score,n\nqa,a,1e8,0.3,100\nqa,b,1e9,0.5,100\n");
 * assert.deepEqual(decodeOwnData(encodeOwnData(d)), d);
 * ```
 */
export function encodeOwnData(data: OwnData): string {
  const rows = data.rows;
  const column = <K extends keyof LongFormatRow>(k: K) => rows.map((r) => r[k]);
  const text = (k: "task" | "model" | "family" | "metric") => indexed(column(k) as string[]);
  const optional = Object.fromEntries(
    OPTIONAL.filter((k) => rows.some((r) => r[k] !== undefined)).map((k) => [
      k,
      rows.map((r) => r[k] ?? null),
    ]),
  );
  return JSON.stringify({
    schema: SCHEMA,
    version: VERSION,
    notes: data.notes,
    ...(data.rowCount !== undefined ? { rowCount: data.rowCount } : {}),
    ...(data.mergedCount !== undefined ? { mergedCount: data.mergedCount } : {}),
    curves: data.curves.map(encodeCurve),
    rows: rows.length,
    task: text("task"),
    model: text("model"),
    family: text("family"),
    metric: text("metric"),
    params: column("params"),
    score: column("score"),
    higherIsBetter: column("higherIsBetter").map((b) => (b ? 1 : 0)),
    line: column("line"),
    ...optional,
  });
}

/** Whether JSON text is a prepared input (checks its first bytes only). */
export function isOwnDataCache(text: string): boolean {
  return text.slice(0, 80).includes(`"schema":"${SCHEMA}"`);
}

/**
 * Decodes a prepared input into rows, curves and notes.
 *
 * @throws {TypeError} for another schema or version, saying to re-run `deno task analyze`.
 */
export function decodeOwnData(text: string): OwnData {
  const json = JSON.parse(text);
  if (json.schema !== SCHEMA || json.version !== VERSION) {
    throw new TypeError(
      `prepared input: expected ${SCHEMA} version ${VERSION}, got ${json.schema} ` +
        `${json.version}; re-run deno task analyze`,
    );
  }
  const name = (k: string, i: number) => json[k].names[json[k].index[i]] as string;
  const rows: LongFormatRow[] = new Array(json.rows);
  for (let i = 0; i < json.rows; i++) {
    const row: LongFormatRow = {
      task: name("task", i),
      model: name("model", i),
      params: json.params[i],
      score: json.score[i],
      family: name("family", i),
      metric: name("metric", i),
      higherIsBetter: json.higherIsBetter[i] === 1,
      line: json.line[i],
    };
    for (const k of OPTIONAL) {
      const v = json[k]?.[i];
      if (v !== undefined && v !== null) row[k] = v;
    }
    rows[i] = row;
  }
  return {
    rows,
    curves: (json.curves as _Encoded[]).map(decodeCurve),
    notes: json.notes as OwnDataNotes,
    ...(json.rowCount !== undefined ? { rowCount: json.rowCount } : {}),
    ...(json.mergedCount !== undefined ? { mergedCount: json.mergedCount } : {}),
  };
}

type _Encoded = Omit<Curve, "points"> & {
  scale: number[];
  score: number[];
  n?: (number | null)[];
  model?: (string | null)[];
};

/** A curve with its points as columns. */
function encodeCurve(c: Curve): _Encoded {
  const { points, ...identity } = c;
  return {
    ...identity,
    scale: points.map((p) => p.scale),
    score: points.map((p) => p.score),
    ...(points.some((p) => p.n !== undefined) ? { n: points.map((p) => p.n ?? null) } : {}),
    ...(points.some((p) => p.model !== undefined)
      ? { model: points.map((p) => p.model ?? null) }
      : {}),
  };
}

function decodeCurve(e: _Encoded): Curve {
  const { scale, score, n, model, ...identity } = e;
  return {
    ...identity,
    points: scale.map((x, i): CurvePoint => {
      const p: CurvePoint = { scale: x, score: score[i]! };
      if (n?.[i] != null) p.n = n[i]!;
      if (model?.[i] != null) p.model = model[i]!;
      return p;
    }),
  };
}
