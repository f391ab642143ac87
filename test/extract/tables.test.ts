import { readFileSync } from "fs";
import { join } from "path";
import { alignRow } from "../../src/extract/tables/align";
import { isTextValue, parseValueCell, trailingUnit } from "../../src/extract/tables/cells";
import { type Slot, readHeader } from "../../src/extract/tables/header";
import type { Item } from "../../src/extract/tables/rows";
import { extractTables } from "../../src/extract/tables";
import type { ParseContext } from "../../src/extract/types";
import { goldActuals, goldTargets } from "../support/gold";

/** A table as web pages flatten it: one cell per line, a blank line between cells. */
const flatten = (cells: string[]) => cells.join("\n\n") + "\n";
const ctxOf = (text: string, year = 2025): ParseContext => ({ text, file: "t.txt", region: "江苏省", year, kind: "outline" });

describe("parseValueCell", () => {
  it.each([
    ["7%以上", { value: 7, percent: true, qualifier: "at_least", bracketed: false }],
    ["53以上", { value: 53, percent: false, qualifier: "at_least" }],
    ["2.8左右", { value: 2.8, qualifier: "about" }],
    ["〔4.4〕", { value: 4.4, bracketed: true, qualifier: "exact" }],
    ["〔20〕以上", { value: 20, bracketed: true, qualifier: "at_least" }],
    ["27以下", { value: 27, qualifier: "at_most" }],
    ["4以内", { value: 4, qualifier: "at_most" }],
    ["64,613", { value: 64613, qualifier: "exact" }],
    ["5-6", { value: 5, valueMax: 6, qualifier: "range" }],
    ["≥90", { value: 90, qualifier: "at_least" }],
    ["-1.5", { value: -1.5, qualifier: "exact" }],
    ["－0.8", { value: -0.8 }],
    ["−3%", { value: -3, percent: true }],
    ["下降2.6", { value: -2.6 }],
    ["＜4.5", { value: 4.5, qualifier: "at_most" }],
  ])("%s", (cell, expected) => {
    expect(parseValueCell(cell)).toMatchObject(expected);
  });

  it.each(["预期性", "国家下达指标", "2020年", "5G", "〔4.4", "十四五", "", "-", "下降"])("%s is not a number cell", (cell) => {
    expect(parseValueCell(cell)).toBeNull();
  });
});

describe("cells that are not figures", () => {
  it.each(["高于地区生产总值增长", "与经济增长基本同步", "基本同步", "快于全国平均水平", "—", "/", "待定", "稳步提高", "完成国家下达目标"])(
    "%s is a value cell stated in words",
    (cell) => expect(isTextValue(cell)).toBe(true),
  );

  it.each(["地区生产总值增长（%）", "城镇化率", "经济发展", "每千人口拥有执业"])("%s is not", (cell) => expect(isTextValue(cell)).toBe(false));

  it.each([
    ["粮食综合生产能力（亿斤）", "亿斤"],
    ["耕地保有量（千公顷）", "千公顷"],
    ["农作物单产（斤/亩）", "斤/亩"],
    ["地区生产总值(亿元)", "亿元"],
    ["每千人口拥有执业（助理）", null],
    ["新开工项目数（亿元以上）", null],
    ["细颗粒物浓度（PM2.5）", null],
  ])("the parentheses closing %s hold the unit %s", (name, unit) => {
    expect(trailingUnit(name)?.unit ?? null).toBe(unit);
  });
});

