/**
 * Issue 2's provenance invariants, on the whole pipeline (extractDocument): for every target and
 * actual of every seed, every held-out document and random planning-like text, the quote is the
 * document's text at the record's offset, and the value is stated in the quote (as written: see
 * test/support/quoteValue.ts for the numeral forms read and the two values the extractor derives:
 * a fall answering a growth target, negative, and a doubling, 翻一番 → 2倍).
 */
import { readdirSync } from "fs";
import { join } from "path";
import { type DocExtraction, type DocumentMeta, extractDocument } from "../../src/extract";
import { readDocuments } from "../../src/node/documents";
import { SEEDS_DIR } from "../support/gold";
import { quoteStatesValue, statedValues } from "../support/quoteValue";

interface Doc {
  text: string;
  meta: DocumentMeta;
}

/** The records of a document's extraction that break an invariant, one line each. */
function violations(doc: Doc, { targets, actuals }: DocExtraction): string[] {
  const out: string[] = [];
  for (const [kind, records] of [["target", targets], ["actual", actuals]] as const) {
    for (const r of records) {
      const where = `${doc.meta.file} ${kind} ${r.value}${r.unit} @${r.offset} «${r.quote}»`;
      if (doc.text.slice(r.offset, r.offset + r.quote.length) !== r.quote) out.push(`${where}: quote is not the text at its offset`);
      else if (!quoteStatesValue(r.quote, r.value)) out.push(`${where}: value not stated in the quote`);
    }
  }
  return out;
}

/** The documents of a folder, by file name. */
function folderDocs(dir: string): Array<[string, Doc]> {
  return readDocuments([dir]).documents.map((d) => [d.meta.file, d]);
}

describe("the value-in-quote check itself", () => {
  it.each([
    ["地区生产总值增长7%左右", 7],
    ["新增5G基站2.38万个", 2.38],
    ["新增5G基站2.38万个", 23800],
    ["达到三分之二", 66.67],
    ["百分之五以上", 5],
    ["两成", 20],
    ["建成３５个", 35],
    ["争创1—2个", 2],
    ["同比下降4.1%", -4.1],
    ["二〇三五年", 2035],
  ])("%s states %s", (quote, value) => expect(quoteStatesValue(quote, value)).toBe(true));

  it.each([
    ["地区生产总值(亿元)", 7],
    ["到2035年", 35],
    ["增长8.5%", 5],
    ["二十五个", 15],
    ["增长4.1%", -4.1],
  ])("%s does not state %s", (quote, value) => expect(quoteStatesValue(quote, value)).toBe(false));

  it("reads every numeral expression of a quote", () => {
    expect(statedValues("新增3—5个，累计1.2万个")).toEqual([3, 5, 1.2, 12000]);
  });
});

describe("provenance invariants on every seed", () => {
  it.each(folderDocs(SEEDS_DIR))("%s", (_, doc) => {
    expect(violations(doc, extractDocument(doc.text, doc.meta))).toEqual([]);
  });
});

const heldoutSets = readdirSync(join(__dirname, "..")).filter((d) => /^heldout\d*$/.test(d));

describe.each(heldoutSets)("provenance invariants on %s", (set) => {
  it.each(folderDocs(join(__dirname, "..", set, "docs")))("%s", (_, doc) => {
    expect(violations(doc, extractDocument(doc.text, doc.meta))).toEqual([]);
  });
});

