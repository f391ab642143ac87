import { readFileSync } from "fs";
import { join } from "path";
import { extractDocument } from "../../src/extract";
import { extractProgress } from "../../src/extract/progress";
import { isSideCell } from "../../src/extract/progress/layout";
import { asOf, lastMonthIn } from "../../src/extract/progress/period";
import type { ParseContext } from "../../src/extract/types";
import { goldActuals, goldTargets } from "../support/gold";

describe("the period a figure covers", () => {
  it.each([
    ["1-8月,全省共为企业减负降本", 8],
    ["1—7月数字安防相关产业产值", 7],
    ["截至8月末,全省规模以上工业", 8],
    ["载至9月底,全省“小升规”入库培育", 9],
    ["上半年新增应用工业机器人9800台,在役工业机器人累计达", 6],
    ["2020年政府工作报告重点工作前三季度完成情况", 9],
    ["一季度", 3],
    ["全省累计建成交付5G基站超过", null],
  ])("%s → %s", (s, month) => {
    expect(lastMonthIn(s)).toBe(month);
  });

  it("writes year-month, or the year alone for a full year", () => {
    expect(asOf(2020, 9)).toBe("2020-09");
    expect(asOf(2020, 12)).toBe("2020");
    expect(asOf(2021, null)).toBe("2021");
  });
});

/** A progress table as web pages flatten it: one cell per line. */
const report = [
  "江苏省2021年政府工作报告重点任务上半年推进情况",
  "发布时间:2021-07-20",
  "序号",
  "重点任务",
  "进展情况",
  "1",
  "新增高新技术企业4000家,建设省级工程技术研究中心100个。",
  "1.截至6月底,全省新认定高新技术企业2153家。",
  "2.1-5月,全省新建省级工程技术研究中心46个,累计投入研发资金85亿元。",
  "2",
  "完成造林面积30万亩。",
  "全省完成造林21.5万亩,占年度任务的71.7%。",
  "3",
  "城镇新增就业120万人以上。",
  "1-6月,全省城镇新增就业71.4万人,超额完成“上半年新增就业60万人”的目标任务。",
  "4",
  "实施重大项目200个。",
  "1.开工建设重大项目156个。",
  "2.完成投资1200亿元。",
  " ",
  "Produced By 网站群系统",
  "网站地图",
].join("\n\n");