describe("alignRow: which column each cell of a row sits in", () => {
  // 2015年 | 规划目标 2020年, 年均/累计 | 完成情况 2020年, 年均/累计
  const completion: Slot[] = [
    { role: "base", measure: "level", year: 2015 },
    { role: "target", measure: "level", year: 2020 },
    { role: "target", measure: "rate", year: 2020 },
    { role: "actual", measure: "level", year: 2020 },
    { role: "actual", measure: "rate", year: 2020 },
  ];
  // 2020年 | 2025年 | 年均/累计
  const plan: Slot[] = completion.slice(0, 3).map((s, i) => ({ ...s, year: i === 0 ? 2020 : 2025 }));
  const items = (...cells: string[]): Item[] =>
    cells.map((text) => ({ cell: { text, start: 0, end: 0 }, value: text === "" ? null : parseValueCell(text)! }) as Item);

  it.each([
    ["a full row", ["48.6", "53以上", "〔4.4〕", "55.8", "〔7.2〕"], "%", [0, 1, 2, 3, 4]],
    ["no level target: base, growth target, level result, growth result", ["43508", "7%以上", "64613", "6.5%"], "亿元", [0, 2, 3, 4]],
    ["two plain cells are a target and its result", ["10", "10"], "%", [1, 3]],
    ["base, target and an empty result cell", ["3093", "2818", ""], "万亩", [0, 1, 3]],
    ["base, target, result", ["0.112", "0.067", "0.016"], "人/亿元", [0, 1, 3]],
    ["two cumulative cells", ["〔17〕", "〔17〕"], "%", [2, 4]],
    ["base and two cumulative cells", ["26.7", "〔80〕", "〔116.2〕"], "万套", [0, 2, 4]],
  ])("completion table, %s", (_, cells, unit, expected) => {
    expect(alignRow(items(...cells), completion, unit)).toEqual(expected);
  });

  it.each([
    ["a lone target", ["5.5以上"], "%", [1]],
    ["base and target", ["71", "75左右"], "%", [0, 1]],
    ["a lone cumulative", ["〔16〕"], "%", [2]],
    ["base, target and growth", ["20.5", "26", "5.5"], "万元/人", [0, 1, 2]],
  ])("plan table, %s", (_, cells, unit, expected) => {
    expect(alignRow(items(...cells), plan, unit)).toEqual(expected);
  });

  it("keeps a figure before a target stated in words in the base column", () => {
    expect(alignRow(items("4.6", "高于地区生产总值增长"), plan, "%")).toEqual([0, 1]);
    expect(alignRow(items("4.6", "—", "高于地区生产总值增长"), plan, "%")).toEqual([0, 1, 2]);
  });

  it("rejects a row with more cells than columns", () => {
    expect(alignRow(items("1", "2", "3", "4"), plan, "%")).toBeNull();
  });
});

describe("readHeader: what each column of a header holds", () => {
  const slotsOf = (cells: string[], docYear = 2024) =>
    readHeader(cells.map((text) => ({ text, start: 0, end: 0 })), 0, docYear)?.slots.map((s) => `${s.role} ${s.year}`) ?? null;

  it.each([
    ["last year's result beside this year's target", ["指标名称", "2023年实际", "2024年目标"], ["base 2023", "target 2024"]],
    ["an estimate and an expected target", ["指标", "2023年预计完成", "2024年预期目标"], ["base 2023", "target 2024"]],
    ["a plan and an execution figure", ["指标", "2023年执行数", "2024年计划数"], ["base 2023", "target 2024"]],
    ["a plan and a planned target", ["指标", "2023年完成值", "2024年计划"], ["base 2023", "target 2024"]],
    ["years relative to the document", ["指标", "上年实际", "本年计划"], ["base 2023", "target 2024"]],
    ["labels without a year", ["指标", "基期值", "计划目标"], ["base null", "target 2024"]],
    ["a base count and a target", ["指标", "2020年基数", "2025年目标值"], ["base 2020", "target 2025"]],
    ["the year's target beside the year's result", ["指标", "2023年计划", "2023年实际", "2024年计划"], ["target 2023", "actual 2023", "target 2024"]],
    ["a mid-term review: the base, progress so far, the target", ["指标", "2020年基期值", "2022年实际值", "2025年目标值"], ["base 2020", "actual 2022", "target 2025"]],
    ["an estimate after an unlabelled earlier year is still the plan's base", ["指标", "2022年", "2023年预计", "2024年目标"], ["base 2022", "base 2023", "target 2024"]],
  ])("%s", (_, cells, expected) => {
    expect(slotsOf(cells)).toEqual(expected);
  });

  it("finds a header whose name cell says where the unit is (指标名称（单位）)", () => {
    const text = flatten(["表3 主要指标", "指标名称（单位）", "2023年预计", "2024年目标", "粮食产量（万吨）", "3510", "3500以上"]);
    expect(extractTables(ctxOf(text, 2024)).targets.map((t) => [t.subject, t.value, t.unit, t.qualifier, t.baseline])).toEqual([
      ["粮食产量", 3500, "万吨", "at_least", 3510],
    ]);
  });

  it("reads an annual plan's 增长（%） column as the growth of the year column before it", () => {
    const measured = (cells: string[]) =>
      readHeader(cells.map((text) => ({ text, start: 0, end: 0 })), 0, 2018)?.slots.map((s) => `${s.role} ${s.measure} ${s.year}`);
    expect(measured(["指标名称", "单位", "2017年实际", "2018年计划", "增长（%）"])).toEqual(["base level 2017", "target level 2018", "target growth 2018"]);
    expect(measured(["指标", "2017年实际", "增长%", "2018年计划", "比上年增长%"])).toEqual([
      "base level 2017", "base growth 2017", "target level 2018", "target growth 2018",
    ]);
  });

  it("reads no table from a header without a target column", () => {
    expect(slotsOf(["指标", "2022年实际", "2023年实际"])).toBeNull();
  });
});

