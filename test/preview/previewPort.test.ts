/**
 * The preview's WorkbookPort against the in-memory workbook: the same domain code (tableSpec,
 * planRefresh, check marks, planNames) drives it as drives the Office adapter.
 */
import { getStore } from "../../src/core/store";
import type { Catalogue } from "../../src/core/types";
import { PortError, type WorkbookPort } from "../../src/sheets/port";
import { planRefresh, refreshWorkbook } from "../../src/sheets/refresh";
import { COLUMNS, FILL } from "../../src/sheets/columns";
import { buildTargetTable } from "../../src/sheets/tableSpec";
import { createPreviewPort } from "../../src/preview/previewPort";
import { cellSelection, PreviewWorkbook } from "../../src/preview/workbook";
import { planCatalogue } from "../fixtures/planCatalogue";

let book: PreviewWorkbook;
let port: WorkbookPort;
const catalogue = planCatalogue();
const zj2020 = () => buildTargetTable(catalogue, { kind: "regionYear", region: "浙江省", year: 2020 });

beforeEach(() => {
  getStore().setCatalogue(catalogue);
  book = new PreviewWorkbook();
  port = createPreviewPort(book);
});

/** Sheet column of a header cell in `row`. */
function headerIndex(sheet: string, row: number, header: string): number {
  const headers = book.values(sheet, { row, col: 0, rows: 1, cols: 20 })[0];
  const i = headers.indexOf(header);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

/** The body row of the table whose 指标 cell is `name`. */
function rowOf(sheet: string, name: string, nameCol = 0): number {
  for (let r = 0; r < 100; r++) if (book.computed(sheet, r, nameCol).value === name) return r;
  throw new Error(`no row ${name}`);
}

async function rejection(p: Promise<unknown>): Promise<PortError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PortError);
    return e as PortError;
  }
  throw new Error("expected a PortError");
}

