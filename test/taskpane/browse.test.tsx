/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane } from "./paneHarness";

const DOC = "浙江省2020年计划\n一、总体要求\n加快数字基础设施建设，建成5G基站5万个，推动千兆宽带进小区。\n二、重点任务\n";

test("search with the PLANTARGET matching, filters, and value, unit and qualifier in each result", async () => {
  renderPane();
  fireEvent.change(screen.getByRole("searchbox", { name: "搜索指标名称或别名" }), { target: { value: "５Ｇ基站" } });
  const list = screen.getByRole("list", { name: "搜索结果" });
  const found = within(list).getAllByRole("listitem").map((li) => li.textContent);
  expect(found).toHaveLength(3);
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^5G基站建成数 浙江省 202212万个/), expect.stringMatching(/^5G基站建成数 嘉兴市 20205000个/)]));
  fireEvent.change(screen.getByRole("combobox", { name: "地区" }), { target: { value: "嘉兴市" } });
  expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  expect(within(list).getByRole("listitem")).toHaveTextContent("5000个");
  fireEvent.change(screen.getByRole("combobox", { name: "地区" }), { target: { value: "" } });
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });
  fireEvent.change(screen.getByRole("combobox", { name: "属性" }), { target: { value: "约束性" } });
  expect(within(list).getByRole("listitem")).toHaveTextContent(/细颗粒物.*30微克\/立方米 以下/);
});

test("the card: quote highlighted in its paragraph, actuals with completion, formula copied", async () => {
  const { catalogue } = renderPane({ documents: { "000_plan.txt": DOC } });
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.assign(navigator, { clipboard: { writeText } });
  fireEvent.click(screen.getByRole("button", { name: "查看 5G基站建成数（浙江省 2020）" }));
  const card = screen.getByRole("region", { name: "指标详情" });
  const paragraph = within(card).getByLabelText("原文");
  await waitFor(() => expect(paragraph).toHaveTextContent("加快数字基础设施建设，建成5G基站5万个，推动千兆宽带进小区。"));
  expect(paragraph.querySelector("mark")).toHaveTextContent(/^建成5G基站5万个$/);
  expect(card).toHaveTextContent(catalogue.documents[0].title);
  const actuals = within(card).getByRole("table", { name: "实际完成" });
  expect(actuals).toHaveTextContent("2020-0954000个108.0%");
  fireEvent.click(within(card).getByRole("button", { name: "复制公式" }));
  await waitFor(() => expect(writeText).toHaveBeenCalledWith('=PLANTARGET("5G基站建成数",2020,"浙江省")'));
  expect(await within(card).findByText(/已复制/)).toBeInTheDocument();
});

test("the card says so when the document's text cannot be fetched, and shows the quote alone", async () => {
  renderPane({ documents: async () => Promise.reject(new Error("404 Not Found")) });
  fireEvent.click(screen.getByRole("button", { name: "查看 5G基站建成数（浙江省 2020）" }));
  const card = screen.getByRole("region", { name: "指标详情" });
  expect(await within(card).findByRole("note")).toHaveTextContent("未能加载原文全文，仅显示引文。");
  expect(within(card).getByLabelText("原文")).toHaveTextContent(/^建成5G基站5万个$/);
  expect(card).toHaveTextContent("目录层随插件目录");
});

test("a document shipped without the quote in it (another edition) gets the same note", async () => {
  renderPane({ documents: { "000_plan.txt": "浙江省2020年计划\n另一个版本的正文。\n" } });
  fireEvent.click(screen.getByRole("button", { name: "查看 5G基站建成数（浙江省 2020）" }));
  const card = screen.getByRole("region", { name: "指标详情" });
  expect(await within(card).findByRole("note")).toHaveTextContent("未能加载原文全文");
  expect(within(card).getByLabelText("原文").querySelector("mark")).toHaveTextContent(/^建成5G基站5万个$/);
});

test("conflicting figures side by side with their documents; formula written into the active cell", async () => {
  const { wb } = renderPane();
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: "产业链协同创新" } });
  fireEvent.click(screen.getAllByRole("button", { name: /^查看 产业链协同创新项目数/ })[0]);
  const card = screen.getByRole("region", { name: "指标详情" });
  const figures = within(card).getByRole("table", { name: "各文件的数字" });
  const rows = within(figures).getAllByRole("row").slice(1).map((r) => r.textContent);
  expect(rows).toEqual([expect.stringMatching(/^60项.*计划）随插件目录$/), expect.stringMatching(/^50项.*讲话）随插件目录$/)]);
  fireEvent.click(within(card).getByRole("button", { name: "写入当前单元格" }));
  expect(await within(card).findByText("已写入 Sheet1!A1")).toBeInTheDocument();
  expect(wb.sheet("Sheet1").formula(0, 0)).toMatch(/^=PLANTARGET\("产业链协同创新项目数",2020/);
  // A second time the cell is taken: refused, not overwritten.
  fireEvent.click(within(card).getByRole("button", { name: "写入当前单元格" }));
  expect(await within(card).findByRole("alert")).toHaveTextContent(/^当前单元格 Sheet1!A1 不是空的/);
});

test("English when Office speaks English; another feature's section sits before Settings", () => {
  renderPane({ lang: "en", extraTabs: [{ id: "notes", label: ["备注", "Notes"], render: () => <p>notes here</p> }] });
  expect(screen.getAllByRole("tab").map((t) => t.getAttribute("value"))).toEqual(["browse", "insert", "refresh", "check", "import", "notes", "settings"]);
  fireEvent.click(screen.getByRole("tab", { name: "Notes" }));
  expect(screen.getByRole("tabpanel", { name: "Notes" })).toHaveTextContent("notes here");
  fireEvent.click(screen.getByRole("tab", { name: "Import" }));
  expect(screen.getByRole("tabpanel", { name: "Import" })).toHaveTextContent(/^Import documents.*kept only for this session/);
  fireEvent.click(screen.getByRole("tab", { name: "Browse" }));
  for (const name of ["Browse", "Insert", "Refresh", "Check", "Import", "Settings"]) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
  expect(screen.getByRole("searchbox", { name: "Search indicator names and aliases" })).toBeInTheDocument();
});

test("keyboard and screen readers: native focusable controls, every one named", () => {
  renderPane();
  const tabs = screen.getAllByRole("tab");
  for (const tab of tabs) expect(tab.tagName).toBe("BUTTON");
  act(() => tabs[1].focus());
  expect(tabs[1]).toHaveFocus();
  fireEvent.click(tabs[1]);
  expect(screen.getByRole("tabpanel", { name: "插入" })).toBeInTheDocument();
  for (const panel of ["浏览", "插入", "核对", "设置"]) {
    fireEvent.click(screen.getByRole("tab", { name: panel }));
    const controls = screen.getByRole("tabpanel").querySelectorAll("button, input, select");
    expect(controls.length).toBeGreaterThan(2);
    for (const el of controls) expect(el).toHaveAccessibleName();
  }
});
