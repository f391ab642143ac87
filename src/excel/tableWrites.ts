/**
 * What inserting a target table sends to Excel, request by request. Excel on the web refuses a
 * request over 5 MB, so rows are split into requests of at most REQUEST_BUDGET bytes of cell data
 * (UTF-8 JSON, as Office.js sends it). To fit as many rows as possible into one request:
 * - the 完成率 formula goes out once for its whole column, in R1C1 form (the same text on every
 *   row; Excel copies a single value into every cell of a range);
 * - so does a column holding the same value on every row (地区 and 年份 of a region table, 来源 of
 *   a whole-document table); a column empty on every row is not sent at all (the area was checked
 *   empty, or the sheet is new);
 * - the other columns go as 2-D blocks, one per run of adjacent columns.
 * Empty cells are sent as "" (2 bytes; null would be 4 and mean "leave as is").
 */
import type { CellValue, TargetTableSpec } from "../sheets/tableSpec";
import { relativeFormula } from "../sheets/tableSpec";
import type { ColumnKey } from "../sheets/columns";
import { REQUEST_BUDGET, utf8Length } from "./chunks";

export interface RangeWrite {
  row: number;
  col: number;
  rows: number;
  cols: number;
  property: "formulas" | "formulasR1C1";
  /** A 2-D block, or one value Excel puts into every cell of the range. */
  data: CellValue | CellValue[][];
}

export interface WriteRequest {
  writes: RangeWrite[];
  /** JSON bytes of the cell data it carries. */
  bytes: number;
}

const jsonBytes = (data: unknown) => utf8Length(JSON.stringify(data));

/** [first, last + 1) of each run of adjacent column indexes. */
function runsOf(columns: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const j of columns) {
    const last = runs[runs.length - 1];
    if (last && last[1] === j) last[1] = j + 1;
    else runs.push([j, j + 1]);
  }
  return runs;
}

/** The writes of a table whose header cell is at (top, left), 0-based, grouped into requests within `budget` bytes. */
export function planTableWrites(spec: TargetTableSpec, top: number, left: number, budget = REQUEST_BUDGET): WriteRequest[] {
  const { columns, rows } = spec;
  const body = top + 1;
  const columnOf = (key: ColumnKey) => {
    const at = columns.findIndex((c) => c.key === key);
    return at < 0 ? undefined : at;
  };
  const whole = (j: number, property: RangeWrite["property"], data: CellValue): RangeWrite => ({ row: body, col: left + j, rows: rows.length, cols: 1, property, data });

  const fixed: RangeWrite[] = [{ row: top, col: left, rows: 1, cols: columns.length, property: "formulas", data: [columns.map((c) => c.header)] }];
  const varying: number[] = [];
  columns.forEach((c, j) => {
    if (c.formula) {
      fixed.push(whole(j, "formulasR1C1", relativeFormula(c.formula, columnOf, j)));
      return;
    }
    const first = rows[0]?.[j];
    if (rows.every((r) => r[j] === first)) {
      if (first !== "" && first !== undefined) fixed.push(whole(j, "formulas", first));
      return;
    }
    varying.push(j);
  });

  const runs = runsOf(varying);
  const block = (start: number, end: number): RangeWrite[] =>
    runs.map(([a, b]) => ({ row: body + start, col: left + a, rows: end - start, cols: b - a, property: "formulas", data: rows.slice(start, end).map((r) => r.slice(a, b)) }));

  const requests: WriteRequest[] = [];
  let start = 0;
  // Each row below adds its slices and a comma each; a block's brackets need one byte more.
  let bytes = fixed.reduce((n, w) => n + jsonBytes(w.data), 0) + runs.length;
  const close = (end: number) => {
    const writes = end > start ? block(start, end) : [];
    requests.push({ writes: requests.length === 0 ? [...fixed, ...writes] : writes, bytes });
    start = end;
    bytes = runs.length;
  };
  if (runs.length > 0) {
    rows.forEach((row, i) => {
      const size = runs.reduce((n, [a, b]) => n + jsonBytes(row.slice(a, b)) + 1, 0);
      // A request always takes at least one row, so a single oversized row still goes out.
      if (i > start && bytes + size > budget) close(i);
      bytes += size;
    });
  }
  close(rows.length);
  return requests;
}