describe("extractTables on an annual plan's table with a growth column", () => {
  const text = [
    "2018年主要指标计划表", "序号", "指标名称", "单位", "2017年实际", "2018年计划", "增长（%）",
    "1", "地区生产总值", "亿元", "1390.6", "1490", "7.5左右",
    "2", "全社会固定资产投资", "亿元", "1070.2", "—", "10",
    "3", "城镇登记失业率", "%", "2.1", "3以内", "",
    "4", "森林覆盖率", "%", "38.4", "38.5", "—",
  ].join("\n");
  const r = extractTables({ ...ctxOf(text, 2018), kind: "plan" });

  it("states the year's level and its growth as two targets, the base only beside the level", () => {
    expect(r.targets.map((t) => [t.subject, t.value, t.unit, t.qualifier, t.kind, t.year, t.baseline])).toEqual([
      ["地区生产总值", 1490, "亿元", "exact", "level", 2018, 1390.6],
      ["地区生产总值", 7.5, "%", "about", "growth_rate", 2018, null],
      ["全社会固定资产投资", 10, "%", "exact", "growth_rate", 2018, null],
      ["城镇登记失业率", 3, "%", "at_most", "share", 2018, 2.1],
      ["森林覆盖率", 38.5, "%", "exact", "share", 2018, 38.4],
    ]);
    expect(r.targets[1].quote).toBe("地区生产总值\n亿元\n1390.6\n1490\n7.5左右");
  });

  it("places a lone bare growth figure in the growth column, not beside the level as a level", () => {
    const dropped = text.replace("\n—\n10\n", "\n10\n"); // the plan's — cell left out
    const t = extractTables({ ...ctxOf(dropped, 2018), kind: "plan" }).targets.find((x) => x.subject === "全社会固定资产投资");
    expect(t).toMatchObject({ value: 10, unit: "%", kind: "growth_rate", baseline: null });
  });
});

