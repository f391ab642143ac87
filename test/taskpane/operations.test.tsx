/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { COLUMNS } from "../../src/sheets/columns";
import { linkKey } from "../../src/sheets/link";
import type { FakeWorkbook } from "../excel/fakeExcel";
import { planCatalogue } from "../fixtures/planCatalogue";
import { answer, renderPane } from "./paneHarness";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

/** Inserts the 浙江省 2020 table from the Insert tab; returns it and its row count. */
async function insertZhejiang2020(wb: FakeWorkbook) {
  tab("插入");
  fireEvent.change(screen.getByRole("combobox", { name: "地区" }), { target: { value: "浙江省" } });
  fireEvent.change(screen.getByRole("combobox", { name: "年份" }), { target: { value: "2020" } });
  fireEvent.click(screen.getByRole("button", { name: "插入目标表" }));
  await screen.findByText(/^已插入表格/);
  const [table] = wb.tables;
  return { table, rows: table.rect.rows };
}

test("insert the selected indicators on a new sheet, then refresh after the catalogue changed", async () => {
  const { wb, store, catalogue } = renderPane();
  fireEvent.click(screen.getByRole("checkbox", { name: "选择 5G基站建成数（浙江省 2020）" }));
  fireEvent.click(screen.getByRole("checkbox", { name: "选择 企业减负金额（浙江省 2020）" }));
  tab("插入");
  expect(screen.getByRole("radio", { name: "选中的指标（2 个）" })).toBeChecked();
  fireEvent.change(screen.getByRole("textbox", { name: "工作表名称" }), { target: { value: "It's 目标" } });
  fireEvent.click(screen.getByRole("button", { name: "插入目标表" }));
  expect(await screen.findByText("已插入表格 目标表（2 行），位于 It's 目标!A1:O3。")).toBeInTheDocument();
  expect(wb.sheet("It's 目标").value(1, col("id"))).toBe("zj-5g-2020");
  expect(wb.names.has("plantarget")).toBe(true); // installed with the insert

  wb.put("It's 目标", 1, col("actual"), [[4.8]]);
  act(() => store.setCatalogue({ ...catalogue, version: "fixture-2", indicators: catalogue.indicators.map((i) => (i.id === "zj-5g-2020" ? { ...i, value: 6 } : i)) }));
  tab("刷新");
  fireEvent.click(screen.getByRole("button", { name: "刷新链接表格" }));
  expect(await screen.findByText(/^已刷新 1 个表格：更新 1 处，保留手工修改 0 处/)).toBeInTheDocument();
  const [change] = within(screen.getByRole("list", { name: "变更明细" })).getAllByRole("listitem");
  expect(change).toHaveTextContent(/^已更新5G基站建成数列目标值原值 → 新值5 → 6表格目标表原因目录版本 fixture-1 → fixture-2/);
  expect(wb.sheet("It's 目标").value(1, col("value"))).toBe(6);
  expect(wb.sheet("It's 目标").value(1, col("actual"))).toBe(4.8);
});

test("refresh offers rows for indicators new in the catalogue and adds them only when asked", async () => {
  const full = planCatalogue();
  const earlier = { ...full, version: "fixture-0", indicators: full.indicators.filter((i) => i.id !== "zj-xwy") };
  const { wb, store } = renderPane({ bundled: earlier });
  const { table, rows } = await insertZhejiang2020(wb);

  act(() => store.setCatalogue(full));
  tab("刷新");
  fireEvent.click(screen.getByRole("button", { name: "刷新链接表格" }));
  expect(await screen.findByText(/^已刷新 1 个表格：更新 0 处，保留手工修改 0 处，已消失指标 0 个，目录新增 1 个。$/)).toBeInTheDocument();
  expect(within(screen.getByRole("list", { name: "变更明细" })).getAllByRole("listitem")[0]).toHaveTextContent(/^目录新增小微企业园新增数原值 → 新值— → 200表格目标_浙江省_2020原因.*不会自动加行/);
  expect(table.rect.rows).toBe(rows);

  fireEvent.click(screen.getByRole("button", { name: "添加 1 个新指标的行" }));
  expect(await screen.findByText("已在表格末尾添加 1 行，新行的指标名已标出。")).toBeInTheDocument();
  expect(table.rect.rows).toBe(rows + 1);
  expect(table.sheet.value(rows, col("id"))).toBe("zj-xwy");
  expect(screen.queryByRole("button", { name: /个新指标的行$/ })).toBeNull();
});

