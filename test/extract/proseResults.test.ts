/**
 * Results a review states in prose for targets that only a table of the same document gives
 * (src/extract/progress/proseResults.ts, wired in extractDocument).
 */
import { extractDocument } from "../../src/extract";
import type { DocExtraction } from "../../src/extract/types";

/** A 2019 plan report of an invented city: its 2018 review in prose, its indicator table flattened one cell per line. */
const planReport = [
  "关于临川市2018年国民经济和社会发展计划执行情况与2019年计划草案的报告",
  "",
  "一、2018年计划执行情况",
  "",
  "过去一年，全市经济运行稳中有进。规模以上工业增加值增长7.2%；新认定科技型中小企业达到860家；城镇居民人均可支配收入增长8.1%；" +
    "城市生活垃圾无害化处理率为98.5%，同比提高0.6个百分点。",
  "",
  "二、2019年主要预期目标",
  "",
  "全市规模以上工业增加值增长7%，城镇居民人均可支配收入增长7.5%。",
  "",
  "附表",
  "临川市2019年国民经济和社会发展主要指标",
  "序号",
  "指标",
  "单位",
  "2018年计划",
  "2018年完成",
  "2019年计划",
  "指标属性",
  "1",
  "规模以上工业增加值增速",
  "%",
  "6.5",
  "7.2",
  "7",
  "预期性",
  "2",
  "高新技术企业数",
  "家",
  "500",
  "480",
  "560",
  "预期性",
  "3",
  "农村居民人均可支配收入增速",
  "%",
  "8",
  "9.3",
  "8",
  "预期性",
  "4",
  "城市生活垃圾无害化处理率",
  "%",
  "97",
  "98.5",
  "98",
  "约束性",
].join("\n");

/** [target year, target value, actual value, actual as of] of the actuals whose quote lies in `region`. */
function answersIn(ex: DocExtraction, text: string, region: string): Array<[number, number, number, string]> {
  const start = text.indexOf(region);
  const end = start + region.length;
  return ex.actuals
    .filter((a) => a.targetIndex !== null && a.offset >= start && a.offset < end)
    .map((a) => {
      const t = ex.targets[a.targetIndex!];
      return [t.year, t.value, a.value, a.asOf];
    });
}

describe("a review's prose results for targets only a table states", () => {
  const ex = extractDocument(planReport, { file: "linchuan.txt" });
  const review = planReport.split("\n")[4];

  it("links each result to the table's target of the reviewed year, a growth rate to a growth target, a level to a level", () => {
    const answers = answersIn(ex, planReport, review);
    expect(answers).toContainEqual([2018, 6.5, 7.2, "2018"]);
    expect(answers).toContainEqual([2018, 97, 98.5, "2018"]);
  });

  it("never answers a target of another year, nor a different indicator with the same ending", () => {
    const answers = answersIn(ex, planReport, review);
    // 科技型中小企业 is not 高新技术企业; 城镇居民 is not 农村居民.
    expect(answers.map((a) => a[1])).not.toContain(500);
    expect(answers.map((a) => a[1])).not.toContain(8);
    expect(answers.every((a) => a[0] === 2018)).toBe(true);
  });

  it("links one result to one target at most, and reads no target from a result", () => {
    const offsets = ex.actuals.filter((a) => a.quote.includes("7.2%")).map((a) => a.offset);
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(ex.targets.filter((t) => t.value === 7.2 || t.value === 98.5)).toEqual([]);
  });

  it("quotes each result verbatim, its figure inside the quote", () => {
    for (const a of ex.actuals) {
      expect(planReport.slice(a.offset, a.offset + a.quote.length)).toBe(a.quote);
      expect(a.quote).toContain(String(Math.abs(a.value)));
    }
  });

  it("links nothing when the document reviews no year (the same results in a plan of the year itself)", () => {
    const unreviewed = planReport.replace("一、2018年计划执行情况", "一、总体要求").replace("过去一年，", "");
    const plain = extractDocument(unreviewed, { file: "linchuan.txt", year: 2019 });
    const line = unreviewed.split("\n")[4];
    expect(answersIn(plain, unreviewed, line)).toEqual([]);
  });
});