describe("extractTables on a 类别 column whose fields are longer than four characters", () => {
  const text = [
    "专栏1 数字经济发展主要指标", "类别", "指标名称", "单位", "2020年", "2025年", "属性",
    "总体规模", "数字经济增加值占GDP比重", "%", "30", "45", "预期性",
    "数字产业化", "5G基站数", "万个", "3.2", "10", "预期性",
    "千兆光网覆盖家庭数", "万户", "200", "1200", "预期性",
    "产业数字化", "规上工业企业数字化改造覆盖率", "%", "—", "80", "预期性",
    "地级及以上", "城市空气质量优良天数比例", "%", "87", "90", "约束性",
    "民生福祉", "公共文化服务", "设施覆盖率（%）", "85", "95", "预期性",
  ].join("\n");

  it("leaves the field out of the name, and a wrapped name's first line in it", () => {
    expect(extractTables(ctxOf(text)).targets.map((t) => t.subject)).toEqual([
      "数字经济增加值占GDP比重", "5G基站数", "千兆光网覆盖家庭数", "规上工业企业数字化改造覆盖率", "地级及以上城市空气质量优良天数比例",
      "公共文化服务设施覆盖率",
    ]);
  });
});

describe("extractTables on a 附表 with the 属性 column before the figures and a dated growth column", () => {
  const text = [
    "附表 2024年主要指标", "序号", "指标名称", "单位", "属性", "2023年完成", "2024年目标", "2024年增长（%）",
    "1", "一般公共预算收入", "亿元", "预期性", "362", "375", "3.5",
    "2", "城镇调查失业率", "%", "预期性", "5.1", "5.5以内", "",
  ].join("\n");

  it("reads each row's figures after its attribute, the growth as the target year's", () => {
    expect(extractTables({ ...ctxOf(text, 2024), kind: "plan" }).targets.map((t) => [t.subject, t.value, t.unit, t.kind, t.year, t.attribute])).toEqual([
      ["一般公共预算收入", 375, "亿元", "level", 2024, "预期性"],
      ["一般公共预算收入", 3.5, "%", "growth_rate", 2024, "预期性"],
      ["城镇调查失业率", 5.5, "%", "share", 2024, "预期性"],
    ]);
  });
});

describe("extractTables on a 附表 of 上年实绩 | 本年计划 | 比上年±%", () => {
  const text = [
    "附表 主要指标", "序号", "主要指标", "计量单位", "上年实绩", "本年计划", "比上年±%",
    "1", "规模以上工业总产值", "亿元", "3914", "4150", "6",
    "2", "细颗粒物（PM2.5）年均浓度", "微克/立方米", "83.6", "—", "-5左右",
  ].join("\n");

  it("reads 上年实绩 as last year's result, ±% as the plan's growth, a minus as a fall", () => {
    expect(extractTables({ ...ctxOf(text, 2015), kind: "plan" }).targets.map((t) => [t.subject, t.value, t.unit, t.kind, t.qualifier, t.baseline])).toEqual([
      ["规模以上工业总产值", 4150, "亿元", "level", "exact", 3914],
      ["规模以上工业总产值", 6, "%", "growth_rate", "exact", null],
      ["细颗粒物（PM2.5）年均浓度", 5, "%", "reduction", "about", null],
    ]);
  });
});

describe("extractTables on a 专栏 with group headings and a coefficient without a unit", () => {
  const text = [
    "专栏1 水利发展主要指标", "指标", "单位", "2020年", "2025年", "属性",
    "一、水安全保障", "全省供水能力", "亿立方米", "307", "350", "预期性",
    "新增高效节水灌溉面积", "万亩", "—", "〔200〕", "预期性",
    "二、水资源节约集约利用", "用水总量", "亿立方米", "236.9", "＜327", "约束性",
    "农田灌溉水有效利用系数", "—", "0.484", "≥0.5", "预期性",
    "三、推进水利改革",
    "全面推行河湖长制，完善水利投融资机制，深化水价改革，到2025年基本建立健全现代水利治理体系，这一段很长很长很长。",
  ].join("\n");
  const r = extractTables({ ...ctxOf(text), kind: "outline" });

  it("keeps the rows under 一、… headings in the table, the headings out of their names", () => {
    expect(r.targets.map((t) => [t.subject, t.value, t.unit, t.qualifier])).toEqual([
      ["全省供水能力", 350, "亿立方米", "exact"],
      ["新增高效节水灌溉面积", 200, "万亩", "exact"],
      ["用水总量", 327, "亿立方米", "at_most"],
      ["农田灌溉水有效利用系数", 0.5, "", "at_least"],
    ]);
  });

  it("ends the table at a heading followed by prose", () => {
    expect(text.slice(r.claimed[0].start, r.claimed[0].end)).not.toContain("三、推进水利改革");
  });
});

