import { createOfficePort } from "../../src/excel/officePort";
import { planTableWrites } from "../../src/excel/tableWrites";
import { COLUMNS } from "../../src/sheets/columns";
import { PortError } from "../../src/sheets/errors";
import { linkKey, parseLink } from "../../src/sheets/link";
import { buildTargetTable } from "../../src/sheets/tableSpec";
import type { Catalogue } from "../../src/core/types";
import { planCatalogue } from "../fixtures/planCatalogue";
import { syntheticCatalogue } from "../sheets/synthetic";
import { FakeWorkbook } from "./fakeExcel";

/** 5 MB, read as the stricter 5 × 10⁶ bytes. */
const EXCEL_WEB_LIMIT = 5_000_000;
const big = syntheticCatalogue(20000);
/**
 * The most rows of the synthetic catalogue (40–80-character quotes, a 30-character document title
 * on every row, another document every row) one write request holds: up to this many rows insert
 * in 2 syncs, the figure src/excel/insert.ts states.
 */
const ROWS_IN_TWO_SYNCS = 11_478;

function specOf(catalogue: Catalogue, rows: number) {
  return buildTargetTable({ ...catalogue, indicators: catalogue.indicators.slice(0, rows) }, { kind: "regionYear", region: "浙江省", year: 2020 });
}

function allRows(catalogue: Catalogue, rows: number) {
  const some = { ...catalogue, indicators: catalogue.indicators.slice(0, rows) };
  return buildTargetTable(some, { kind: "indicators", ids: some.indicators.map((i) => i.id) }, "目标表");
}

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("insert: round trips and payload", () => {
  test("1,000 rows: one Excel.run, 2 syncs, formatted and linked", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.select("Sheet1", { row: 2, col: 1, rows: 4, cols: 3 });
    const spec = allRows(big, 1000);
    const result = await createOfficePort(wb.run).insertTable(spec, { kind: "selection" });
    expect(wb.syncs).toBe(2);
    expect(result).toEqual({ table: "目标表", sheet: "Sheet1", address: "B3:P1003", rows: 1000 });
    const sheet = wb.sheet("Sheet1");
    const table = wb.table("目标表");
    expect(table.rect).toEqual({ row: 2, col: 1, rows: 1001, cols: COLUMNS.length });
    expect(table.style).toBe("TableStyleMedium2");
    expect(sheet.value(2, 1 + col("name"))).toBe("指标");
    expect(sheet.value(1002, 1 + col("id"))).toBe("syn-999");
    expect(sheet.formula(1002, 1 + col("completion"))).toBe('=IF(M1003="","",IF(G1003="以下",E1003/M1003,M1003/E1003))');
    // Finished look: formats per column, widths, link columns hidden.
    expect(sheet.numberFormat(500, 1 + col("quote"))).toBe("@");
    expect(sheet.numberFormat(500, 1 + col("completion"))).toBe("0.0%");
    expect(sheet.numberFormat(500, 1 + col("year"))).toBe("0");
    expect(sheet.columnWidths.get(1 + col("quote"))).toBe(300);
    expect([...sheet.hiddenColumns].sort()).toEqual([1 + col("id"), 1 + col("fingerprint")]);
    expect(parseLink("k", wb.settings.get(linkKey("目标表")))).toMatchObject({ format: 2, table: "目标表", scope: { kind: "indicators" } });
    expect(Math.max(...wb.requests)).toBeLessThan(EXCEL_WEB_LIMIT);
  });

  test("20,000 rows: 3 syncs (the reads, then two requests each under Excel on the web's 5 MB limit)", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    const spec = allRows(big, 20000);
    await createOfficePort(wb.run).insertTable(spec, { kind: "newSheet", sheetName: "目标" });
    const [reads, ...writes] = wb.requests;
    expect(reads).toBeLessThan(10_000);
    expect(writes.reduce((a, b) => a + b, 0)).toBeGreaterThan(EXCEL_WEB_LIMIT); // too big for one request: it has to be split
    expect(writes).toHaveLength(2);
    expect(Math.max(...writes)).toBeLessThan(EXCEL_WEB_LIMIT);
    const sheet = wb.sheet("目标");
    expect(sheet.value(20000, col("id"))).toBe("syn-19999");
    expect(sheet.value(20000, col("quote"))).toBe(big.indicators[19999].sources[0].quote);
    expect(sheet.formula(20000, col("completion"))).toBe('=IF(L20001="","",IF(F20001="以下",D20001/L20001,L20001/D20001))');
    expect(wb.table("目标表").rect.rows).toBe(20001);
  });

  test(`up to ${ROWS_IN_TWO_SYNCS.toLocaleString("en")} rows with 40–80-character quotes insert in 2 syncs`, async () => {
    expect(planTableWrites(allRows(big, ROWS_IN_TWO_SYNCS), 0, 0)).toHaveLength(1);
    expect(planTableWrites(allRows(big, ROWS_IN_TWO_SYNCS + 1), 0, 0)).toHaveLength(2);
    const wb = new FakeWorkbook(["Sheet1"]);
    await createOfficePort(wb.run).insertTable(allRows(big, ROWS_IN_TWO_SYNCS), { kind: "newSheet", sheetName: "目标" });
    expect(wb.syncs).toBe(2);
    expect(wb.requests[1]).toBeLessThan(EXCEL_WEB_LIMIT);
  });

  test("a new sheet whose name has quotes and spaces; names installed in the same run", async () => {
    const wb = new FakeWorkbook(["Sheet1", "It's 浙江 2020"]);
    const names = [{ name: "PLANTARGET", formula: "=LAMBDA(n,y,PLANTARGETS.PLANTARGET(n,y))", comment: "规划目标" }];
    const result = await createOfficePort(wb.run).insertTable(specOf(planCatalogue(), 100), { kind: "newSheet", sheetName: "It's 浙江 2020" }, names);
    expect(result.sheet).toBe("It's 浙江 2020 (2)");
    expect(wb.syncs).toBe(2);
    const sheet = wb.sheet("It's 浙江 2020 (2)");
    expect(sheet.frozenRows).toBe(1);
    expect(wb.activeSheet).toBe(sheet.name);
    expect(wb.names.get("plantarget")).toEqual({ name: "PLANTARGET", formula: names[0].formula, comment: "规划目标 [PlanTargets]" });
  });

  test("at a selection, sheet columns holding other cells keep their width and visibility", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.put("Sheet1", 0, 13, [["用户的数据"]]); // column N: where 指标ID would be hidden
    wb.sheet("Sheet1").columnWidths.set(1, 99);
    wb.select("Sheet1", { row: 5, col: 0, rows: 1, cols: 1 });
    await createOfficePort(wb.run).insertTable(specOf(planCatalogue(), 100), { kind: "selection" });
    const sheet = wb.sheet("Sheet1");
    expect([...sheet.hiddenColumns]).toEqual([col("fingerprint")]);
    expect(sheet.columnWidths.get(col("id"))).toBeUndefined();
    expect(sheet.columnWidths.get(1)).toBe(COLUMNS[1].width);
  });

  test("a second table of the same name gets a unique name", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    const port = createOfficePort(wb.run);
    await port.insertTable(specOf(planCatalogue(), 100), { kind: "newSheet", sheetName: "A" });
    const second = await port.insertTable(specOf(planCatalogue(), 100), { kind: "newSheet", sheetName: "A" });
    expect(second).toMatchObject({ table: "目标_浙江省_2020_2", sheet: "A (2)" });
  });
});

