/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import type { Catalogue } from "../../src/core/types";
import { layerOf } from "../../src/import/layers";
import { MemoryCatalogueStore } from "../../src/import/memoryStore";
import { planCatalogue } from "../fixtures/planCatalogue";
import { answer, renderPane } from "./paneHarness";

// The Import panel's extraction decodes text with the encoding API, which jsdom lacks.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

/** This workbook's own import: 5G基站 for 浙江省 2020 at 6万个, where the bundled plan says 5万个. */
function imported(): Catalogue {
  const bundled = planCatalogue();
  const fiveG = bundled.indicators.find((i) => i.id === "zj-5g-2020")!;
  return {
    ...bundled,
    version: "imported-1",
    documents: [{ id: "imported", file: "imported.txt", title: "浙江省2020年补充计划", region: "浙江省", year: 2020, kind: "plan" }],
    indicators: [{ ...fiveG, value: 6, sources: [{ doc: "imported.txt", quote: "建成5G基站6万个", offset: 0 }], actuals: [], conflict: [] }],
  };
}

test("the workbook's imported entries join the catalogue; the card names each entry's layer and sets layers' figures side by side", async () => {
  const { store } = renderPane({ workbookCatalogue: new MemoryCatalogueStore(imported()) });
  await waitFor(() => expect(store.catalogue?.documents.map((d) => d.file)).toContain("imported.txt"));
  const catalogue = store.catalogue as Catalogue;
  const zj = catalogue.indicators.find((i) => i.id === "zj-5g-2020")!;
  expect([zj.value, layerOf(zj, catalogue)]).toEqual([6, "workbook"]);

  fireEvent.change(screen.getByRole("searchbox", { name: "搜索指标名称或别名" }), { target: { value: "5G基站" } });
  fireEvent.click(screen.getAllByRole("button", { name: "查看 5G基站建成数（浙江省 2020）" })[0]);
  const card = screen.getByRole("region", { name: "指标详情" });
  expect(card).toHaveTextContent("目录层本工作簿导入");
  // An imported document's text is not shipped with the add-in: the quote stands alone, and the card says so.
  expect(await within(card).findByRole("note")).toHaveTextContent("未能加载原文全文，仅显示引文。");
  const figures = within(card).getByRole("table", { name: "各文件的数字" });
  const rows = within(figures).getAllByRole("row").map((r) => r.textContent);
  expect(rows[0]).toBe("数值文件目录层");
  expect(rows.slice(1)).toEqual([expect.stringMatching(/^6万个.*补充计划（计划）本工作簿导入$/), expect.stringMatching(/^5万个.*（计划）.*随插件目录$/)]);
});

test("a workbook layer that cannot be read: its error in the status area, Chinese first, the bundled catalogue still answers", async () => {
  const broken = { load: async () => Promise.reject(new Error("工作簿中保存的导入目录无法读取。The imported catalogue saved in this workbook cannot be read. bad XML")), save: async () => undefined };
  const { store, catalogue } = renderPane({ workbookCatalogue: broken });
  expect(await screen.findByRole("alert")).toHaveTextContent(/^无法读取本工作簿中导入的条目.*Entries imported into this workbook could not be read.*工作簿中保存的导入目录无法读取。.*bad XML$/);
  expect(store.catalogue).toBe(catalogue);
});

test("without a workbook store the Import tab works before any catalogue, says entries last this session only, and saved entries answer at once", async () => {
  const { store } = renderPane({ bundled: null });
  tab("导入");
  expect(screen.getByText(/^此环境无法把导入的条目保存到工作簿：条目仅在本次会话中保留/)).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText("粘贴文件正文"), { target: { value: "浙江省2021年国民经济和社会发展计划\n\n全年新增高新技术企业4000家。建成5G基站2万个。\n" } });
  fireEvent.click(screen.getByText("识别目标"));
  await screen.findByText("核对识别结果", {}, { timeout: 10000 });
  fireEvent.click(screen.getByText("全部接受"));
  fireEvent.click(screen.getByText("保存（仅本次会话）"));
  expect(await screen.findByText(/^已保存 2 项目标，仅在本次会话中有效/)).toBeInTheDocument();
  const catalogue = store.catalogue as Catalogue;
  expect(catalogue.indicators.map((i) => [i.region, i.year, i.value, layerOf(i, catalogue)])).toEqual(
    expect.arrayContaining([["浙江省", 2021, 4000, "workbook"], ["浙江省", 2021, 2, "workbook"]]),
  );
  tab("浏览");
  expect(screen.getByRole("list", { name: "搜索结果" })).toHaveTextContent("4000家");
});

test("a hosted catalogue is the organisation layer over the bundled one; dropping it leaves the bundled catalogue as it was", async () => {
  const bundled = planCatalogue();
  const hosted: Catalogue = {
    ...bundled,
    version: "hosted-7",
    documents: [{ id: "org", file: "org.txt", title: "组织汇编目录", region: "浙江省", year: 2020, kind: "plan" }],
    indicators: [{ ...bundled.indicators[0], id: "org-1", name: "组织指标", aliases: [], sources: [{ doc: "org.txt", quote: "组织指标5万个", offset: 0 }], actuals: [] }],
  };
  const { store, catalogue, fetch } = renderPane();
  fetch.mockResolvedValue(answer(JSON.stringify(hosted)));
  tab("设置");
  fireEvent.click(screen.getByRole("radio", { name: "托管的目录（网址）" }));
  fireEvent.change(screen.getByRole("textbox", { name: "目录网址" }), { target: { value: "https://example.org/c.json" } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByText("设置已保存到工作簿。 目录已加载：1 个指标（版本 hosted-7）。")).toBeInTheDocument();
  const composed = store.catalogue as Catalogue;
  expect(composed.indicators).toHaveLength(bundled.indicators.length + 1);
  expect(layerOf(composed.indicators.find((i) => i.id === "org-1")!, composed)).toBe("organisation");
  expect(layerOf(composed.indicators.find((i) => i.id === "zj-5g-2020")!, composed)).toBe("bundled");

  // Another URL that answers with a web page and was never loaded before: the organisation layer in use stays.
  fetch.mockResolvedValue(answer("<!doctype html><p>Sign in</p>"));
  fireEvent.change(screen.getByRole("textbox", { name: "目录网址" }), { target: { value: "https://example.org/other.json" } });
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/收到的是网页（HTML）.*仍在使用上一次成功获取的目录。$/);
  expect(store.catalogue).toBe(composed);

  fireEvent.click(screen.getByRole("radio", { name: "随插件附带的目录" }));
  fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
  await waitFor(() => expect(store.catalogue).toBe(catalogue));
});
