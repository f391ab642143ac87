import JSZip from "jszip";
import { checkDocxContainer, docxToText, MAX_UNPACKED_BYTES } from "../../src/import/docx";
import { ImportError } from "../../src/import/errors";
import { runImport } from "../../src/import/job";
import { readImportFile } from "../../src/import/readFile";
import { buildDocx, buildZipBomb, paragraph, table } from "./docxFixture";

async function messageOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error("expected an ImportError");
}

describe("docxToText", () => {
  it("reads paragraphs, and tables one cell per line with empty and merged cells kept in place", async () => {
    const bytes = await buildDocx(
      paragraph("浙江省2021年国民经济和社会发展计划") +
        paragraph("全年新增高新技术企业4000家。") +
        table([
          [{ paragraphs: ["指标"] }, { paragraphs: ["2020年"] }, { paragraphs: ["属性"] }],
          [{ paragraphs: ["地区生产总值", "(亿元)"], mergeStart: true }, { paragraphs: ["64613"] }, { paragraphs: [] }],
          [{ merged: true }, { paragraphs: ["6.5%"] }, { paragraphs: ["预期性"] }],
        ]),
    );
    const text = await docxToText(bytes);
    expect(text.trimEnd().split("\n\n").map((l) => l.trim())).toEqual([
      "浙江省2021年国民经济和社会发展计划",
      "全年新增高新技术企业4000家。",
      "指标",
      "2020年",
      "属性",
      "地区生产总值(亿元)",
      "64613",
      "",
      "6.5%",
      "预期性",
    ]);
  });

  it("says a renamed .doc is an old Word file", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = await messageOf(docxToText(ole));
    expect(message).toMatch(/^该文件是旧版 Word 格式（\.doc，哪怕扩展名是 \.docx）/);
    expect(message).toContain("This file is an old-format Word document (.doc, even if named .docx)");
  });

  it("refuses a zip bomb from its directory, before inflating anything", async () => {
    const bomb = await buildZipBomb(24);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const message = await messageOf(docxToText(bomb));
    expect(message).toContain("压缩炸弹");
    expect(message).toContain("zip bomb");
    expect(message).toContain("word/document.xml: 24.0 MB");
  });

  it("refuses an archive whose directory declares more than the unpacked limit in total", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 3; i++) zip.file(`word/media/image${i}.bin`, new Uint8Array(1000));
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    // Rewrite the declared sizes in the central directory (PK\1\2): a lying archive, as attackers make them.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 4 <= bytes.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 20, 0x7fffffff, true);
        view.setUint32(at + 24, 0x7fffffff, true);
      }
    }
    expect(() => checkDocxContainer(bytes)).toThrow(`> ${(MAX_UNPACKED_BYTES / 1024 / 1024).toFixed(1)} MB`);
  });

  it("says what is wrong with RTF, a truncated zip, a non-zip and a zip that is not Word", async () => {
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi 浙江}");
    expect(() => checkDocxContainer(rtf)).toThrow(/RTF/);
    const good = await buildDocx(paragraph("x"));
    expect(() => checkDocxContainer(good.subarray(0, good.length - 30))).toThrow(/已损坏.*damaged/);
    expect(() => checkDocxContainer(new TextEncoder().encode("hello"))).toThrow(/no zip header/);
    const xlsx = new JSZip();
    xlsx.file("xl/workbook.xml", "<workbook/>");
    const notWord = await xlsx.generateAsync({ type: "uint8array" });
    expect(() => checkDocxContainer(notWord)).toThrow(/word\/document\.xml/);
  });
});

describe("a .docx through the extractor", () => {
  it("yields the targets of its paragraphs and of its table rows", async () => {
    const cells = (...texts: string[]) => texts.map((t) => ({ paragraphs: t ? [t] : [] }));
    const bytes = await buildDocx(
      paragraph("安徽省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要") +
        paragraph("到2025年，全省新增高新技术企业5000家以上。") +
        paragraph("专栏 1 “十四五”时期经济社会发展主要指标") +
        table([
          cells("类别", "序号", "指  标", "2020年", "2025年", "年均/累计", "属性"),
          [{ paragraphs: ["经济发展"], mergeStart: true }, ...cells("1", "常住人口城镇化率(%)", "58.3", "65左右", "", "预期性")],
          [{ merged: true }, ...cells("2", "人才资源总量(万人)", "1000", "1300", "", "预期性")],
        ]),
    );
    const text = await readImportFile("规划.docx", bytes);
    const outcome = runImport({ text, file: "规划.docx" });
    const { doc, targets } = outcome.documents[0].extraction;
    expect(doc).toMatchObject({ region: "安徽省", year: 2025, kind: "outline" });
    expect(targets.map((t) => [t.subject, t.value, t.unit, t.baseline, t.attribute, t.qualifier])).toEqual([
      ["高新技术企业", 5000, "家", null, null, "at_least"],
      ["常住人口城镇化率", 65, "%", 58.3, "预期性", "about"],
      ["人才资源总量", 1300, "万人", 1000, "预期性", "exact"],
    ]);
  });
});