/** Pieces random documents are made of: planning phrases, numerals in every form read, table cells, noise. */
const PIECES = {
  lead: ["到2025年，", "全年", "力争", "确保", "2023年，", "“十四五”期间，", "今年", "其中", "年均", "每年", ""],
  verb: ["新增", "建成", "培育", "实现", "达到", "完成", "新建", "累计达到", "突破", "增长", "下降", "控制在", "占", "较2020年下降"],
  subject: ["高新技术企业", "5G基站", "地区生产总值", "城镇新增就业", "造林面积", "单位GDP能耗", "研发经费支出占GDP比重", "PM2.5平均浓度", "省级专精特新中小企业", "重大项目"],
  number: ["4000", "5.4", "三分之一", "百分之十五", "两成", "1—2", "3-5", "10余", "1900多", "１２", "一百二十", "0.3", "2.38", "12,000", "十"],
  unit: ["家", "个", "万个", "%", "亿元", "万人", "万亩", "个百分点", "微克/立方米", "项", "万吨标准煤", "公里", ""],
  tail: ["以上", "左右", "以内", "", "", "以下", "的目标", "，比计划目标（7.5%）低0.7个百分点", "，低于年初计划的6%", "，超过年度计划目标（增长10%）"],
  mark: ["。", "，", "；", "、", "\n", "\n\n", "。\n"],
  cell: ["序号", "指标", "2020年", "2025年", "年均增长（%）", "属性", "预期性", "约束性", "〔4.4〕", "—", "重点任务", "完成情况", "进展情况", "牵头单位", "1", "2", "3", "市发展改革委", "序时推进", "地区生产总值（亿元）", "6.5", "7左右", "18.2"],
  value: ["6.5", "7左右", "〔4.4〕", "-2.0", "下降0.3", "5-6", "53以上", "27以下", "１２", "—", "3.5万", "0"],
  noise: ["http://www.example.gov.cn/art/2021/1.html", "宁波限购政策2017", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】", "在已经为企业减负120亿元的基础上，", "首页 > 政务公开 > 规划计划", "2021-07-14", "第3页"],
};

/** A seeded PRNG (Park–Miller, exact in doubles): the same documents on every run. */
function prng(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

type Pick = <T>(list: readonly T[]) => T;

/** An indicator table flattened one cell per line: a random header, rows of names and value cells, some cells missing. */
function randomTable(rand: () => number, pick: Pick): string[] {
  const headers = [
    ["指标", "2020年", "2025年", "年均增长（%）", "属性"],
    ["序号", "指标", "2015年", "规划目标", "完成情况", "属性", "2020年", "年均/累计", "2020年", "年均/累计"],
    ["指标", "单位", "2022年实际", "2023年目标"],
    ["类别", "指标", "2020年", "2025年", "属性"],
    ["序号", "指标名称", "单位", "2017年实际", "2018年计划", "增长（%）"],
    ["序号", "指标名称", "2019年完成", "增长（%）", "2020年预期", "增长（%）"],
    ["序号", "指标", "单位", "2020年基数", "2025年目标", "2022年实际", "属性"],
  ];
  const cells = [...pick(headers)];
  const rows = 1 + Math.floor(rand() * 6);
  for (let r = 1; r <= rows; r++) {
    if (rand() < 0.5) cells.push(String(r));
    cells.push(pick(PIECES.subject) + pick(["（%）", "(亿元)", "（万人）", "(个)", ""]));
    for (let k = Math.floor(rand() * 5); k >= 0; k--) cells.push(rand() < 0.8 ? pick(PIECES.value) : pick(PIECES.cell));
    if (rand() < 0.6) cells.push(pick(["预期性", "约束性"]));
  }
  return cells;
}

/** A progress table: 序号 | 重点任务 | [牵头单位] | 进展情况 | [完成情况], rows of a task sentence and a completion sentence. */
function randomProgress(rand: () => number, pick: Pick): string[] {
  const owner = rand() < 0.5;
  const status = rand() < 0.5;
  const cells = ["序号", "重点任务", ...(owner ? ["牵头单位"] : []), "进展情况", ...(status ? ["完成情况"] : [])];
  const rows = 1 + Math.floor(rand() * 5);
  for (let r = 1; r <= rows; r++) {
    const subject = pick(PIECES.subject);
    const unit = pick(PIECES.unit);
    cells.push(String(r), `${pick(["新增", "建成", "培育", ""])}${subject}${pick(PIECES.number)}${unit}${pick(PIECES.tail)}。`);
    if (owner) cells.push(pick(["市发展改革委", "省经信厅", "规划处"]));
    cells.push(`${pick(["1-6月，", "截至9月底，", "上半年", ""])}全省${pick(["新增", "累计建成", "首批", "已开工", ""])}${subject}${pick(PIECES.number)}${unit}${pick(["，同比增长5.2%", "，同比下降3.1%", "，已开工16所", ""])}。`);
    if (status) cells.push(pick(["序时推进", "已完成", "部分完成", "进度滞后"]));
  }
  return cells;
}

function randomDocument(rand: () => number): string {
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)];
  const parts: string[] = [];
  const length = 5 + Math.floor(rand() * 60);
  for (let k = 0; k < length; k++) {
    const r = rand();
    if (r < 0.5) parts.push(pick(PIECES.lead) + pick(PIECES.verb) + pick(PIECES.subject) + pick(PIECES.number) + pick(PIECES.unit) + pick(PIECES.tail) + pick(PIECES.mark));
    else if (r < 0.75) parts.push(`${pick(PIECES.cell)}\n`);
    else if (r < 0.85) parts.push(`${pick(PIECES.noise)}\n`);
    else parts.push(`${(r < 0.93 ? randomTable : randomProgress)(rand, pick).join(rand() < 0.5 ? "\n" : "\n\n")}\n`);
  }
  return parts.join("");
}

describe("provenance invariants on random planning-like text", () => {
  it("holds on 300 random documents, tables and progress tables included", () => {
    const rand = prng(2026);
    const found: string[] = [];
    let targets = 0;
    let actuals = 0;
    let multiline = 0;
    for (let n = 0; n < 300; n++) {
      const text = randomDocument(rand);
      const doc = { text, meta: { file: `random${n}.txt`, region: "浙江省", year: 2021 } };
      const x = extractDocument(text, doc.meta);
      targets += x.targets.length;
      actuals += x.actuals.length;
      multiline += [...x.targets, ...x.actuals].filter((r) => r.quote.includes("\n")).length;
      found.push(...violations(doc, x));
    }
    expect(found).toEqual([]);
    // The documents exercise what the invariants are about: prose targets, table rows quoted over
    // several lines, and results answering targets.
    expect(targets).toBeGreaterThan(1000);
    expect(multiline).toBeGreaterThan(100);
    expect(actuals).toBeGreaterThan(100);
  });
});
