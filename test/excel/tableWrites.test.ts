import { planTableWrites, type RangeWrite } from "../../src/excel/tableWrites";
import { a1FromR1C1 } from "../../src/sheets/address";
import { COLUMNS } from "../../src/sheets/columns";
import { buildTargetTable, tableCells, type CellValue, type TargetTableSpec } from "../../src/sheets/tableSpec";
import { planCatalogue } from "../fixtures/planCatalogue";
import { syntheticCatalogue } from "../sheets/synthetic";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

/** The cells the writes produce, as a grid from (top, left): what Excel ends up holding. */
function cellsWritten(spec: TargetTableSpec, writes: RangeWrite[], top: number, left: number): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: spec.rows.length + 1 }, () => spec.columns.map(() => ""));
  for (const w of writes) {
    for (let r = 0; r < w.rows; r++) {
      for (let c = 0; c < w.cols; c++) {
        const v = Array.isArray(w.data) ? w.data[r][c] : w.data;
        const row = w.row + r, column = w.col + c;
        grid[row - top][column - left] = w.property === "formulasR1C1" && typeof v === "string" ? a1FromR1C1(v, row, column) : v;
      }
    }
  }
  return grid;
}

describe("planTableWrites", () => {
  test("the cells written are exactly the table's cells, 完成率 sent once as one R1C1 formula", () => {
    const spec = buildTargetTable(planCatalogue(), { kind: "indicators", ids: planCatalogue().indicators.map((i) => i.id) }, "t");
    const [request, ...more] = planTableWrites(spec, 4, 2);
    expect(more).toEqual([]);
    expect(cellsWritten(spec, request.writes, 4, 2)).toEqual(tableCells(spec, 4, 2));
    const formula = request.writes.filter((w) => w.col === 2 + col("completion"));
    expect(formula).toEqual([{ row: 5, col: 2 + col("completion"), rows: spec.rows.length, cols: 1, property: "formulasR1C1", data: '=IF(RC[-1]="","",IF(RC[-7]="以下",RC[-9]/RC[-1],RC[-1]/RC[-9]))' }]);
  });

  test("a whole document's table sends 来源, 地区 and 年份 once, and columns empty on every row not at all", () => {
    const catalogue = syntheticCatalogue(40);
    const built = buildTargetTable(catalogue, { kind: "document", doc: "doc0.txt" });
    const spec = { ...built, rows: built.rows.map((r) => r.map((v, j) => (j === col("attribute") ? "" : v))) };
    const [request] = planTableWrites(spec, 0, 0);
    const scalar = request.writes.filter((w) => !Array.isArray(w.data)).map((w) => COLUMNS[w.col].key);
    // Every row of doc0 is 以下 (at most) and in 万个, so 条件 and 单位 go once too.
    expect(scalar).toEqual(["region", "year", "unit", "qualifier", "source", "completion"]);
    expect(request.writes.some((w) => w.col <= col("attribute") && w.col + w.cols > col("attribute") && w.row > 0)).toBe(false);
    expect(cellsWritten(spec, request.writes, 0, 0)).toEqual(tableCells(spec, 0, 0));
  });

  test("rows split into requests within the budget; the header and whole-column writes go with the first", () => {
    const spec = buildTargetTable(syntheticCatalogue(300), { kind: "indicators", ids: syntheticCatalogue(300).indicators.map((i) => i.id) }, "t");
    const budget = 20_000;
    const requests = planTableWrites(spec, 0, 0, budget);
    expect(requests.length).toBeGreaterThan(3);
    for (const r of requests) expect(r.bytes).toBeLessThanOrEqual(budget);
    const bytes = (w: RangeWrite) => Buffer.byteLength(JSON.stringify(w.data));
    for (const r of requests) expect(r.writes.reduce((n, w) => n + bytes(w), 0)).toBe(r.bytes);
    expect(requests.slice(1).every((r) => r.writes.every((w) => Array.isArray(w.data) && w.row > 0))).toBe(true);
    expect(cellsWritten(spec, requests.flatMap((r) => r.writes), 0, 0)).toEqual(tableCells(spec, 0, 0));
  });

  test("a single row larger than the budget still goes out, alone", () => {
    const spec = buildTargetTable(syntheticCatalogue(3), { kind: "indicators", ids: ["syn-0", "syn-1", "syn-2"] }, "t");
    const rowsPerRequest = planTableWrites(spec, 0, 0, 10).map((r) => [...new Set(r.writes.filter((w) => Array.isArray(w.data) && w.row > 0).map((w) => `${w.row}×${w.rows}`))]);
    expect(rowsPerRequest).toEqual([["1×1"], ["2×1"], ["3×1"]]);
  });
});
