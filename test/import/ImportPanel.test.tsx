/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder, TextEncoder } from "util";
import type { Catalogue } from "../../src/core/types";
import { CANCELLED } from "../../src/import/client";
import { MemoryCatalogueStore } from "../../src/import/memoryStore";
import type { RunMessage, WorkerReply } from "../../src/import/protocol";
import { I18nContext, i18n } from "../../src/taskpane/i18n";
import { ImportPanel } from "../../src/taskpane/import/ImportPanel";
import { catalogueOf, target } from "./catalogues";

// jsdom lacks two APIs every browser has: the encoding API (decodeDocument) and ResizeObserver (Fluent's MessageBar).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { TextDecoder, TextEncoder, ResizeObserver: NoResizeObserver });
// Fluent's CSS-in-JS makes jsdom's getComputedStyle slow, and role queries call it for every element and name:
// skip their visibility check, and find named controls by label (aria-label, aria-labelledby) or text instead.
configure({ defaultHidden: true });

const seed = (name: string) => readFileSync(join(__dirname, "../../seeds", name), "utf8");
const PLAN = seed("000_0468f6baac3c2632.txt");
const JIAXING = seed("004_46d2d27f9c5ccf95.txt");
/** Small enough that role queries stay quick in jsdom: four targets. */
const SHORT = "浙江省2021年国民经济和社会发展计划\n\n全年新增高新技术企业4000家、科技型中小企业10000家。建成5G基站2万个。城镇调查失业率控制在5%以内。\n";

function setup(store = new MemoryCatalogueStore()) {
  const saved: Catalogue[] = [];
  const downloads: Array<{ file: string; text: string }> = [];
  render(<ImportPanel store={store} onSaved={(c) => saved.push(c)} download={(file, text) => downloads.push({ file, text })} />);
  return { store, saved, downloads };
}

async function extract(text: string) {
  fireEvent.change(screen.getByLabelText("粘贴文件正文"), { target: { value: text } });
  fireEvent.click(screen.getByText("识别目标"));
  await screen.findByText("核对识别结果", {}, { timeout: 10000 });
}

function rowOf(name: string): HTMLElement {
  return screen.getAllByLabelText(`接受 ${name}`)[0].closest("tr") as HTMLElement;
}