describe("extractProgress on a progress table of another province", () => {
  const ctx: ParseContext = { text: report, file: "p.txt", region: "江苏省", year: 2021, kind: "progress" };
  const r = extractProgress(ctx);
  const answered = r.actuals.map((a) => [r.targets[a.targetIndex!].value, a.value, a.unit, a.asOf]);

  it("reads the task column's targets and the target a completion cell cites", () => {
    const values = r.targets.map((t) => [t.value, t.unit]);
    for (const v of [[4000, "家"], [100, "个"], [30, "万亩"], [120, "万人"], [60, "万人"], [200, "个"]]) expect(values).toContainEqual(v);
    expect(r.targets.find((t) => t.value === 60)?.quote).toBe("上半年新增就业60万人");
  });

  it("links each result to the target it answers, as of the period its sentence or the report names", () => {
    expect(answered).toEqual(
      expect.arrayContaining([
        [4000, 2153, "家", "2021-06"],
        [100, 46, "个", "2021-05"],
        [30, 21.5, "万亩", "2021-06"],
        [120, 71.4, "万人", "2021-06"],
        [60, 71.4, "万人", "2021-06"],
        [200, 156, "个", "2021-06"],
      ]),
    );
  });

  it("does not take figures that answer no target for results", () => {
    expect(answered).toHaveLength(6);
    for (const a of r.actuals) expect([85, 71.7, 1200]).not.toContain(a.value);
  });

  it("claims the table, not the page furniture after its last row", () => {
    expect(r.claimed).toHaveLength(1);
    const claimed = report.slice(r.claimed[0].start, r.claimed[0].end);
    expect(claimed.startsWith("序号")).toBe(true);
    expect(claimed.endsWith("2.完成投资1200亿元。")).toBe(true);
  });

  it("quotes every record verbatim, its value inside its quote", () => {
    for (const x of [...r.targets, ...r.actuals]) {
      expect(report.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
      expect(x.quote).toContain(String(x.value));
    }
  });

  it("finds nothing in a document without a progress table", () => {
    const plain = "全年新增高新技术企业4000家。\n\n1\n\n完成造林30万亩。";
    expect(extractProgress({ ...ctx, text: plain })).toEqual({ targets: [], actuals: [], claimed: [] });
  });

  it("leaves an indicator table with a completion column to the table reader", () => {
    const indicators = ["序号", "指标", "2021年目标", "完成情况", "1", "地区生产总值增长（%）", "7", "8.6"].join("\n");
    expect(extractProgress({ ...ctx, text: indicators })).toEqual({ targets: [], actuals: [], claimed: [] });
  });
});

/** A report of `year` read from its lines. */
const reportOf = (lines: string[], year: number, kind: ParseContext["kind"] = "progress") =>
  extractProgress({ text: lines.join("\n"), file: "p.txt", region: "某市", year, kind });

/** Results as [target value, actual value, unit, as of]. */
const answersOf = (r: ReturnType<typeof extractProgress>) => r.actuals.map((a) => [r.targets[a.targetIndex!].value, a.value, a.unit, a.asOf]);

describe("extractProgress: a task cell states targets however it is worded", () => {
  it("reads a comparison with last year in a task (PM2.5年均浓度同比下降5%) as a target, and links its result", () => {
    const r = reportOf([
      "某省2017年重点民生实事上半年进展情况",
      "序号", "实事项目", "牵头单位", "进展情况",
      "1", "淘汰燃煤小锅炉200台，PM2.5年均浓度同比下降5%", "省环保厅",
      "已淘汰燃煤小锅炉126台；1—6月，PM2.5平均浓度同比下降9.4%。",
    ], 2017);
    expect(r.targets.map((t) => [t.value, t.unit, t.kind])).toEqual([[200, "台", "count"], [5, "%", "reduction"]]);
    expect(answersOf(r)).toEqual([[200, 126, "台", "2017-06"], [5, 9.4, "%", "2017-06"]]);
  });

  it("reads a stage of the work (已开工16所) as the result of the row's only target in that unit", () => {
    const row = (task: string, completion: string) => {
      return answersOf(reportOf(["某市2017年民生实事上半年进展情况", "序号", "实事项目", "牵头单位", "进展情况", "1", task, "市教育局", completion], 2017));
    };
    expect(row("新建改扩建公办幼儿园20所，新增学位6000个", "已开工16所，计划9月开学前陆续投入使用。")).toEqual([[20, 16, "所", "2017-06"]]);
    expect(row("新建改扩建中小学和幼儿园15所", "已开工建设12所。")).toEqual([[15, 12, "所", "2017-06"]]);
    // finished work answers before work started
    expect(row("新建改扩建公办幼儿园20所，新增学位6000个", "已竣工8所，开工16所。")).toEqual([[20, 8, "所", "2017-06"]]);
    // a unit two targets share tells neither apart
    expect(row("新建公办幼儿园20所、中小学10所", "已开工16所。")).toEqual([]);
  });

  it("passes over a column whose label carries its unit (已完成投资（亿元）)", () => {
    const rows = [
      "1", "口袋公园", "建设口袋公园30个", "建成口袋公园12个。", "0.3", "市住建局",
      "2", "便民市场", "新建便民市场5个", "新建便民市场2个。", "0.1", "市商务局",
    ];
    const header = (invested: string, owner: string) => ["某市2022年重点民生实事上半年进展情况", "序号", "实事项目", "年度目标", "进展情况", invested, owner];
    expect(answersOf(reportOf([...header("已完成投资（亿元）", "牵头单位"), ...rows], 2022))).toEqual([[30, 12, "个", "2022-06"], [5, 2, "个", "2022-06"]]);
    // …or a sign (完成率%, 比上年±%)
    expect(answersOf(reportOf([...header("比上年±%", "完成率%"), ...rows], 2022))).toEqual([
      [30, 12, "个", "2022-06"],
      [5, 2, "个", "2022-06"],
    ]);
  });

  it("reads a table without 序号 whose rows are blocks between empty lines", () => {
    const r = reportOf([
      "某区2014年实事项目上半年推进情况", "",
      "项目名称", "年度任务", "截至6月底完成情况", "完成率", "责任单位", "",
      "促进就业", "新增就业岗位1.2万个。", "上半年新增就业岗位7150个。", "59.6%", "区人社局", "",
      "公园绿地", "新增公共绿地40公顷。", "新增公共绿地22公顷。", "55.0%", "区绿化局", "",
      "河道整治", "完成河道整治30公里。", "上半年完成河道整治17.5公里。", "58.3%", "区水务局", "",
      "下一步，各责任单位要加快推进。",
    ], 2014);
    expect(answersOf(r)).toEqual([[1.2, 7150, "个", "2014-06"], [40, 22, "公顷", "2014-06"], [30, 17.5, "公里", "2014-06"]]);
    // the completion rates and owners are no targets, and the closing paragraph is no row
    expect(r.targets.map((t) => t.value)).toEqual([1.2, 40, 30]);
  });

  it("reads a task column headed 民生实事", () => {
    const r = reportOf([
      "某市2021年十件民生实事进展情况通报", "序号", "民生实事", "目标任务", "责任部门", "进展情况（截至10月底）", "推进状态",
      "1", "口袋公园", "新建口袋公园20个", "市住建局", "已建成口袋公园22个。", "已完成",
      "2", "停车泊位", "新建公共停车泊位5000个", "市公安局", "累计新增停车泊位4120个。", "序时推进",
    ], 2021);
    expect(answersOf(r)).toEqual([[20, 22, "个", "2021-10"], [5000, 4120, "个", "2021-10"]]);
  });

  it("reads no table from a heading that names 完成情况 above prose", () => {
    expect(reportOf(["一、2023年计划执行情况", "", "全年地区生产总值增长6%，新增就业5万人。", "", "二、2024年目标", "", "新增就业6万人。"], 2024, "plan").targets).toEqual([]);
  });

  it("reads 接待 as the act, so that 接待游客 answers 接待国内外游客", () => {
    const r = reportOf([
      "某市2019年重点工作任务上半年完成情况", "序号", "责任单位", "工作任务", "完成情况",
      "1", "市文化旅游局", "接待国内外游客2800万人次", "1—6月，全市接待游客1136万人次，同比增长14.2%。",
    ], 2019);
    expect(answersOf(r)).toEqual([[2800, 1136, "万人次", "2019-06"]]);
  });

  it("reads a batch (首批120台) as a result of what the clause before names", () => {
    const r = reportOf([
      "某市2017年民生实事上半年进展情况",
      "序号", "实事项目", "牵头单位", "进展情况",
      "1", "新增和更新新能源公交车300台，新辟调整公交线路20条", "市交通运输局",
      "新能源公交车已完成政府采购，首批120台于6月底投入运营；新辟调整公交线路9条。",
    ], 2017);
    expect(answersOf(r)).toEqual([[300, 120, "台", "2017-06"], [20, 9, "条", "2017-06"]]);
  });
});

describe("extractProgress on a table with owner and note columns, rows numbered (一)(二)…", () => {
  const text = [
    "四川省2022年政府工作报告重点任务前三季度落实情况",
    "发布时间：2022-10-25",
    "2022年政府工作报告确定的重点任务分解为9大类86项。截至9月底，已完成18项，序时推进65项，滞后3项。",
    "序 号",
    "目标任务",
    "责任单位",
    "前三季度落实情况",
    "备注",
    "（一）",
    "新增规上工业企业1500家，技术合同登记额增长10%。",
    "省经济和信息化厅、省科技厅",
    "1.前三季度，全省新增规上工业企业1124家。",
    "2.1-8月，全省技术合同登记额同比增长12.6%。",
    "序时推进",
    "（二）",
    "新建5G基站2.5万个，累计达到10万个。",
    "省通信管理局",
    "全省新建5G基站1.8万个，累计建成5G基站9.6万个。",
    "（三）",
    "实际利用外资增长8%，进出口总额增长5%。",
    "省商务厅",
    "全省实际利用外资45亿美元，同比下降6.2%；进出口总额同比增长4.1%。",
    "滞后",
    "（四）",
    "城镇新增就业90万人。",
    "省人力资源社会保障厅",
    "全省城镇新增就业76万人，完成年度目标90万人的84.4%，提前完成“前三季度新增就业70万人”的阶段目标。",
    "（五）",
    "单位地区生产总值能耗降低3%。",
    "省发展改革委",
    "前三季度单位地区生产总值能耗同比下降2.7%。",
    "二、下一步工作",
    "确保全年新增规上工业企业1600家。",
  ].join("\n\n");
  const ctx: ParseContext = { text, file: "sc.txt", region: "四川省", year: 2022, kind: "progress" };
  const r = extractProgress(ctx);

  it("reads the task cells' targets, not the owner cells, and the milestone a completion cell cites", () => {
    expect(r.targets.map((t) => [t.value, t.unit])).toEqual([
      [1500, "家"], [10, "%"], [2.5, "万个"], [10, "万个"], [8, "%"], [5, "%"], [90, "万人"], [70, "万人"], [3, "%"],
    ]);
    expect(r.targets.find((t) => t.value === 70)).toMatchObject({ quote: "前三季度新增就业70万人", subject: "新增就业" });
  });

  it("links each result once, falls included, as of the header's period unless the sentence names one", () => {
    expect(answersOf(r)).toEqual([
      [1500, 1124, "家", "2022-09"],
      [10, 12.6, "%", "2022-08"],
      [2.5, 1.8, "万个", "2022-09"],
      [10, 9.6, "万个", "2022-09"],
      [8, -6.2, "%", "2022-09"],
      [5, 4.1, "%", "2022-09"],
      [90, 76, "万人", "2022-09"],
      [70, 76, "万人", "2022-09"],
      [3, 2.7, "%", "2022-09"],
    ]);
  });

  it("quotes a subjectless change with the clause that names its subject", () => {
    expect(r.actuals.find((a) => a.value === -6.2)?.quote).toBe("全省实际利用外资45亿美元，同比下降6.2%");
  });

  it("quotes every record verbatim, its figure inside its quote (a fall as written, without its sign)", () => {
    for (const x of [...r.targets, ...r.actuals]) {
      expect(text.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
      expect(x.quote).toContain(String(Math.abs(x.value)));
    }
  });

  it("ends the table after the last row's completion cell", () => {
    const table = r.claimed[r.claimed.length - 1];
    expect(text.slice(table.start, table.end)).toMatch(/^序 号[\s\S]*能耗同比下降2\.7%。$/);
  });

  it("claims the summary before the table, so that its counts of tasks are no targets", () => {
    const doc = extractDocument(text, { file: "sc.txt" });
    expect(doc.doc.kind).toBe("progress");
    for (const count of [9, 86, 18, 65, 3]) expect(doc.targets.some((t) => t.unit === "项" && t.value === count)).toBe(false);
    expect(doc.targets.find((t) => t.value === 1600)).toBeDefined();
  });
});

describe("cells of the columns a progress table passes over", () => {
  it.each(["市发展改革委", "省经信厅、省科技厅", "各县（市、区）人民政府", "市委宣传部", "2023年底", "6月底前", "年内", "序时推进", "滞后"])(
    "%s is an owner, deadline or note cell",
    (cell) => expect(isSideCell(cell)).toBe(true),
  );

  it.each(["成功举办", "优化产业布局", "选派驻村干部", "新增规上工业企业500家。", "全面完成"])("%s is not", (cell) => expect(isSideCell(cell)).toBe(false));
});

describe("extractProgress on other column layouts", () => {
  const ownerLast = [
    "序号", "重点工作", "完成情况", "责任部门", "完成时限",
    "1", "新增城镇就业10万人，改造老旧小区120个。", "1-6月，新增城镇就业5.8万人。已开工改造老旧小区96个。", "市人社局、市住建局", "年底前",
    "2", "新增上市公司5家。", "上半年新增境内上市公司3家，另有7家企业在审。", "市金融工作局",
    "（来源：某市人民政府网站）", "新增上市公司8家。",
  ];
  const headingFirst = [
    "序号", "重点工作", "目标任务", "1-9月完成情况",
    "1", "推进制造业高质量发展", "新增规上工业企业800家。", "新增规上工业企业652家。",
    "2", "扩大有效投资", "完成重点项目投资1200亿元。", "重点项目完成投资1015亿元。",
  ];
  const read = (cells: string[]) => extractProgress({ text: cells.join("\n"), file: "o.txt", region: "某市", year: 2021, kind: "progress" });

  it.each([
    ["owner and deadline columns after the completion column", ownerLast, [[10, 5.8, "万人", "2021-06"], [120, 96, "个", "2021"], [5, 3, "家", "2021-06"]]],
    ["a heading column before the task column", headingFirst, [[800, 652, "家", "2021-09"], [1200, 1015, "亿元", "2021-09"]]],
  ])("%s", (_, cells, expected) => {
    expect(answersOf(read(cells))).toEqual(expected);
  });

  it("passes over a column it does not know, and status cells such as 部分完成 or 超序时", () => {
    const cells = [
      "序号", "年度目标任务", "1-6月落实情况", "督查等次", "完成评价", "牵头单位",
      "1", "新增规上工业企业400家。", "上半年新增规上工业企业236家。", "良好", "超序时", "市经信局",
      "2", "新增城镇就业6万人。", "新增城镇就业2.7万人。", "一般", "部分完成", "市人社局",
    ];
    expect(answersOf(read(cells))).toEqual([[400, 236, "家", "2021-06"], [6, 2.7, "万人", "2021-06"]]);
    expect(read(cells).targets.map((t) => t.value)).toEqual([400, 6]);
  });

  it.each(["部分完成", "超序时", "慢于序时", "进度滞后", "基本完成", "未完成", "尚未启动"])("%s is a status cell", (cell) => {
    expect(isSideCell(cell)).toBe(true);
  });

  it("closes the last row at its owner cell", () => {
    const r = read(ownerLast);
    expect(ownerLast.join("\n").slice(r.claimed[0].start, r.claimed[0].end).endsWith("市金融工作局")).toBe(true);
  });
});

describe("extractProgress on a table with a heading column, a column of targets and a status column", () => {
  const title = "湖南省发展和改革委员会2024年重点工作上半年落实情况";
  const header = ["序号", "主要任务", "责任处室", "年度目标", "完成进度", "落实情况"];
  const rows = [
    ["1", "推进100个重大项目建设", "重点项目处", "完成重大项目投资3000亿元以上。", "按序时推进", "1-6月，重大项目完成投资1680亿元。"],
    // no owner cell: the empty cell vanished when the table was flattened
    ["2", "扩大消费", "全年新增限额以上商贸企业800家。", "已完成", "上半年新增限额以上商贸企业826家。"],
    ["3", "加快新型基础设施建设", "规划发展处", "新建充电桩2万个、换电站50座。", "滞后", "截至6月底，新建充电桩8600个，换电站18座。"],
    ["4", "优化营商环境", "体改综合处", "新增市场主体60万户。", "按序时推进", "新增市场主体33.5万户。"],
  ];
  const page = [title, "发布时间：2024-07-18", ...header, ...rows.flat(), "【关闭本页】", "主办：湖南省发展和改革委员会"].join("\n");
  const ctx: ParseContext = { text: page, file: "hn.txt", region: "湖南省", year: 2024, kind: "progress" };
  const r = extractProgress(ctx);

  it("reads the targets from the column holding figures, not from the heading column", () => {
    expect(r.targets.map((t) => [t.value, t.unit])).toEqual([[3000, "亿元"], [800, "家"], [2, "万个"], [50, "座"], [60, "万户"]]);
  });

  it("passes over the status column and reads the results from the completion column", () => {
    expect(answersOf(r)).toEqual([
      [3000, 1680, "亿元", "2024-06"],
      [800, 826, "家", "2024-06"],
      [2, 8600, "个", "2024-06"],
      [50, 18, "座", "2024-06"],
      [60, 33.5, "万户", "2024-06"],
    ]);
  });

  it("ends the last row at its completion cell, before the page furniture", () => {
    const table = r.claimed[r.claimed.length - 1];
    expect(page.slice(table.start, table.end)).toMatch(/^序号[\s\S]*新增市场主体33\.5万户。$/);
  });

  it("tells the status column by its cells, whichever side of the completion column it stands", () => {
    const swapped = [title, "序号", "重点工作", "牵头单位", "工作目标", "推进情况", "完成情况",
      "1", "稳定粮食生产", "省农业农村厅", "粮食产量稳定在600亿斤以上。", "夏粮产量达到112亿斤。", "序时推进",
      "2", "推进城市更新", "省住房城乡建设厅", "改造城镇老旧小区1500个。", "已开工改造城镇老旧小区1210个。", "超序时",
      "3", "稳定就业", "省人力资源社会保障厅", "城镇新增就业70万人。", "城镇新增就业38.2万人。", "序时推进",
    ].join("\n");
    const s = extractProgress({ ...ctx, text: swapped });
    expect(answersOf(s)).toEqual([[600, 112, "亿斤", "2024-06"], [1500, 1210, "个", "2024-06"], [70, 38.2, "万人", "2024-06"]]);
  });

  it("leaves a table alone whose two completion columns hold no status words", () => {
    const both = ["序号", "重点任务", "推进情况", "完成情况", "1", "新增高新技术企业500家。", "新认定高新技术企业312家。", "已完成年度目标的62.4%。"].join("\n");
    expect(extractProgress({ ...ctx, text: both }).targets).toEqual([]);
  });
});

describe("which figure answers which target", () => {
  const row = (task: string, completion: string) =>
    extractProgress({ text: ["序号", "重点任务", "进展情况", "1", task, completion].join("\n"), file: "l.txt", region: "湖北省", year: 2023, kind: "progress" });

  it("does not take the target's own figure written again for its result", () => {
    expect(answersOf(row("实施省重点项目700个，完成年度投资5000亿元。", "全省700个省重点项目累计完成投资3980亿元。"))).toEqual([[5000, 3980, "亿元", "2023"]]);
  });

  it("accepts the subject's head noun with the target's verb when the report drops the modifier", () => {
    expect(answersOf(row("新增义务教育学位5万个。", "全省新增学位3.2万个。"))).toEqual([[5, 3.2, "万个", "2023"]]);
  });

  it("rejects a head noun that the item qualifies with words of its own", () => {
    expect(answersOf(row("新认定省级首台套产品150项。", "认定软件首版次产品42项。"))).toEqual([]);
  });

  it("answers a share with a level and a growth rate with a change, never the other way round", () => {
    expect(answersOf(row("空气质量优良天数比率达到90%。", "优良天数比率同比下降1.2%，优良天数比率为87.5%。"))).toEqual([[90, 87.5, "%", "2023"]]);
    expect(answersOf(row("地区生产总值增长6.5%。", "地区生产总值占全国比重为4.3%，地区生产总值同比增长5.9%。"))).toEqual([[6.5, 5.9, "%", "2023"]]);
  });

  it("does not take an estimate for a result", () => {
    expect(answersOf(row("新增高新技术企业2000家。", "预计全年新增高新技术企业2100家。"))).toEqual([]);
  });

  it("reads a target named before its figure (年度目标12万人) as the task's, neither a new target nor a result", () => {
    const r = row("城镇新增就业12万人。", "城镇新增就业7.3万人，完成年度目标12万人的60.8%。");
    expect(r.targets.map((t) => t.value)).toEqual([12]);
    expect(answersOf(r)).toEqual([[12, 7.3, "万人", "2023"]]);
  });

  it("keeps a result as written, in its own unit: 8600个 answering 1万个", () => {
    expect(answersOf(row("新建公共充电桩1万个。", "全省新建公共充电桩8600个。"))).toEqual([[1, 8600, "个", "2023"]]);
  });

  it("does not take the count of what a later figure is about for a result", () => {
    const r = row("新开工市重点项目300个，完成投资2800亿元。", "全市2100个市重点项目累计完成投资2315亿元；新开工项目246个。");
    expect(answersOf(r)).toEqual([[300, 246, "个", "2023"], [2800, 2315, "亿元", "2023"]]);
  });

  it("lets a result naming only what was done borrow the subject of the clause before, behind a result naming its own", () => {
    const r = row("新增城市绿道300公里，城市绿道累计达到2500公里。", "全市新增城市绿道265公里，累计建成2410公里。");
    expect(answersOf(r)).toEqual([[300, 265, "公里", "2023"], [2500, 2410, "公里", "2023"]]);
  });

  it("reads a target that borrows its subject by the words before its figure (累计达到)", () => {
    const r = row("农村户用光伏新增装机20万千瓦、累计达到80万千瓦。", "全省农村户用光伏新增装机18.2万千瓦，累计并网76.5万千瓦。");
    expect(answersOf(r)).toEqual([[20, 18.2, "万千瓦", "2023"], [80, 76.5, "万千瓦", "2023"]]);
  });

  it("does not take applications received for a result", () => {
    const r = row("新增专精特新中小企业300家。", "已受理专精特新中小企业申报520家，新增专精特新中小企业280家。");
    expect(answersOf(r)).toEqual([[300, 280, "家", "2023"]]);
    expect(answersOf(row("新增专精特新中小企业300家。", "收到专精特新中小企业申请520家。"))).toEqual([]);
  });

  it("takes a result's period from the report, not from a deadline in the same sentence", () => {
    const text = ["序号", "重点任务", "1-6月进展情况", "1", "新增专精特新中小企业300家。", "评审工作将于10月完成；新增专精特新中小企业180家。"].join("\n");
    const r = extractProgress({ text, file: "l.txt", region: "湖北省", year: 2023, kind: "progress" });
    expect(answersOf(r)).toEqual([[300, 180, "家", "2023-06"]]);
  });

  it("reads a revised target named before its figure as a target of the task's subject", () => {
    const r = row("完成造林面积40万亩。", "全省完成造林32万亩，占调整后目标35万亩的91.4%。");
    expect(r.targets.map((t) => [t.subject, t.value])).toEqual([["造林", 40], ["造林", 35]].map(([s, v]) => [expect.stringContaining(s as string), v]));
    expect(answersOf(r)).toEqual([[40, 32, "万亩", "2023"], [35, 32, "万亩", "2023"]]);
  });

  it("takes a result named by the end of a target's longer name, whatever qualifies it there", () => {
    const r = row("设区市城市集中式饮用水水源地水质达标率达到95%。", "1-6月，全省饮用水水源地水质达标率为96.8%。");
    expect(answersOf(r)).toEqual([[95, 96.8, "%", "2023-06"]]);
  });

  it("keeps apart indicators whose names end alike but are qualified by other words", () => {
    expect(answersOf(row("农村居民人均可支配收入增长7%。", "城镇居民人均可支配收入增长5.6%。"))).toEqual([]);
    expect(answersOf(row("高新技术企业总数达到2600家。", "科技型中小企业总数达到2100家。"))).toEqual([]);
  });

  it("gives a name that two targets qualify differently to neither", () => {
    expect(answersOf(row("城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%。", "居民人均可支配收入增长6.2%。"))).toEqual([]);
  });
});

describe("extractProgress on the 2020 three-quarter report (seed 002), scored against the gold", () => {
  const file = "002_9c9294e0d958bced.txt";
  const text = readFileSync(join(__dirname, "..", "..", "seeds", file), "utf8");
  const r = extractProgress({ text, file, region: "浙江省", year: 2020, kind: "progress" });
  const overlaps = (offset: number, quote: string, gold: string) => {
    for (let i = text.indexOf(gold); i >= 0; i = text.indexOf(gold, i + 1)) {
      if (i < offset + quote.length && offset < i + gold.length) return true;
    }
    return false;
  };

  it("finds every gold target of the report and nothing else", () => {
    const gold = goldTargets().filter((g) => g.doc === file);
    const missed = gold.filter((g) => !r.targets.some((t) => t.value === g.value && t.unit === g.unit && overlaps(t.offset, t.quote, g.quote)));
    expect(missed.map((g) => g.quote)).toEqual([]);
    expect(r.targets).toHaveLength(gold.length);
  });

  it("finds every gold result with its period, linked to the target it answers, and no other", () => {
    const gold = goldActuals().filter((g) => g.doc === file);
    const missed = gold.filter(
      (g) =>
        !r.actuals.some(
          (a) =>
            a.value === g.actual_value &&
            a.unit === g.actual_unit &&
            a.asOf === g.as_of &&
            r.targets[a.targetIndex!].value === g.target_value &&
            overlaps(a.offset, a.quote, g.quote),
        ),
    );
    expect(missed.map((g) => g.quote)).toEqual([]);
    expect(r.actuals).toHaveLength(gold.length);
  });

  it("claims the whole table so that the prose parser does not read the completion column", () => {
    expect(r.claimed).toHaveLength(1);
    expect(text.slice(r.claimed[0].start, r.claimed[0].start + 2)).toBe("序号");
    expect(text.slice(r.claimed[0].end - 7, r.claimed[0].end)).toBe("年工作方案》。");
  });
});

describe("extractProgress on random progress-like text", () => {
  const tokens = ["序号", "重点工作", "完成情况", "1", "2", "3", "新增小微企业园200个。", "1.完成第一批95个小微园审核认定。",
    "2.1-8月,全省共为企业减负3252亿元,提前完成“全年减负3150亿元”的目标任务。", "建成5G基站5万个。", "全省累计建成5G基站超过5.4万个",
    "“”的目标", "“5G”的任务", "10大标志性产业链", " ", "Produced By", "上半年新增9800台"];
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it("never throws, quotes verbatim and links actuals to its own targets", () => {
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 4 + Math.floor(rand() * 40) }, () => tokens[Math.floor(rand() * tokens.length)]).join("\n");
      const r = extractProgress({ text, file: "r.txt", region: "浙江省", year: 2020, kind: "progress" });
      for (const x of [...r.targets, ...r.actuals]) expect(text.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
      for (const a of r.actuals) expect(r.targets[a.targetIndex!]).toBeDefined();
    }
  });
});