describe("a mid-term review's prose results for the plan's later targets", () => {
  const midTerm = [
    "江西省数字经济发展“十四五”规划实施中期评估报告",
    "",
    "表1 主要指标中期进展",
    "序号", "指标", "单位", "2020年基数", "2025年目标", "2022年实际", "属性",
    "1", "数字经济核心产业增加值占地区生产总值比重", "%", "7.8", "10左右", "8.6", "预期性",
    "2", "5G基站数量", "万个", "1.8", "8", "5.2", "预期性",
    "",
    "2022年，全省数字经济核心产业增加值占地区生产总值比重达到8.6%，累计建成5G基站5.2万个。",
  ].join("\n");
  const ex = extractDocument(midTerm, { file: "midterm.txt" });

  it("links a year's results to the targets the table reports progress on as of that year", () => {
    const prose = midTerm.split("\n").pop()!;
    expect(answersIn(ex, midTerm, prose)).toEqual([
      [2025, 10, 8.6, "2022"],
      [2025, 8, 5.2, "2022"],
    ]);
  });

  it("keeps the table's own actuals beside them", () => {
    expect(ex.actuals.filter((a) => a.quote.startsWith("5G基站数量")).map((a) => [a.value, a.asOf])).toEqual([[5.2, "2022"]]);
  });
});

describe("a table's results of last year for the targets the review states in prose", () => {
  const report = [
    "关于江西省2019年国民经济和社会发展计划执行情况与2020年计划草案的报告",
    "",
    "一、2019年计划执行情况",
    "",
    "全省地区生产总值增长6.8%，比计划目标（7.5%）低0.7个百分点。社会消费品零售总额增长7.2%，低于8.5%的预期目标。城镇新增就业5210人，完成年度计划5000人的104.2%。",
    "",
    "二、2020年主要目标",
    "",
    "2020年主要指标",
    "序号", "指标名称", "2019年完成", "增长（%）", "2020年预期", "增长（%）",
    "1", "地区生产总值（亿元）", "152.3", "6.8", "165", "7左右",
    "2", "社会消费品零售总额（亿元）", "48.6", "7.2", "52.5", "8",
    "3", "城镇新增就业（人）", "5210", "", "5000", "",
  ].join("\n");
  const ex = extractDocument(report, { file: "jx.txt" });
  const table = report.slice(report.indexOf("2020年主要指标"));

  it("links each 2019年完成 figure to the 2019 target of the same indicator stated in prose", () => {
    expect(answersIn(ex, report, table).sort((a, b) => a[1] - b[1])).toEqual([
      [2019, 7.5, 6.8, "2019"],
      [2019, 8.5, 7.2, "2019"],
      [2019, 5000, 5210, "2019"],
    ]);
  });

  it("reads a row measured in % whose name says it grows (地区生产总值增长 | % | 5.6) as a change", () => {
    const rates = [
      "关于江西省2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "", "一、2024年计划执行情况", "",
      "全省地区生产总值增长5.6%，低于年初确定的6%的预期目标。", "", "二、2025年主要目标", "",
      "2025年主要指标", "指标", "单位", "2024年完成", "2025年目标", "备注",
      "地区生产总值增长", "%", "5.6", "6左右", "预期性",
    ].join("\n");
    const got = extractDocument(rates, { file: "jx2.txt" });
    expect(answersIn(got, rates, rates.slice(rates.indexOf("2025年主要指标")))).toEqual([[2024, 6, 5.6, "2024"]]);
  });

  it("reads the 2019 column as no target, and answers no 2020 target with it", () => {
    expect(ex.targets.filter((t) => t.year === 2020).map((t) => t.value).sort((a, b) => a - b)).toEqual([7, 8, 52.5, 165, 5000]);
    expect(ex.actuals.filter((a) => a.targetIndex !== null && ex.targets[a.targetIndex].year === 2020)).toEqual([]);
  });
});