describe("insertTable", () => {
  test("writes header, rows, formats, a live completion formula and the link record", async () => {
    book.select(cellSelection("Sheet1", 2, 1));
    const spec = zj2020();
    const result = await port.insertTable(spec, { kind: "selection" });
    expect(result).toEqual({ table: "目标_浙江省_2020", sheet: "Sheet1", address: `B3:P${3 + spec.rows.length}`, rows: spec.rows.length });
    expect(book.computed("Sheet1", 2, 1).value).toBe("指标");
    expect(book.style("Sheet1", 2, 1)).toMatchObject({ bold: true });
    const completion = headerIndex("Sheet1", 2, "完成率");
    const five = rowOf("Sheet1", "5G基站建成数", 1);
    // Completion is the table's own plain formula (actual 5.4万 from the progress report ÷ 5万).
    expect(book.input("Sheet1", five, completion)).toMatch(/^=IF\(/);
    expect(book.computed("Sheet1", five, completion).value).toBeCloseTo(1.08);
    expect(book.numberFormat("Sheet1", completion)).toBe("0.0%");
    expect(book.column("Sheet1", headerIndex("Sheet1", 2, "指标ID")).hidden).toBe(true);
    expect(JSON.parse(book.settings.get("PlanTargets.link.目标_浙江省_2020") as string)).toMatchObject({ table: "目标_浙江省_2020", scope: { kind: "regionYear" } });
  });

  test("keeps text columns as text: a 2020 typed into 单位 stays a string", async () => {
    await port.insertTable(zj2020(), { kind: "selection" });
    const unit = headerIndex("Sheet1", 0, "单位");
    book.type("Sheet1", 1, unit, "2020");
    expect(book.computed("Sheet1", 1, unit).value).toBe("2020");
  });

  test("refuses to overwrite cells or overlap a table, and changes nothing", async () => {
    book.type("Sheet1", 4, 3, "我的数据");
    const before = book.version;
    const notEmpty = await rejection(port.insertTable(zj2020(), { kind: "selection" }));
    expect(notEmpty.code).toBe("not-empty");
    expect(notEmpty.message).toMatch(/已有内容（D5）.*already holds data \(D5\)/);
    expect(book.version).toBe(before);
    expect(book.tables.size).toBe(0);

    book.select(cellSelection("Sheet1", 0, 10));
    await port.insertTable(zj2020(), { kind: "newSheet", sheetName: "目标" });
    book.select(cellSelection("目标", 3, 2));
    const inside = await rejection(port.insertTable(zj2020(), { kind: "selection" }));
    expect(inside.code).toBe("inside-table");
    expect(inside.message).toMatch(/目标_浙江省_2020/);
  });

  test("on a new sheet: the name made valid and unique, the table name unique, the sheet activated", async () => {
    await port.insertTable(zj2020(), { kind: "newSheet", sheetName: "It's [2020]" });
    const second = await port.insertTable(zj2020(), { kind: "newSheet", sheetName: "It's [2020]" });
    expect(book.sheetNames).toEqual(["Sheet1", "It's _2020_", "It's _2020_ (2)"]);
    expect(second).toMatchObject({ table: "目标_浙江省_2020_2", sheet: "It's _2020_ (2)", address: expect.stringMatching(/^A1:O\d+$/) });
    expect(book.selection).toMatchObject({ sheet: "It's _2020_ (2)", row: 0, col: 0 });
    const block = await port.readBlock("'It''s _2020_ (2)'!A1:B2");
    expect(block.values[0]).toEqual(["指标", "地区"]);
  });

  test("an empty spec is refused", async () => {
    const empty = buildTargetTable(catalogue, { kind: "regionYear", region: "浙江省", year: 1999 });
    expect((await rejection(port.insertTable(empty, { kind: "selection" }))).code).toBe("empty-table");
  });
});

describe("refresh through the port", () => {
  function changedCatalogue(): Catalogue {
    const next = planCatalogue();
    next.version = "fixture-2";
    next.indicators = next.indicators.map((i) => (i.id === "zj-zzy" ? { ...i, value: 20 } : i));
    return next;
  }

  /** Inserts the 浙江省 2020 table; columns and the row of the indicator the changed catalogue changes. */
  async function insertAndLocate() {
    await port.insertTable(zj2020(), { kind: "selection" });
    return { actual: headerIndex("Sheet1", 0, "实际值"), value: headerIndex("Sheet1", 0, "目标值"), row: rowOf("Sheet1", "省级制造业创新中心建成数") };
  }

  async function refresh() {
    const plan = planRefresh(await port.readLinkedTables(), changedCatalogue());
    await port.applyRefresh(plan);
    return plan;
  }

  test("a typed actual survives; the changed target is written and highlighted", async () => {
    const { actual, value, row } = await insertAndLocate();
    book.type("Sheet1", row, actual, "17");
    const plan = await refresh();
    expect(book.computed("Sheet1", row, value).value).toBe(20);
    expect(book.style("Sheet1", row, value).fill).toBe(FILL.changed);
    expect(book.computed("Sheet1", row, actual).value).toBe(17);
    expect(plan.changes).toContainEqual(expect.objectContaining({ kind: "updated", indicator: "省级制造业创新中心建成数", before: 18, after: 20 }));
    await refresh(); // the next refresh clears the highlight
    expect(book.style("Sheet1", row, value).fill).toBeUndefined();
  });

  test("a catalogue cell edited by hand is kept and reported", async () => {
    const { value, row } = await insertAndLocate();
    book.type("Sheet1", row, value, "19");
    const plan = await refresh();
    expect(book.computed("Sheet1", row, value).value).toBe(19);
    expect(plan.changes).toContainEqual(expect.objectContaining({ kind: "kept-edit", before: 19, after: 20 }));
  });

  test("a deleted table's link is reported missing and dropped", async () => {
    await port.insertTable(zj2020(), { kind: "selection" });
    book.tables.clear();
    const linked = await port.readLinkedTables();
    expect(linked).toEqual({ tables: [], missing: ["目标_浙江省_2020"] });
    await port.applyRefresh(planRefresh(linked, catalogue));
    expect([...book.settings.keys()].filter((k) => k.startsWith("PlanTargets.link."))).toEqual([]);
  });
});

describe("addRows: rows for indicators new in the catalogue, added only when asked", () => {
  const base = planCatalogue();
  const earlier = { ...base, version: "fixture-0", indicators: base.indicators.filter((i) => i.id !== "zj-xwy") };
  const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
  const BESIDE = COLUMNS.length + 1;

  /**
   * The 浙江省 2020 table inserted at A1 from the catalogue before 小微企业园 was added; below it a
   * filled note and a formula reading it; beside it, right of the table, a cell that must not move.
   */
  async function refreshed() {
    const inserted = await port.insertTable(buildTargetTable(earlier, { kind: "regionYear", region: "浙江省", year: 2020 }), { kind: "selection" });
    const below = inserted.rows + 1;
    book.change(() => {
      book.write("Sheet1", below + 1, 0, [["表格下方的说明", 7, "=B" + (below + 2) + "*2"]]);
      book.setStyle("Sheet1", below + 1, 0, { fill: "#FFFF00" });
      book.write("Sheet1", below + 1, BESIDE, [["旁边"]]);
    });
    const plan = await refreshWorkbook(port, base);
    return { plan, table: inserted.table, below };
  }

  function snapshot(): string {
    return JSON.stringify([book.engine.getAllSheetsSerialized(), [...book.tables], [...book.settings], book.style("Sheet1", 0, 0)]);
  }

  test("appended below the last row with a live 完成率, formats and a highlight; cells below move down", async () => {
    const { plan, table, below } = await refreshed();
    expect(plan.changes.map((c) => [c.kind, c.indicatorId])).toEqual([["new-available", "zj-xwy"]]);
    expect(book.tables.get(table)?.bodyRows).toBe(below - 1);
    expect(await port.addRows?.(plan.additions)).toBe(1);
    const n = below + 1;
    expect(book.tables.get(table)?.bodyRows).toBe(below);
    expect([col("id"), col("name"), col("value"), col("actual")].map((c) => book.computed("Sheet1", below, c).value)).toEqual(["zj-xwy", "小微企业园新增数", 200, ""]);
    expect(book.input("Sheet1", below, col("completion"))).toBe(`=IF(L${n}="","",IF(F${n}="以下",D${n}/L${n},L${n}/D${n}))`);
    expect(book.numberFormat("Sheet1", col("quote"))).toBe("@");
    expect(book.style("Sheet1", below, col("name")).fill).toBe(FILL.changed);
    // The note moved down with its fill, and the formula reading it follows; the cell beside stays.
    expect(book.computed("Sheet1", below + 2, 0).value).toBe("表格下方的说明");
    expect(book.style("Sheet1", below + 2, 0).fill).toBe("#FFFF00");
    expect(book.input("Sheet1", below + 2, 2)).toBe(`=B${below + 3}*2`);
    expect(book.computed("Sheet1", below + 2, 2).value).toBe(14);
    expect(book.computed("Sheet1", below + 1, BESIDE).value).toBe("旁边");
    // Typing an actual into the new row drives its 完成率.
    book.type("Sheet1", below, col("actual"), "100");
    expect(book.computed("Sheet1", below, col("completion")).value).toBe(0.5);

    // The new row counts as ours at the next refresh: nothing to report, its highlight cleared.
    const again = await refreshWorkbook(port, base);
    expect(again.changes).toEqual([]);
    expect(again.additions).toEqual([]);
    expect(book.style("Sheet1", below, col("name")).fill).toBeUndefined();
    // Asked twice: the row is there already.
    expect(await port.addRows?.(plan.additions)).toBe(0);
    expect(book.tables.get(table)?.bodyRows).toBe(below);
  });

  test.each([
    ["renamed a column", () => book.type("Sheet1", 0, col("unit"), "单位（万）"), /^表格「目标_浙江省_2020」的列在刷新后有变动，未添加任何行.*columns of table "目标_浙江省_2020" changed/],
    ["deleted the table", () => void book.tables.clear(), /^表格「目标_浙江省_2020」已不存在或改了名.*no longer exists/],
    [
      "put a table below that crosses its columns",
      () => book.tables.set("Other", { name: "Other", sheet: "Sheet1", row: 40, col: 10, bodyRows: 1, cols: 10 }),
      /^表格「目标_浙江省_2020」下方的单元格无法下移.*cannot move down/,
    ],
  ])("the user %s since the refresh: clear message, nothing written", async (_, change, message) => {
    const { plan } = await refreshed();
    change();
    const before = snapshot();
    const error = await rejection(port.addRows?.(plan.additions) ?? Promise.resolve());
    expect(error.message).toMatch(message);
    expect(snapshot()).toBe(before);
  });
});

describe("selection, blocks and marks", () => {
  beforeEach(() => {
    book.change(() => book.write("Sheet1", 1, 1, [["指标", "年份", "数值"], ["5G基站", 2020, 5], ["标志性产业链", 2020, 12]]));
  });

  test("readSelection gives the used part of the selection", async () => {
    book.select({ ...cellSelection("Sheet1", 0, 0), rows: 10, cols: 10 });
    expect(await port.readSelection()).toEqual({
      sheet: "Sheet1",
      address: "B2:D4",
      top: 1,
      left: 1,
      values: [["指标", "年份", "数值"], ["5G基站", 2020, 5], ["标志性产业链", 2020, 12]],
    });
    book.select(cellSelection("Sheet1", 30, 30));
    expect((await rejection(port.readSelection())).code).toBe("no-selection");
  });

  test("readBlock names an unknown sheet", async () => {
    expect((await port.readBlock("B2:C3")).values).toEqual([["指标", "年份"], ["5G基站", 2020]]);
    const err = await rejection(port.readBlock("'No such'!A1"));
    expect(err.code).toBe("bad-address");
    expect(err.message).toMatch(/找不到工作表 'No such'.*There is no sheet 'No such'/);
  });

  test("markCells fills and notes; an existing note is kept", async () => {
    await port.markCells([{ sheet: "Sheet1", row: 3, col: 3, fill: FILL.mismatch, note: "不一致：目录值为 10条" }]);
    await port.markCells([{ sheet: "Sheet1", row: 3, col: 3, fill: null, note: "second" }]);
    expect(book.style("Sheet1", 3, 3)).toEqual({ fill: FILL.mismatch, note: "不一致：目录值为 10条" });
  });
});

describe("settings and names live in the workbook", () => {
  test("settings round trip", async () => {
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ defaultRegion: "浙江省", tolerance: 0.1, catalogueUrl: "http://localhost/c.json" });
    expect(await port.loadSettings()).toEqual({ defaultRegion: "浙江省", tolerance: 0.1, catalogueUrl: "http://localhost/c.json" });
  });

  test("installNames adds, leaves equal ones, updates ours and skips the user's", async () => {
    const defs = [
      { name: "PLANTARGET", formula: "=LAMBDA(a,PLANTARGETS.PLANTARGET(a))", comment: "目标" },
      { name: "COMPLETION", formula: "=LAMBDA(r,PLANTARGETS.COMPLETION(r))" },
    ];
    book.names.set("COMPLETION", { name: "COMPLETION", formula: "=Sheet1!A1", comment: "mine" });
    expect(await port.installNames(defs)).toEqual({ added: ["PLANTARGET"], updated: [], unchanged: [], skipped: ["COMPLETION"] });
    expect(await port.installNames(defs)).toMatchObject({ unchanged: ["PLANTARGET"] });
    expect(await port.installNames([{ ...defs[0], formula: "=LAMBDA(b,PLANTARGETS.PLANTARGET(b))" }])).toMatchObject({ updated: ["PLANTARGET"] });
    expect(book.names.get("PLANTARGET")?.comment).toMatch(/\[PlanTargets\]/);
  });
});

describe("insertFormula", () => {
  test("writes into the empty active cell and computes; refuses a cell with content", async () => {
    book.select(cellSelection("Sheet1", 4, 2));
    expect(await port.insertFormula('=PLANTARGET("5G基站",2020,"浙江")')).toBe("Sheet1!C5");
    expect(book.computed("Sheet1", 4, 2).value).toBe(5);
    const err = await rejection(port.insertFormula("=1+1"));
    expect(err.code).toBe("not-empty");
    expect(err.message).toMatch(/Sheet1!C5 不是空的.*is not empty/s);
    expect(book.input("Sheet1", 4, 2)).toBe('=PLANTARGET("5G基站",2020,"浙江")');
  });
});