test("a hosted catalogue gives another figure: refresh updates the row and offers no second row for the bundled figure", async () => {
  const { wb, catalogue, fetch } = renderPane();
  const { table, rows } = await insertZhejiang2020(wb);

  // The organisation's copy of the bundled catalogue says 6万个 where the bundled plan says 5万个.
  const hosted = { ...catalogue, version: "hosted-2", indicators: catalogue.indicators.map((i) => (i.id === "zj-5g-2020" ? { ...i, value: 6 } : i)) };
  fetch.mockResolvedValue(answer(JSON.stringify(hosted)));
  tab("设置");
  fireEvent.click(screen.getByRole("radio", { name: "托管的目录（网址）" }));
  fireEvent.change(screen.getByRole("textbox", { name: "目录网址" }), { target: { value: "https://example.org/c.json" } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  await screen.findByText(/目录已加载/);

  tab("刷新");
  fireEvent.click(screen.getByRole("button", { name: "刷新链接表格" }));
  expect(await screen.findByText(/^已刷新 1 个表格：更新 1 处，保留手工修改 0 处，已消失指标 0 个，目录新增 0 个。$/)).toBeInTheDocument();
  const changes = within(screen.getByRole("list", { name: "变更明细" })).getAllByRole("listitem");
  expect(changes).toHaveLength(1);
  expect(changes[0]).toHaveTextContent(/^已更新5G基站建成数列目标值原值 → 新值5 → 6.*目录中另有 5万个/);
  expect(screen.queryByRole("button", { name: /个新指标的行$/ })).toBeNull();
  expect(table.rect.rows).toBe(rows);
});

test("insert by region and year at the selection: a protected sheet gets the Chinese message and no write", async () => {
  const { wb } = renderPane();
  wb.sheet("Sheet1").protected = true;
  const before = wb.snapshot();
  tab("插入");
  fireEvent.click(screen.getByRole("radio", { name: "当前选中的单元格" }));
  fireEvent.change(screen.getByRole("combobox", { name: "地区" }), { target: { value: "嘉兴市" } });
  expect(screen.getByText("将插入 2 行")).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "插入目标表" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/^工作表「Sheet1」受保护，无法插入表格；请撤销工作表保护，或改为插入到新工作表。$/);
  expect(wb.snapshot()).toBe(before);
});

test("refresh with a restructured table reports it; nothing changes", async () => {
  const { wb } = renderPane();
  tab("插入");
  fireEvent.click(screen.getByRole("button", { name: "插入目标表" }));
  await screen.findByText(/^已插入表格/);
  const [table] = wb.tables;
  wb.put(table.sheet.name, 0, col("quote"), [["出处"]]);
  const before = wb.snapshot();
  tab("刷新");
  fireEvent.click(screen.getByRole("button", { name: "刷新链接表格" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(`以下链接表格的列被删除或改名，未做任何修改：「${table.name}」缺少 原文`);
  expect(wb.snapshot()).toBe(before);
});

test("check figures in the user's own layout and mark the one that differs", async () => {
  const { wb } = renderPane();
  wb.put("Sheet1", 1, 1, [
    ["地区", "指标", "年度", "数值"],
    ["浙江省", "5G基站", 2020, 5],
    ["浙江省", "标志性产业链", 2020, 12],
    ["浙江省", "没有的指标", 2020, 1],
  ]);
  wb.select("Sheet1", { row: 1, col: 1, rows: 4, cols: 4 });
  tab("核对");
  fireEvent.click(screen.getByRole("button", { name: "读取选中区域" }));
  expect(await screen.findByText("已读取 Sheet1!B2:E5（4 行）")).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "数值所在列" })).toHaveDisplayValue("E 数值");
  expect(screen.getByRole("combobox", { name: "地区所在列（可选）" })).toHaveDisplayValue("B 地区");
  fireEvent.click(screen.getByRole("button", { name: "核对" }));
  expect(await screen.findByText("一致 1，不一致 1，未找到 1")).toBeInTheDocument();
  const results = within(screen.getByRole("list", { name: "核对" })).getAllByRole("listitem");
  expect(results.map((r) => r.textContent)).toEqual([
    "一致5G基站行3数值5",
    expect.stringMatching(/^不一致标志性产业链行4数值12说明不一致：目录值为 10条/),
    expect.stringMatching(/^未找到没有的指标行5数值1说明/),
  ]);
  fireEvent.click(screen.getByRole("checkbox", { name: "添加批注" }));
  fireEvent.click(screen.getByRole("button", { name: "标记不一致的单元格" }));
  expect(await screen.findByText("已标记 1 个单元格。")).toBeInTheDocument();
  expect(wb.sheet("Sheet1").fills.get(3 * 16384 + 4)).toBe("#F8CBAD");
  expect(wb.comments).toEqual([expect.objectContaining({ row: 3, col: 4, content: expect.stringMatching(/^不一致：目录值为 10条/) })]);
});

test("a bad address gets a clear message", async () => {
  renderPane();
  tab("核对");
  fireEvent.change(screen.getByRole("textbox", { name: "或输入地址" }), { target: { value: "'Sheet1'!A1:" } });
  fireEvent.click(screen.getByRole("button", { name: "读取地址" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/^无法识别地址「'Sheet1'!A1:」/);
});

test("settings load from the workbook, install names, and go back to the workbook on save", async () => {
  const { wb, store } = renderPane({
    wb: (() => {
      const w = new (require("../excel/fakeExcel").FakeWorkbook)(["Sheet1"]);
      w.settings.set("PlanTargets.settings", JSON.stringify({ defaultRegion: "嘉兴市", tolerance: 0.1, catalogueUrl: null }));
      return w;
    })(),
  });
  await waitFor(() => expect(store.settings).toEqual({ defaultRegion: "嘉兴市", tolerance: 0.1 }));
  tab("设置");
  expect(screen.getByRole("combobox", { name: "默认地区" })).toHaveValue("嘉兴市");
  expect(screen.getByRole("spinbutton", { name: "“左右”容差（%）" })).toHaveValue(10);
  fireEvent.change(screen.getByRole("spinbutton", { name: "“左右”容差（%）" }), { target: { value: "80" } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/^容差应为 0 到 50 之间的百分数/);
  fireEvent.change(screen.getByRole("spinbutton", { name: "“左右”容差（%）" }), { target: { value: "3" } });
  fireEvent.change(screen.getByRole("combobox", { name: "默认地区" }), { target: { value: "浙江省" } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByText("设置已保存到工作簿。")).toBeInTheDocument();
  expect(JSON.parse(wb.settings.get("PlanTargets.settings") as string)).toEqual({ defaultRegion: "浙江省", tolerance: 0.03, catalogueUrl: null });
  expect(store.settings).toEqual({ defaultRegion: "浙江省", tolerance: 0.03 });

  wb.names.set("completion", { name: "COMPLETION", formula: "=1", comment: "" });
  fireEvent.click(screen.getByRole("button", { name: "安装公式名称" }));
  expect(await screen.findByText(/^已添加 4 个，更新 0 个，已是最新 0 个。 以下名称已被您用作其他用途，未改动：COMPLETION$/)).toBeInTheDocument();
  expect(wb.settings.has(linkKey("x"))).toBe(false);
});