describe("insert: bad input gets a clear message and no partial write", () => {
  const cases: Array<[string, (wb: FakeWorkbook) => void, string, RegExp]> = [
    ["protected sheet", (wb) => void (wb.sheet("Sheet1").protected = true), "protected-sheet", /^工作表「Sheet1」受保护.*Sheet "Sheet1" is protected/],
    [
      "selection inside another table",
      (wb) => {
        wb.put("Sheet1", 5, 3, [["a", "b"], [1, 2]]);
        wb.tables.push({ name: "表1", sheet: wb.sheet("Sheet1"), rect: { row: 5, col: 3, rows: 2, cols: 2 }, style: "" });
      },
      "inside-table",
      /^所需区域 Sheet1!B3:P14 与已有表格「表1」重叠.*overlaps the existing table "表1"/,
    ],
    ["merged cells", (wb) => void wb.sheet("Sheet1").merged.push({ row: 8, col: 4, rows: 1, cols: 3 }), "merged-cells", /^所需区域 .*含有合并单元格（E9:G9）.*contains merged cells/],
    ["cells the user typed", (wb) => wb.put("Sheet1", 13, 15, [["mine"]]), "not-empty", /^所需区域 .*已有内容（Sheet1!P14）.*would overwrite it/],
  ];

  test.each(cases)("%s", async (_, arrange, code, message) => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.select("Sheet1", { row: 2, col: 1, rows: 1, cols: 1 });
    arrange(wb);
    const before = wb.snapshot();
    const error = await createOfficePort(wb.run).insertTable(specOf(planCatalogue(), 100), { kind: "selection" }).catch((e) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(wb.syncs).toBe(1);
    expect(wb.snapshot()).toBe(before);
  });

  test("a protected workbook structure refuses a new sheet", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.structureProtected = true;
    const before = wb.snapshot();
    await expect(createOfficePort(wb.run).insertTable(specOf(planCatalogue(), 100), { kind: "newSheet", sheetName: "x" })).rejects.toThrow(/^工作簿结构受保护.*workbook structure is protected/);
    expect(wb.snapshot()).toBe(before);
  });

  test("nothing to insert", async () => {
    const wb = new FakeWorkbook(["Sheet1"]);
    const empty = buildTargetTable(planCatalogue(), { kind: "indicators", ids: [] });
    await expect(createOfficePort(wb.run).insertTable(empty, { kind: "selection" })).rejects.toThrow(/^没有可插入的指标.*no indicators to insert/);
    expect(wb.syncs).toBe(0);
  });

  test.each([
    ["at the selection", { kind: "selection" } as const],
    ["on a new sheet", { kind: "newSheet", sheetName: "新表" } as const],
  ])("a request failing half-way through a 20,000-row insert %s is rolled back", async (_, where) => {
    const wb = new FakeWorkbook(["Sheet1"]);
    wb.failAtSync = 3;
    const before = wb.snapshot();
    const error = await createOfficePort(wb.run).insertTable(allRows(big, 20000), where).catch((e) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error.message).toMatch(/^Excel 操作失败：simulated failure.*The Excel operation failed/);
    expect(wb.snapshot()).toBe(before);
  });
});