describe("ImportPanel", () => {
  it("finds the targets of a paste, and saves the accepted, edited ones to the workbook", async () => {
    const { store, saved } = setup();
    await extract(SHORT);
    expect(screen.getByText(/^已接受 0，已拒绝 0，待定 \d+$/)).toBeTruthy();
    const rows = screen.getAllByLabelText(/^接受 /);
    const names = rows.map((b) => b.getAttribute("aria-label")!.slice(3));
    const [first, second, third] = names.filter((n, i) => n && names.indexOf(n) === i);

    fireEvent.click(screen.getByLabelText(`接受 ${first}`));
    expect(screen.getByLabelText(`接受 ${first}`).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByLabelText(`拒绝 ${third}`));

    fireEvent.click(screen.getByLabelText(`编辑 ${second}`));
    const editor = screen.getByLabelText(`正在编辑：${second}`);
    const value = within(editor).getByLabelText("数值") as HTMLInputElement;
    expect(document.activeElement).toBe(within(editor).getByLabelText("名称"));
    fireEvent.change(value, { target: { value: "12345" } });
    fireEvent.keyDown(value, { key: "Enter" });
    expect(screen.queryByLabelText(`正在编辑：${second}`)).toBeNull();
    expect(within(rowOf(second)).getByText(/^12345/)).toBeTruthy();

    fireEvent.click(screen.getByText("保存到工作簿"));
    await screen.findByText(/^已保存 2 项目标到工作簿/);
    const stored = (await store.load())!;
    expect(stored.indicators.map((i) => i.name).sort()).toEqual([first, second].sort());
    expect(stored.indicators.find((i) => i.name === second)!.value).toBe(12345);
    expect(stored.documents[0]).toMatchObject({ region: "浙江省", year: 2021, layer: "workbook" });
    expect(saved).toEqual([stored]);
  });

  it("refuses an invalid edit with its reason, and Escape leaves the entry as it was", async () => {
    setup();
    await extract(SHORT);
    const name = screen.getAllByLabelText(/^编辑 /)[0].getAttribute("aria-label")!.slice(3);
    fireEvent.click(screen.getAllByLabelText(`编辑 ${name}`)[0]);
    const editor = screen.getByLabelText(`正在编辑：${name}`);
    fireEvent.change(within(editor).getByLabelText("数值"), { target: { value: "很多" } });
    fireEvent.click(within(editor).getByText("保存"));
    expect(within(editor).getByRole("alert").textContent).toMatch(/目标值必须是数字.*must be a number/);
    fireEvent.keyDown(within(editor).getByLabelText("数值"), { key: "Escape" });
    expect(screen.queryByLabelText(`正在编辑：${name}`)).toBeNull();
    expect(document.activeElement).toBe(screen.getAllByLabelText(`编辑 ${name}`)[0]);
    expect(screen.getByText(/^已接受 0，/)).toBeTruthy();
  });

  it("fixes region and year for a whole document", async () => {
    const { store } = setup();
    await extract(SHORT);
    const section = screen.getByLabelText("浙江省2021年国民经济和社会发展计划");
    fireEvent.change(within(section).getByLabelText("地区"), { target: { value: "安徽省" } });
    fireEvent.change(within(section).getByLabelText("年份"), { target: { value: "2022" } });
    fireEvent.click(within(section).getByText("应用到整篇文件"));
    fireEvent.click(screen.getByText("全部接受"));
    fireEvent.click(screen.getByText("保存到工作簿"));
    await screen.findByText(/^已保存 4 项/);
    expect((await store.load())!.indicators.map((i) => [i.region, i.year])).toEqual(Array(4).fill(["安徽省", 2022]));
    fireEvent.change(within(section).getByLabelText("年份"), { target: { value: "明年" } });
    fireEvent.click(within(section).getByText("应用到整篇文件"));
    expect(within(section).getByRole("alert").textContent).toMatch(/年份应写作 2021.*The year must look like 2021/);
  });

  it("splits documents pasted together, and reads them as one when asked", async () => {
    setup();
    await extract(`${PLAN}\n${JIAXING}`);
    expect(screen.getByText(/^检测到 2 篇文件连在一起/)).toBeTruthy();
    expect(screen.getAllByRole("table")).toHaveLength(2);
    fireEvent.click(screen.getByText("作为一篇文件识别"));
    await waitFor(() => expect(screen.getAllByRole("table")).toHaveLength(1), { timeout: 10000 });
  });

  it("says when a paste has no targets, and when the text gives no region or year", async () => {
    setup();
    await extract("浙江省2021年政府工作报告\n\n今天天气很好。\n");
    expect(screen.getByText(/^没有找到量化目标/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("粘贴文件正文"), { target: { value: "全年新增高新技术企业4000家。" } });
    fireEvent.click(screen.getByText("识别目标"));
    expect(await screen.findByText(/请在上方填写地区和年份/, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.queryByText("核对识别结果")).toBeNull();
  });

  it("opens a GBK .txt file, and says what is wrong with a renamed .doc", async () => {
    setup();
    const input = screen.getByLabelText("打开 .txt 或 .docx 文件");
    // "浙江省2021年计划" in GBK.
    const gbk = new Uint8Array([0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1, 0x32, 0x30, 0x32, 0x31, 0xc4, 0xea, 0xbc, 0xc6, 0xbb, 0xae]);
    fireEvent.change(input, { target: { files: [new File([gbk], "计划.txt")] } });
    await waitFor(() => expect((screen.getByLabelText("粘贴文件正文") as HTMLTextAreaElement).value).toBe("浙江省2021年计划"));
    expect(screen.getByText("已读取文件：计划.txt")).toBeTruthy();
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fireEvent.change(input, { target: { files: [new File([ole], "计划.docx")] } });
    expect(await screen.findByText(/旧版 Word 格式/)).toBeTruthy();
  });

  it("exports the workbook layer with the accepted entries as catalogue JSON", async () => {
    const store = new MemoryCatalogueStore(catalogueOf("早先导入.txt", [target("独角兽企业", 5)]));
    const { downloads } = setup(store);
    fireEvent.click(screen.getByText("导出目录 JSON"));
    await screen.findByText(/^已导出 plantargets-catalogue-/);
    expect(JSON.parse(downloads[0].text).indicators).toHaveLength(1);
    await extract(SHORT);
    fireEvent.click(screen.getByText("全部接受"));
    fireEvent.click(screen.getByText("导出目录 JSON"));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const exported = JSON.parse(downloads[1].text) as Catalogue;
    expect(exported.documents.map((d) => d.file)).toContain("早先导入.txt");
    expect(exported.indicators).toHaveLength(5);
    expect(downloads[1].file).toBe(`plantargets-catalogue-${exported.version}.json`);
  });

  it("leaves the workbook as it was when saving fails", async () => {
    const store = new MemoryCatalogueStore(catalogueOf("早先导入.txt", [target("独角兽企业", 5)]));
    const before = await store.load();
    store.save = async () => {
      throw new Error("Excel 操作失败：GeneralException。工作簿未被修改。 The Excel operation failed: GeneralException. The workbook was not changed.");
    };
    const { saved } = setup(store);
    await extract(SHORT);
    fireEvent.click(screen.getByText("全部接受"));
    fireEvent.click(screen.getByText("保存到工作簿"));
    expect(await screen.findByText(/工作簿未被修改/)).toBeTruthy();
    expect(await store.load()).toEqual(before);
    expect(saved).toEqual([]);
  });

  it("shows the worker's progress and can cancel it", async () => {
    const posted: RunMessage[] = [];
    const worker = {
      onmessage: null as ((e: { data: WorkerReply }) => void) | null,
      onerror: null,
      postMessage: (m: RunMessage) => posted.push(m),
      terminate: jest.fn(),
    };
    render(<ImportPanel store={new MemoryCatalogueStore()} createWorker={() => worker as unknown as Worker} />);
    fireEvent.change(screen.getByLabelText("粘贴文件正文"), { target: { value: SHORT } });
    fireEvent.click(screen.getByText("识别目标"));
    expect(posted).toHaveLength(1);
    act(() => worker.onmessage!({ data: { type: "progress", id: posted[0].id, progress: { done: 450, total: 1000, document: 2, documents: 3 } } }));
    expect(screen.getByText("正在识别第 2/3 篇… 45%")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("识别目标").hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByText("取消"));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(worker.terminate).toHaveBeenCalled();
    expect(screen.queryByText(CANCELLED)).toBeNull();
  });

  it("speaks the pane's language", () => {
    render(
      <I18nContext.Provider value={i18n("en")}>
        <ImportPanel store={new MemoryCatalogueStore()} />
      </I18nContext.Provider>,
    );
    expect(screen.getByLabelText("Import documents")).toBeTruthy();
    expect(screen.getByText("Find targets")).toBeTruthy();
  });
});