describe("extractTables on tables of other layouts", () => {
  const plan = flatten([
    "“十四五”时期，全省经济社会发展的主要目标是：经济保持平稳增长。",
    "表1 “十四五”经济社会发展主要指标",
    " ",
    "类别", "序号", "指 标", "单位", "2020年", "2025年", "年均增长〔累计〕", "属性",
    "经济发展", "1", "地区生产总值增长", "%", "3.7", "6左右", "预期性",
    "2", "全员劳动生产率", "万元/人", "20.5", "26", "5.5", "预期性",
    "创新驱动", "3", "研发经费投入强度", "%", "2.93", "3.2", "〔0.27〕", "预期性",
    "4", "每万人口高价值", "发明专利拥有量", "件", "10.1", "18", "预期性",
    "绿色生态", "5", "单位地区生产总值", "能源消耗降低", "%", "—", "—", "〔14〕", "约束性",
    "6", "单位地区生产总值二氧化碳排放降低", "%", "国家下达指标", "约束性",
    "注：〔〕内为五年累计数。",
    "(1)地区生产总值增速按可比价计算。",
    "二、坚持创新驱动发展",
    "新增高新技术企业4000家。",
  ]);

  const r = extractTables(ctxOf(plan));
  const byQuote = (q: string) => r.targets.filter((t) => t.quote.startsWith(q));

  it("rebuilds each row: serial numbers, unit column, wrapped names, placeholders", () => {
    expect(r.targets.map((t) => [t.subject, t.value, t.unit, t.kind, t.qualifier, t.year])).toEqual([
      ["地区生产总值增长", 6, "%", "growth_rate", "about", 2025],
      ["全员劳动生产率", 26, "万元/人", "ratio", "exact", 2025],
      ["全员劳动生产率", 5.5, "%", "growth_rate", "exact", 2025],
      ["研发经费投入强度", 3.2, "%", "share", "exact", 2025],
      ["研发经费投入强度", 0.27, "%", "cumulative", "exact", 2025],
      ["每万人口高价值发明专利拥有量", 18, "件", "ratio", "exact", 2025],
      ["单位地区生产总值能源消耗降低", 14, "%", "cumulative", "exact", 2025],
    ]);
  });

  it("keeps the base year, baseline and attribute", () => {
    expect(byQuote("全员劳动生产率")[0]).toMatchObject({ baseline: 20.5, baseYear: 2020, attribute: "预期性" });
    expect(byQuote("全员劳动生产率")[1]).toMatchObject({ baseline: null, baseYear: 2020 });
    expect(byQuote("单位地区生产总值")[0]).toMatchObject({ baseline: null, attribute: "约束性" });
  });

  it("quotes from the whole name cell, wrapped lines included, through the cell of the figure", () => {
    expect(byQuote("每万人口高价值")[0].quote).toBe("每万人口高价值\n\n发明专利拥有量\n\n件\n\n10.1\n\n18");
    expect(byQuote("研发经费投入强度").map((t) => t.quote.slice(t.quote.lastIndexOf("\n") + 1))).toEqual(["3.2", "〔0.27〕"]);
    for (const t of r.targets) expect(plan.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
  });

  it("claims the caption, the table and its notes, not the prose around them", () => {
    expect(r.claimed).toHaveLength(1);
    const claimed = plan.slice(r.claimed[0].start, r.claimed[0].end);
    expect(claimed.startsWith("表1")).toBe(true);
    expect(claimed.endsWith("(1)地区生产总值增速按可比价计算。")).toBe(true);
    expect(r.actuals).toEqual([]);
  });

  it("reads a completion table with year-labelled columns into targets and the actuals answering them", () => {
    const text = flatten([
      "专栏1 “十三五”规划主要指标完成情况",
      "指标", "2015年", "2020年目标", "2020年实际", "属性",
      "地区生产总值(亿元)", "70116", "100000", "102719", "预期性",
      "城镇登记失业率(%)", "3", "4以内", "2.5", "预期性",
      "森林覆盖率(%)", "23", "24", " ", "约束性",
    ]);
    const t = extractTables(ctxOf(text, 2025));
    expect(t.targets.map((x) => [x.subject, x.value, x.qualifier, x.baseline, x.baseYear, x.year])).toEqual([
      ["地区生产总值", 100000, "exact", 70116, 2015, 2020],
      ["城镇登记失业率", 4, "at_most", 3, 2015, 2020],
      ["森林覆盖率", 24, "exact", 23, 2015, 2020],
    ]);
    expect(t.actuals.map((a) => [a.value, a.unit, a.asOf, a.targetIndex])).toEqual([
      [102719, "亿元", "2020", 0],
      [2.5, "%", "2020", 1],
    ]);
  });

  it("reads a 〔〕 figure in the target column of a table without a 年均/累计 column", () => {
    const text = flatten([
      "表2 “十四五”生态环境主要指标",
      "指标", "2020年", "2025年", "属性",
      "单位GDP能耗降低(%)", "〔13.5〕", "约束性",
      "森林覆盖率(%)", "61.2", "61.5", "约束性",
    ]);
    expect(extractTables(ctxOf(text)).targets.map((t) => [t.value, t.kind, t.baseline])).toEqual([
      [13.5, "cumulative", null],
      [61.5, "share", 61.2],
    ]);
  });

  it("reads targets stated in words as cells of their row, and units the lexicon lacks from the name's parentheses", () => {
    const text = [
      "表1 湖南省“十四五”经济社会发展主要指标",
      "序号", "指标", "2020年", "2025年", "年均/累计", "属性",
      "1", "地区生产总值增长（%）", "3.8", "—", "6.5左右", "预期性",
      "2", "全员劳动生产率增长（%）", "5.2", "—", "高于地区生产总值增长", "预期性",
      "3", "城镇居民人均可支配收入增长（%）", "4.7", "基本同步", "预期性",
      "4", "粮食综合生产能力（亿斤）", "600", "600以上", "—", "约束性",
      "5", "耕地保有量（千公顷）", "3780", "待定", "/", "约束性",
      "6", "农作物单产（斤/亩）", "820", "850", "—", "预期性",
      "7", "每千人口拥有执业", "（助理）医师数（人）", "2.9", "3.4", "—", "预期性",
      "注：〔〕内为五年累计数。",
    ].join("\n");
    expect(extractTables(ctxOf(text)).targets.map((t) => [t.subject, t.value, t.unit, t.baseline])).toEqual([
      ["地区生产总值增长", 6.5, "%", 3.8],
      ["粮食综合生产能力", 600, "亿斤", 600],
      ["农作物单产", 850, "斤/亩", 820],
      ["每千人口拥有执业（助理）医师数", 3.4, "人", 2.9],
    ]);
    const unitColumn = ["表2 主要指标", "指标", "单位", "2020年", "2025年", "属性", "粮食产量", "亿斤", "432", "430以上", "约束性"].join("\n");
    expect(extractTables(ctxOf(unitColumn)).targets.map((t) => [t.subject, t.value, t.unit])).toEqual([["粮食产量", 430, "亿斤"]]);
  });

  it("reads a plan table whose past-year result column is its base: negative bases, a target equal to the next row number", () => {
    const text = [
      "附件",
      "成都市2024年国民经济和社会发展主要指标",
      "类别", "序号", "指标名称", "2023年预计完成", "2024年预期目标", "属性",
      "经济增长", "1", "地区生产总值增长（%）", "6左右", "6", "预期性",
      "2", "工业投资增长（%）", "-1.8", "3", "预期性",
      "3", "社会消费品零售总额增长（%）", "下降0.4", "5左右", "预期性",
      "民生保障", "4", "城镇新增就业（万人）", "24.6", "25", "预期性",
      "5", "城镇调查失业率（%）", "5.1", "＜5.5", "预期性",
      "6", "城乡居民收入增长（%）", "5.7", "与经济增长同步", "预期性",
      "四、2024年主要任务",
    ].join("\n");
    const r = extractTables(ctxOf(text, 2024));
    expect(r.targets.map((t) => [t.subject, t.value, t.qualifier, t.kind, t.baseline, t.baseYear, t.year])).toEqual([
      ["地区生产总值增长", 6, "exact", "growth_rate", 6, 2023, 2024],
      ["工业投资增长", 3, "exact", "growth_rate", -1.8, 2023, 2024],
      ["社会消费品零售总额增长", 5, "about", "growth_rate", -0.4, 2023, 2024],
      ["城镇新增就业", 25, "exact", "increment", 24.6, 2023, 2024],
      ["城镇调查失业率", 5.5, "at_most", "share", 5.1, 2023, 2024],
    ]);
    expect(r.actuals).toEqual([]);
    expect(r.claimed).toHaveLength(1);
  });

  it("leaves a table of results alone, for the prose parser to read its lines", () => {
    const text = flatten(["表1 2023年主要指标完成情况", "指标", "2022年实际", "2023年实际", "地区生产总值（亿元）", "12800", "13650"]);
    expect(extractTables(ctxOf(text, 2024))).toEqual({ targets: [], actuals: [], claimed: [], results: [] });
  });

  it("passes over a 指标 that follows a lone carriage return on its line", () => {
    for (const text of ["指标\r指标", "说明\n指标\r指标", "\r指标\r指标\r"]) {
      expect(extractTables(ctxOf(text))).toEqual({ targets: [], actuals: [], claimed: [], results: [] });
    }
    // …and reads the header on the next line (指标 | 2025年, no rows)
    for (const text of ["表1 主要指标\r指标\n指标\n2025年\n", "2020年\r指标\n指标\n2025年\n"]) expect(extractTables(ctxOf(text)).targets).toEqual([]);
  });

  it("reads any mix of header words, figures and line ends (\\n, \\r, \\r\\n) without throwing", () => {
    const words = ["指标", "表1 主要指标", "序号", "单位", "2020年", "2025年", "年均增长（%）", "属性", "预期性", "地区生产总值（亿元）", "7左右", "〔5〕", "—", "", "1"];
    const ends = ["\n", "\r", "\r\n", "\n\n"];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      let text = "";
      for (let k = Math.floor(rand() * 30); k >= 0; k--) text += words[Math.floor(rand() * words.length)] + ends[Math.floor(rand() * ends.length)];
      expect(() => extractTables(ctxOf(text))).not.toThrow();
    }
  });

  it("leaves a 专栏 of numbered prose alone", () => {
    const text = flatten(["专栏 3人才强省六大行动", "1. 百名顶尖人才集聚行动。引进200名左右顶尖人才。", "2. 千名领军人才集聚行动。"]);
    expect(extractTables(ctxOf(text))).toEqual({ targets: [], actuals: [], claimed: [], results: [] });
  });
});

