import type { Catalogue } from "../../src/core/types";
import { FILL } from "../../src/sheets/columns";
import { PortError } from "../../src/sheets/errors";
import type { LinkedTableSnapshot } from "../../src/sheets/port";
import { planRefresh } from "../../src/sheets/refresh";
import { buildTargetTable } from "../../src/sheets/tableSpec";
import { planCatalogue } from "../fixtures/planCatalogue";

const SCOPE = { kind: "regionYear", region: "浙江省", year: 2020 } as const;

function linkedTable(catalogue: Catalogue): LinkedTableSnapshot {
  const spec = buildTargetTable(catalogue, SCOPE);
  return {
    table: spec.name,
    link: JSON.stringify(spec.link),
    sheet: "Sheet1",
    protected: false,
    headers: spec.columns.map((c) => c.header),
    rows: spec.rows.map((r) => [...r]),
  };
}

function changed(catalogue: Catalogue, id: string, patch: object, version = "fixture-2"): Catalogue {
  return { ...catalogue, version, indicators: catalogue.indicators.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

const col = (t: LinkedTableSnapshot, header: string) => t.headers.indexOf(header);
const rowOf = (t: LinkedTableSnapshot, id: string) => t.rows.findIndex((r) => r[col(t, "指标ID")] === id);

describe("planRefresh", () => {
  const base = planCatalogue();

  test("nothing changed: no writes, no changes, link moves to the catalogue version", () => {
    const plan = planRefresh({ tables: [linkedTable(base)], missing: [] }, base);
    expect(plan.changes).toEqual([]);
    expect(plan.tables[0].writes).toEqual([]);
    expect(plan.tables[0].link.catalogueVersion).toBe(base.version);
  });

  test("a changed target is written and highlighted, matched by id after the user sorted", () => {
    const table = linkedTable(base);
    table.rows.reverse();
    const next = changed(base, "zj-5g-2020", { value: 6 });
    const plan = planRefresh({ tables: [table], missing: [] }, next);
    const row = rowOf(table, "zj-5g-2020");
    const valueCol = col(table, "目标值");
    expect(plan.tables[0].writes).toContainEqual({ row, col: valueCol, value: 6 });
    expect(plan.tables[0].fills).toContainEqual({ row, col: valueCol, color: FILL.changed });
    expect(plan.changes).toEqual([
      expect.objectContaining({ kind: "updated", indicatorId: "zj-5g-2020", column: "目标值", before: 5, after: 6, reason: expect.stringContaining("fixture-1 → fixture-2") }),
    ]);
    // The fingerprint cell is rewritten so the new value counts as ours next time.
    expect(plan.tables[0].writes.some((w) => w.row === row && w.col === col(table, "写入校验"))).toBe(true);
  });

  test("user columns and user rows are never touched; a hand-edited catalogue cell is reported, not overwritten", () => {
    const table = linkedTable(base);
    table.headers.push("备注");
    table.rows.forEach((r) => r.push("我的备注"));
    table.rows.push(["我加的行", "", "", 1, "", "", "", "", "", "", "", "", "", "", "", "x"]);
    const row = rowOf(table, "zj-5g-2020");
    table.rows[row][col(table, "实际值")] = 4.9;
    table.rows[row][col(table, "目标值")] = 5.5; // typed by the user
    const plan = planRefresh({ tables: [table], missing: [] }, changed(base, "zj-5g-2020", { value: 6 }));
    expect(plan.tables[0].writes.filter((w) => w.col !== col(table, "写入校验"))).toEqual([]);
    expect(plan.changes).toEqual([expect.objectContaining({ kind: "kept-edit", column: "目标值", before: 5.5, after: 6 })]);
    const again = planRefresh({ tables: [table], missing: [] }, changed(base, "zj-5g-2020", { value: 7 }));
    expect(again.changes[0].kind).toBe("kept-edit");
  });

  test("a vanished indicator is flagged, not deleted; a new one in scope is reported", () => {
    const table = linkedTable(base);
    const extra = { ...base.indicators.find((i) => i.id === "zj-jf")!, id: "zj-new", name: "新指标" };
    const next = { ...base, version: "fixture-3", indicators: [...base.indicators.filter((i) => i.id !== "zj-jf"), extra] };
    const plan = planRefresh({ tables: [table], missing: [] }, next);
    expect(plan.tables[0].writes).toEqual([]);
    expect(plan.tables[0].fills).toEqual([{ row: rowOf(table, "zj-jf"), col: col(table, "指标"), color: FILL.vanished }]);
    expect(plan.changes.map((c) => [c.kind, c.indicatorId])).toEqual([["vanished", "zj-jf"], ["new-available", "zj-new"]]);
  });

  test("rows for a new indicator are planned in the table's current column order, not written", () => {
    const table = linkedTable(base);
    const earlier = { ...base, indicators: base.indicators.filter((i) => i.id !== "zj-xwy") };
    const snapshot = linkedTable(earlier);
    // The user added a column of notes and moved 实际值 to the end.
    const actual = col(snapshot, "实际值");
    snapshot.headers = [...snapshot.headers.filter((_, i) => i !== actual), "备注", "实际值"];
    snapshot.rows = snapshot.rows.map((r) => [...r.filter((_, i) => i !== actual), "我的备注", r[actual]]);
    const plan = planRefresh({ tables: [snapshot], missing: [] }, base);
    expect(plan.tables[0].writes).toEqual([]);
    const [addition] = plan.additions;
    expect(addition).toMatchObject({ table: table.table, headers: snapshot.headers, ids: ["zj-xwy"] });
    const row = addition.rows[0];
    const at = (h: string) => row[snapshot.headers.indexOf(h)];
    expect([at("指标"), at("目标值"), at("备注"), at("指标ID")]).toEqual(["小微企业园新增数", 200, "", "zj-xwy"]);
    // 完成率 refers to 实际值, now at the end, and to 条件 and 目标值, by offset.
    expect(at("完成率")).toBe('=IF(RC[4]="","",IF(RC[-6]="以下",RC[-8]/RC[4],RC[4]/RC[-8]))');
    expect(at("写入校验")).toBe(table.rows[rowOf(table, "zj-xwy")][col(table, "写入校验")]);
    expect(addition.numberFormats[snapshot.headers.indexOf("备注")]).toBeNull();
    expect(addition.fills).toEqual([{ row: 0, col: 0, color: FILL.changed }]);
    expect(addition.link.highlights).toEqual([{ id: "zj-xwy", column: "name" }]);

    // On a protected sheet the new indicator is still reported, but no rows are offered.
    const locked = planRefresh({ tables: [{ ...snapshot, protected: true }], missing: [] }, base);
    expect(locked.changes.map((c) => c.kind)).toEqual(["new-available"]);
    expect(locked.additions).toEqual([]);
  });

  test("last refresh's highlights are cleared", () => {
    const table = linkedTable(base);
    const next = changed(base, "zj-5g-2020", { unit: "个", value: 50000 });
    const first = planRefresh({ tables: [table], missing: [] }, next);
    for (const w of first.tables[0].writes) table.rows[w.row][w.col] = w.value;
    table.link = JSON.stringify(first.tables[0].link);
    const second = planRefresh({ tables: [table], missing: [] }, next);
    expect(second.tables[0].writes).toEqual([]);
    expect(second.tables[0].fills).toHaveLength(2);
    expect(second.tables[0].fills.every((f) => f.color === null)).toBe(true);
  });

  test("a restructured table stops the whole refresh with a clear message", () => {
    const ok = linkedTable(base);
    const renamed = linkedTable(base);
    renamed.table = "Other";
    renamed.headers[col(renamed, "目标值")] = "目标";
    const removed = linkedTable(base);
    removed.table = "Third";
    removed.headers.splice(col(removed, "指标ID"), 1);
    const run = () => planRefresh({ tables: [ok, renamed, removed], missing: [] }, base);
    expect(run).toThrow(PortError);
    expect(run).toThrow(/^以下链接表格的列被删除或改名.*「Other」缺少 目标值.*「Third」缺少 指标ID.*These linked tables lost or renamed columns/);
  });

  test("links from an older add-in are reported, not written; from a newer one refused", () => {
    const old = linkedTable(base);
    old.link = { table: old.table, catalogueVersion: "old" };
    old.headers = old.headers.slice(0, 13);
    old.rows = old.rows.map((r) => r.slice(0, 13));
    const plan = planRefresh({ tables: [old], missing: [] }, changed(base, "zj-5g-2020", { value: 6 }));
    expect(plan.tables).toEqual([]);
    expect(plan.changes).toEqual([expect.objectContaining({ kind: "old-link", table: old.table })]);

    const newer = linkedTable(base);
    newer.link = JSON.stringify({ format: 99, table: newer.table });
    expect(() => planRefresh({ tables: [newer], missing: [] }, base)).toThrow(/更新版本的插件.*newer add-in/);
    const broken = linkedTable(base);
    broken.link = "{not json";
    expect(() => planRefresh({ tables: [broken], missing: [] }, base)).toThrow(/已损坏.*damaged/);
  });

  test("a table on a protected sheet with changes refuses before anything is written", () => {
    const table = { ...linkedTable(base), protected: true };
    expect(planRefresh({ tables: [table], missing: [] }, base).changes).toEqual([]);
    expect(() => planRefresh({ tables: [table], missing: [] }, changed(base, "zj-5g-2020", { value: 6 }))).toThrow(/受保护.*protected/);
  });

  test("links whose table is gone are dropped and reported", () => {
    const plan = planRefresh({ tables: [], missing: ["Gone"] }, base);
    expect(plan.dropLinks).toEqual(["Gone"]);
    expect(plan.changes).toEqual([expect.objectContaining({ kind: "table-missing", table: "Gone" })]);
  });
});
