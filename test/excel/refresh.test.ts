import { createOfficePort } from "../../src/excel/officePort";
import type { Catalogue } from "../../src/core/types";
import { COLUMNS, FILL } from "../../src/sheets/columns";
import { PortError } from "../../src/sheets/errors";
import { linkKey, parseLink } from "../../src/sheets/link";
import { refreshWorkbook } from "../../src/sheets/refresh";
import { buildTargetTable } from "../../src/sheets/tableSpec";
import { planCatalogue } from "../fixtures/planCatalogue";
import { syntheticCatalogue } from "../sheets/synthetic";
import { FakeWorkbook } from "./fakeExcel";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const TABLES = 50;
const ROWS = 20;

/** 50 linked tables of 20 rows, each on its own sheet (table i holds indicators syn-20i … syn-20i+19). */
async function workbookWithTables(catalogue: Catalogue): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook(["Sheet1"]);
  const port = createOfficePort(wb.run);
  for (let t = 0; t < TABLES; t++) {
    const ids = catalogue.indicators.slice(t * ROWS, (t + 1) * ROWS).map((i) => i.id);
    await port.insertTable(buildTargetTable(catalogue, { kind: "indicators", ids }, `Tbl_${t}`), { kind: "newSheet", sheetName: `表 ${t}` });
  }
  wb.requests = [];
  return wb;
}

function withChanges(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    version: "v-synthetic-2",
    indicators: catalogue.indicators
      .filter((i) => i.id !== "syn-45")
      .map((i) => (i.id === "syn-3" || i.id === "syn-987" ? { ...i, value: i.value + 100 } : i)),
  };
}

const rowOf = (wb: FakeWorkbook, sheet: string, id: string) => {
  for (let r = 1; r <= ROWS; r++) if (wb.sheet(sheet).value(r, col("id")) === id) return r;
  throw new Error(`no row for ${id}`);
};

describe("refresh against the Office adapter", () => {
  const catalogue = syntheticCatalogue(TABLES * ROWS);

  test("50 tables in 3 syncs; typed actuals survive; changed cells highlighted; rows matched by id after a sort", async () => {
    const wb = await workbookWithTables(catalogue);
    wb.put("表 0", 4, col("actual"), [[77]]); // the user's own figure for syn-3
    // The user sorts table 1 (syn-20 … syn-39) backwards.
    const s1 = wb.sheet("表 1");
    const body = s1.grid({ row: 1, col: 0, rows: ROWS, cols: COLUMNS.length }, (r, c) => s1.formula(r, c));
    wb.put("表 1", 1, 0, body.reverse());

    const plan = await refreshWorkbook(createOfficePort(wb.run), withChanges(catalogue));
    expect(wb.syncs).toBe(3);

    const s0 = wb.sheet("表 0");
    expect(s0.value(4, col("actual"))).toBe(77);
    expect(s0.value(4, col("value"))).toBe(catalogue.indicators[3].value + 100);
    expect(s0.fills.get(4 * 16384 + col("value"))).toBe(FILL.changed);
    const vanished = rowOf(wb, "表 2", "syn-45");
    expect(wb.sheet("表 2").value(vanished, col("name"))).toBe(catalogue.indicators[45].name);
    expect(wb.sheet("表 2").fills.get(vanished * 16384 + col("name"))).toBe(FILL.vanished);
    expect(plan.changes.map((c) => [c.kind, c.indicatorId])).toEqual([["updated", "syn-3"], ["vanished", "syn-45"], ["updated", "syn-987"]]);
    expect(parseLink("Tbl_0", wb.settings.get(linkKey("Tbl_0"))).catalogueVersion).toBe("v-synthetic-2");

    // A second refresh with nothing new clears the highlights, again in 3 syncs.
    wb.requests = [];
    const again = await refreshWorkbook(createOfficePort(wb.run), withChanges(catalogue));
    expect(wb.syncs).toBe(3);
    expect(again.changes.map((c) => c.kind)).toEqual(["vanished"]);
    expect(s0.fills.has(4 * 16384 + col("value"))).toBe(false);
  });

  test("a hand-edited target is reported and kept", async () => {
    const wb = await workbookWithTables(catalogue);
    wb.put("表 0", 4, col("value"), [[12345]]);
    const plan = await refreshWorkbook(createOfficePort(wb.run), withChanges(catalogue));
    expect(wb.sheet("表 0").value(4, col("value"))).toBe(12345);
    expect(plan.changes[0]).toMatchObject({ kind: "kept-edit", indicatorId: "syn-3", before: 12345 });
  });

  test("a restructured linked table: clear message, nothing written", async () => {
    const wb = await workbookWithTables(catalogue);
    wb.put("表 7", 0, col("unit"), [["单位（万）"]]);
    const before = wb.snapshot();
    const error = await refreshWorkbook(createOfficePort(wb.run), withChanges(catalogue)).catch((e) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error.message).toMatch(/^以下链接表格的列被删除或改名，未做任何修改：「Tbl_7」缺少 单位.*"Tbl_7" lacks 单位/);
    expect(wb.snapshot()).toBe(before);
    expect(wb.syncs).toBe(2);
  });

  test("a table on a protected sheet: nothing written anywhere", async () => {
    const wb = await workbookWithTables(catalogue);
    wb.sheet("表 0").protected = true;
    const before = wb.snapshot();
    await expect(refreshWorkbook(createOfficePort(wb.run), withChanges(catalogue))).rejects.toThrow(/^以下链接表格所在的工作表受保护.*「Tbl_0」（表 0）/);
    expect(wb.snapshot()).toBe(before);
  });

  test("a workbook from an older add-in: reported, not overwritten; a deleted table's link is removed", async () => {
    const wb = new FakeWorkbook(["Old"]);
    const spec = buildTargetTable(catalogue, { kind: "indicators", ids: ["syn-3"] }, "OldTable");
    wb.put("Old", 0, 0, [spec.columns.slice(0, 13).map((c) => c.header), spec.rows[0].slice(0, 13)]);
    wb.tables.push({ name: "OldTable", sheet: wb.sheet("Old"), rect: { row: 0, col: 0, rows: 2, cols: 13 }, style: "" });
    wb.settings.set(linkKey("OldTable"), JSON.stringify({ table: "OldTable", catalogueVersion: "2019" }));
    wb.settings.set(linkKey("Deleted"), JSON.stringify(spec.link));
    const plan = await refreshWorkbook(createOfficePort(wb.run), withChanges(catalogue));
    expect(wb.sheet("Old").value(1, col("value"))).toBe(catalogue.indicators[3].value);
    expect(plan.changes.map((c) => [c.kind, c.table])).toEqual([["old-link", "OldTable"], ["table-missing", "Deleted"]]);
    expect(plan.changes[0].reason).toMatch(/^该表由旧版本插件插入.*older add-in version/);
    expect(wb.settings.has(linkKey("Deleted"))).toBe(false);
    expect(wb.settings.has(linkKey("OldTable"))).toBe(true);
  });
});

