import { readFileSync } from "fs";
import { join } from "path";
import { extractDocument } from "../../src/extract";
import { ImportError } from "../../src/import/errors";
import { NO_TARGETS_NOTICE, pasteFileName, runImport, type ImportProgress } from "../../src/import/job";
import { readImportFile } from "../../src/import/readFile";
import { CHUNK_CHARS } from "../../src/import/chunks";

const seed = (name: string) => readFileSync(join(__dirname, "../../seeds", name), "utf8");
const PLAN = seed("000_0468f6baac3c2632.txt");
const OUTLINE = seed("003_6128573e10d0dce7.txt");
const JIAXING = seed("004_46d2d27f9c5ccf95.txt");

function expectQuotesInText(text: string, records: Array<{ quote: string; offset: number }>): void {
  for (const r of records) expect(text.slice(r.offset, r.offset + r.quote.length)).toBe(r.quote);
}

describe("runImport", () => {
  it("reads one pasted document as the extractor does, named after its text", () => {
    const outcome = runImport({ text: PLAN, file: pasteFileName(PLAN) });
    const direct = extractDocument(PLAN, { file: pasteFileName(PLAN) });
    expect(outcome.documents).toHaveLength(1);
    expect(outcome.documents[0].extraction.targets).toEqual(direct.targets);
    expect(outcome.documents[0].extraction.doc).toMatchObject({ region: "浙江省", year: 2020, kind: "plan" });
    expect(outcome.notices).toEqual([]);
    expect(pasteFileName(PLAN)).toMatch(/^粘贴-[0-9a-f]{8}\.txt$/);
  });

  it("splits documents pasted together and reads each on its own, saying so", () => {
    const text = `${PLAN}\n\n${JIAXING}`;
    const outcome = runImport({ text, file: "粘贴.txt" });
    expect(outcome.documents.map((d) => [d.extraction.doc.file, d.extraction.doc.region])).toEqual([
      ["粘贴-1.txt", "浙江省"],
      ["粘贴-2.txt", "嘉兴市"],
    ]);
    expect(outcome.documents.map((d) => d.text).join("")).toBe(text);
    for (const d of outcome.documents) expectQuotesInText(d.text, d.extraction.targets);
    const figures = (targets: Array<{ quote: string; value: number }>) => targets.map((t) => [t.quote, t.value]);
    expect(figures(outcome.documents[1].extraction.targets)).toEqual(figures(extractDocument(JIAXING, { file: "004.txt" }).targets));
    expect(outcome.notices[0]).toMatch(/^检测到 2 篇文件连在一起.*Found 2 documents pasted together/);
    const whole = runImport({ text, file: "粘贴.txt", split: false });
    expect(whole.documents).toHaveLength(1);
  });

  it("says when a paste has no targets", () => {
    const outcome = runImport({ text: "浙江省2021年政府工作报告\n\n今天天气很好，我们去公园散步。\n", file: "a.txt" });
    expect(outcome.documents[0].extraction.targets).toEqual([]);
    expect(outcome.notices).toEqual([NO_TARGETS_NOTICE]);
  });

  it("asks for region and year when the text does not say them, and uses them when given", () => {
    const body = "全年新增高新技术企业4000家、科技型中小企业10000家。\n";
    const unknown = runImport({ text: body, file: "a.txt" });
    expect(unknown.documents).toEqual([]);
    expect(unknown.failures[0].message).toMatch(/请在上方填写地区和年份.*fill in the region and year/);
    const given = runImport({ text: body, file: "a.txt", region: "安徽省", year: 2022 });
    expect(given.documents[0].extraction.doc).toMatchObject({ region: "安徽省", year: 2022 });
    expect(given.documents[0].extraction.targets.map((t) => t.value)).toEqual([4000, 10000]);
  });

  it("refuses an empty paste with a clear message", () => {
    expect(() => runImport({ text: "  \n ", file: "a.txt" })).toThrow(ImportError);
    expect(() => runImport({ text: "  \n ", file: "a.txt" })).toThrow(/没有可识别的文字.*There is no text to read/);
  });

  it("reads a 5 MB paste chunk by chunk, reporting progress to the end, quotes intact", () => {
    const body = OUTLINE.slice(OUTLINE.indexOf("\n", 200)); // without its title: one long document
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(body));
    const text = `浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n${body.repeat(copies)}`;
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const progress: ImportProgress[] = [];
    const outcome = runImport({ text, file: "big.txt" }, (p) => progress.push(p));
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor(text.length / CHUNK_CHARS));
    for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done);
    expect(progress[progress.length - 1]).toEqual({ done: text.length, total: text.length, document: 1, documents: 1 });
    const { extraction, text: docText } = outcome.documents[0];
    expectQuotesInText(docText, extraction.targets);
    expectQuotesInText(docText, extraction.actuals);
    for (const a of extraction.actuals) if (a.targetIndex !== null) expect(extraction.targets[a.targetIndex]).toBeDefined();
    // Chunks end before headings, so reading in chunks finds what reading the whole text finds.
    expect(extraction.targets.length).toBe(extractDocument(text, { file: "big.txt" }).targets.length);
  });
});

describe("readImportFile", () => {
  it("decodes GBK text", async () => {
    // "浙江省2021年计划" in GBK.
    const gbk = new Uint8Array([0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1, 0x32, 0x30, 0x32, 0x31, 0xc4, 0xea, 0xbc, 0xc6, 0xbb, 0xae]);
    await expect(readImportFile("计划.txt", gbk)).resolves.toBe("浙江省2021年计划");
  });

  it("passes on decodeDocument's message for an empty or binary .txt, and names unsupported types", async () => {
    await expect(readImportFile("a.txt", new Uint8Array())).rejects.toThrow(/文件为空.*The file is empty/);
    await expect(readImportFile("a.txt", new Uint8Array([1, 2, 0, 4]))).rejects.toThrow(/二进制文件/);
    await expect(readImportFile("a.pdf", new TextEncoder().encode("%PDF-1.4"))).rejects.toThrow(/不支持 \.pdf 文件.*\.pdf files are not supported/);
  });

  it("reads a .doc name holding an OLE file as the old Word format it is", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readImportFile("计划.doc", ole)).rejects.toThrow(/旧版 Word 格式/);
  });
});