describe("extractTables on the 十四五 outline (seed 003), scored against the gold", () => {
  const file = "003_6128573e10d0dce7.txt";
  const text = readFileSync(join(__dirname, "..", "..", "seeds", file), "utf8");
  const r = extractTables({ text, file, region: "浙江省", year: 2025, kind: "outline" });
  const spans = (quote: string) => {
    const out: number[] = [];
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
    return out;
  };
  const overlaps = (offset: number, quote: string, gold: string) =>
    spans(gold).some((s) => s < offset + quote.length && offset < s + gold.length);
  const inTables = (offset: number) => r.claimed.some((c) => offset >= c.start && offset < c.end);
  const gold = goldTargets().filter((g) => g.doc === file && spans(g.quote).some(inTables));

  it("finds the two tables and claims them", () => {
    expect(r.claimed).toHaveLength(2);
    expect(text.slice(r.claimed[0].start, r.claimed[0].start + 10)).toMatch(/^专栏\s*1“十三五”/);
    expect(text.slice(r.claimed[1].start, r.claimed[1].start + 10)).toMatch(/^专栏\s*2\s*“十四五”/);
    expect(text.slice(r.claimed[1].end - 8, r.claimed[1].end)).toBe("为基数测算确定。");
  });

  it("finds every gold table target and nothing else", () => {
    const hit = (g: (typeof gold)[number]) =>
      r.targets.some((t) => t.year === g.year && t.value === g.value && t.unit === g.unit && overlaps(t.offset, t.quote, g.quote));
    expect(gold.length).toBe(84);
    expect(gold.filter((g) => !hit(g)).map((g) => g.quote)).toEqual([]);
    expect(r.targets).toHaveLength(gold.length);
  });

  it("finds every gold 2020 result of the completion table, linked to its target", () => {
    const actuals = goldActuals().filter((g) => g.doc === file);
    const hit = (g: (typeof actuals)[number]) =>
      r.actuals.some((a) => {
        const target = r.targets[a.targetIndex!];
        return a.value === g.actual_value && target.value === g.target_value && a.asOf === g.as_of && overlaps(a.offset, a.quote, g.quote);
      });
    expect(actuals.filter((g) => !hit(g)).map((g) => `${g.quote} ${g.actual_value}`)).toEqual([]);
    expect(r.actuals).toHaveLength(actuals.length);
  });

  it("keeps quotes verbatim, each ending with the cell of its value", () => {
    for (const t of [...r.targets, ...r.actuals]) {
      expect(text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
      expect(t.quote.slice(t.quote.lastIndexOf("\n") + 1)).toContain(String(t.value));
    }
  });

  it("reads the marks of the cells: 以上, 左右, 以下, 〔〕 and the attribute", () => {
    const find = (quote: string, value: number) => r.targets.find((t) => t.quote.startsWith(quote) && t.value === value);
    expect(find("地区生产总值(亿元)", 7)).toMatchObject({ unit: "%", qualifier: "at_least", kind: "growth_rate", year: 2020, baseYear: 2015 });
    expect(find("单位生产总值能耗降低", 17)).toMatchObject({ kind: "cumulative", attribute: "约束性", baseline: null });
    expect(find("地级及以上城市细颗粒物", 27)).toMatchObject({ unit: "微克/立方米", qualifier: "at_most", kind: "level", baseline: 25 });
    expect(find("氨氮", 17.6)).toMatchObject({ unit: "%", attribute: "约束性", kind: "cumulative" });
  });
});

describe("extractTables on random table-like text", () => {
  const tokens = ["指标", "指 标", "类别", "序号", "2015年", "2020年", "2025年", "规划目标", "完成情况", "年均/累计", "属性", "预期性",
    "约束性", "1", "2", "10", "7%以上", "〔4.4〕", "53以上", "2.8左右", " ", "", "地区生产总值(亿元)", "城镇化率(%)", "常住人口",
    "(万元/人)", "专栏 1", "注:", "(1)说明。", "经济发展", "国家下达指标", "其中:比重(%)", "一、总则", "。", "长".repeat(70)];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it("never throws, quotes verbatim, links actuals to its own targets and claims inside the text", () => {
    for (let n = 0; n < 500; n++) {
      const cells = Array.from({ length: 5 + Math.floor(rand() * 60) }, () => tokens[Math.floor(rand() * tokens.length)]);
      const text = cells.join(rand() < 0.5 ? "\n\n" : "\n");
      const r = extractTables(ctxOf(text, 2020));
      for (const t of [...r.targets, ...r.actuals]) expect(text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
      for (const a of r.actuals) expect(r.targets[a.targetIndex!]).toBeDefined();
      for (const c of r.claimed) expect(0 <= c.start && c.start <= c.end && c.end <= text.length).toBe(true);
    }
  });
});