describe("rows for indicators new in the catalogue: reported by refresh, added only when asked", () => {
  const base = planCatalogue();
  const scope = { kind: "regionYear", region: "浙江省", year: 2020 } as const;
  const earlier = { ...base, version: "fixture-0", indicators: base.indicators.filter((i) => i.id !== "zj-xwy") };

  /** A region table inserted at A1 from the catalogue before 小微企业园 was added, a note two rows below it, then a refresh. */
  async function refreshed() {
    const wb = new FakeWorkbook(["Sheet1"]);
    const port = createOfficePort(wb.run);
    const inserted = await port.insertTable(buildTargetTable(earlier, scope), { kind: "selection" });
    const below = inserted.rows + 1;
    wb.put("Sheet1", below + 1, 0, [["表格下方的说明"]]);
    const plan = await refreshWorkbook(port, base);
    wb.requests = [];
    return { wb, port, plan, table: inserted.table, below };
  }

  test("added below the last row in 3 syncs, with a live 完成率, formats and a highlight; cells below move down", async () => {
    const { wb, port, plan, table, below } = await refreshed();
    expect(plan.changes.map((c) => [c.kind, c.indicatorId])).toEqual([["new-available", "zj-xwy"]]);
    expect(wb.table(table).rect.rows).toBe(below);
    expect(await port.addRows?.(plan.additions)).toBe(1);
    expect(wb.syncs).toBe(3);
    const sheet = wb.sheet("Sheet1");
    const n = below + 1;
    expect(wb.table(table).rect.rows).toBe(below + 1);
    expect([sheet.value(below, col("id")), sheet.value(below, col("name")), sheet.value(below, col("value"))]).toEqual(["zj-xwy", "小微企业园新增数", 200]);
    expect(sheet.formula(below, col("completion"))).toBe(`=IF(L${n}="","",IF(F${n}="以下",D${n}/L${n},L${n}/D${n}))`);
    expect(sheet.numberFormat(below, col("quote"))).toBe("@");
    expect(sheet.fills.get(below * 16384 + col("name"))).toBe(FILL.changed);
    expect(sheet.value(below + 2, 0)).toBe("表格下方的说明");

    // The new row counts as ours at the next refresh: nothing to report, its highlight cleared.
    const again = await refreshWorkbook(port, base);
    expect(again.changes).toEqual([]);
    expect(again.additions).toEqual([]);
    expect(sheet.fills.has(below * 16384 + col("name"))).toBe(false);
    // Asked twice: the row is there already.
    expect(await port.addRows?.(plan.additions)).toBe(0);
    expect(wb.table(table).rect.rows).toBe(below + 1);
  });

  test.each([
    ["renamed a column", (wb: FakeWorkbook) => wb.put("Sheet1", 0, col("unit"), [["单位（万）"]]), /^表格「目标_浙江省_2020」的列在刷新后有变动，未添加任何行.*columns of table "目标_浙江省_2020" changed/],
    ["protected the sheet", (wb: FakeWorkbook) => void (wb.sheet("Sheet1").protected = true), /^表格「目标_浙江省_2020」所在的工作表「Sheet1」受保护.*protected sheet "Sheet1"/],
    ["deleted the table", (wb: FakeWorkbook) => void (wb.tables = []), /^表格「目标_浙江省_2020」已不存在或改了名.*no longer exists/],
  ])("the user %s since the refresh: clear message, nothing written", async (_, change, message) => {
    const { wb, port, plan } = await refreshed();
    change(wb);
    const before = wb.snapshot();
    const error = await port.addRows?.(plan.additions).catch((e) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error.message).toMatch(message);
    expect(wb.snapshot()).toBe(before);
  });
});
