/**
 * COMPLETION over 100,000 rows of [target, actual, qualifier] (every direction, blanks and bad rows
 * mixed in) and over a 100,000-row target table with its header, against a plain loop dividing
 * actual by target over the same rows in the same run.
 */
import { TARGET_TABLE_COLUMNS, completion } from "../src/core/completion";
import { row, type BenchRow } from "./row";

const ROWS = 100_000;
const QUALIFIERS = ["", "以上", "以下", "左右", "突破", "力争", "at_most", "at_least"];

function threeColumnRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const target = 10 + (i % 97);
    const actual = i % 50 === 0 ? null : i % 101 === 0 ? "n/a" : target * (0.8 + (i % 41) / 100);
    rows.push([i % 13 === 0 ? "2-3" : target, actual, QUALIFIERS[i % QUALIFIERS.length]]);
  }
  return rows;
}

function tableRows(): unknown[][] {
  const rows: unknown[][] = [[...TARGET_TABLE_COLUMNS]];
  for (let i = 1; i < ROWS; i++) {
    const target = 10 + (i % 97);
    rows.push([`指标${i}`, "浙江省", 2020 + (i % 6), target, "个", QUALIFIERS[i % QUALIFIERS.length], null, null, null, "来源", "原文", target * 1.02, null]);
  }
  return rows;
}

/** The baseline: actual ÷ target for every row with two numbers, nothing else. */
function plainDivision(rows: unknown[][], target: number, actual: number): number[] {
  const out = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i][target];
    const a = rows[i][actual];
    out[i] = typeof t === "number" && typeof a === "number" ? a / t : NaN;
  }
  return out;
}

/** Best of `rounds` interleaved runs of subject and baseline, in ms. */
function bestPair(rounds: number, subject: () => unknown, baseline: () => unknown): [number, number] {
  let s = Infinity;
  let b = Infinity;
  for (let r = 0; r < rounds; r++) {
    let t0 = process.hrtime.bigint();
    subject();
    s = Math.min(s, Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    baseline();
    b = Math.min(b, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return [s, b];
}

export async function benchCompletion(): Promise<BenchRow[]> {
  const rows = threeColumnRows();
  const table = tableRows();
  const [ratioMs, divisionMs] = bestPair(7, () => completion(rows), () => plainDivision(rows, 0, 1));
  const [statusMs] = bestPair(7, () => completion(rows, { mode: "status" }), () => plainDivision(rows, 0, 1));
  const [tableMs, tableDivisionMs] = bestPair(7, () => completion(table), () => plainDivision(table, 3, 11));
  return [
    row(`completion: ${ROWS} rows [target, actual, qualifier], ratio (baseline: plain division)`, ratioMs, "ms", divisionMs),
    row(`completion: ${ROWS} rows [target, actual, qualifier], status (baseline: plain division)`, statusMs, "ms", divisionMs),
    row(`completion: ${ROWS}-row target table with header (baseline: plain division)`, tableMs, "ms", tableDivisionMs),
  ];
}
