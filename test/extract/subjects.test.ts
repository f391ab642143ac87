/**
 * Subjects that say what is counted, when the figure's own words do not (src/extract/prose/subject.ts
 * and context.ts; the group header of a table in src/extract/tables/rows.ts). Every sentence here is
 * written for its rule; none is taken from a seed document.
 */
import { extractProse } from "../../src/extract/prose";
import { extractTables } from "../../src/extract/tables";
import type { ParseContext } from "../../src/extract/types";

const ctxOf = (text: string, kind: ParseContext["kind"] = "plan"): ParseContext => ({ text, file: "t.txt", region: "某省", year: 2024, kind });
const subjects = (text: string) => extractProse(ctxOf(text), { start: 0, end: text.length }).targets.map((t) => [t.subject, t.value]);

describe("a bare project, pilot or investment takes what its context names", () => {
  test("a run-in heading naming a field: 2. 数字农业领域。布局重大项目12个", () => {
    expect(subjects("2. 数字农业领域。布局重大项目12个左右，五年完成投资300亿元左右。")).toEqual([
      ["数字农业领域重大项目", 12],
      ["数字农业领域重大项目投资", 300],
    ]);
  });

  test("a heading on building something: 四要全力推进未来乡村建设。首批30个试点…", () => {
    expect(subjects("四要全力推进未来乡村建设。首批30个试点要尽快见效，培育市级试点80个，总投资500亿元以上。")).toEqual([
      ["未来乡村首批试点", 30],
      ["市级未来乡村试点", 80],
      ["市级未来乡村试点总投资", 500],
    ]);
  });

  test("the investment of the projects counted by the clause or list item before it", () => {
    expect(subjects("实施市级重点项目300个，完成年度投资2000亿元。")).toEqual([
      ["市级重点项目", 300],
      ["市级重点项目年度投资", 2000],
    ]);
    expect(subjects("全年实施县级重点项目150个、完成年度投资800亿元。")).toEqual([
      ["县级重点项目", 150],
      ["县级重点项目年度投资", 800],
    ]);
  });

  test("…or named by a clause without a figure", () => {
    expect(subjects("全力推动十大民生工程加快建设，完成年度投资60亿元以上。")).toEqual([["十大民生工程年度投资", 60]]);
  });

  test("without context a bare subject stays as written: a heading that builds nothing is no topic", () => {
    expect(subjects("（二）着力扩大有效需求。实施省级重点项目400个。")).toEqual([["省级重点项目", 400]]);
    expect(subjects("计划实施重大项目200个。")).toEqual([["重大项目", 200]]);
  });

  test("the whole home region after a verb says where, not what: 完成全市重点项目投资", () => {
    expect(subjects("力争完成全市重点项目投资900亿元以上。")).toEqual([["重点项目投资", 900]]);
  });

  test("projects of a programme named before them carry its name: …项目(启明计划)", () => {
    expect(subjects("实施以攻克底层技术为目标的“启明计划”，每年实施50项左右前沿技术研究项目。")).toEqual([["前沿技术研究项目(启明计划)", 50]]);
    expect(subjects("3. “护航计划”。在高端装备等领域，组织实施80项左右重大攻关项目。")).toEqual([["重大攻关项目(护航计划)", 80]]);
  });
});

describe("action verbs before the thing counted", () => {
  test("verbs joined by 和/及/与, or run together, share their object: 新增和更新新能源公交车, 改造提升老旧小区", () => {
    const read = (text: string) => extractProse(ctxOf(text), { start: 0, end: text.length }).targets.map((t) => [t.verb, t.subject]);
    expect(read("新增和更新新能源公交车300台，新建及改造城市道路50条，改造提升老旧小区200个。")).toEqual([
      ["新增和更新", "新能源公交车"],
      ["新建及改造", "城市道路"],
      ["改造提升", "老旧小区"],
    ]);
    // 和 before a noun joins two things, not two verbs; 更新 is a verb only after a joined one
    expect(read("新建学校和医院20所。")).toEqual([["新建", "学校和医院"]]);
    expect(read("实施更新改造项目50个。")).toEqual([["实施", "更新改造项目"]]);
  });
});

describe("participants of a programme written before it", () => {
  test("推进6个县、80所学校智慧教育试点: the pilot's counties and schools", () => {
    expect(subjects("推进6个县、80所学校智慧教育试点。")).toEqual([
      ["智慧教育试点县", 6],
      ["智慧教育试点学校", 80],
    ]);
  });
});

describe("a short subject leaning on the list item before it", () => {
  test("parallel heads sharing their opening: 示范镇20个、示范村300个", () => {
    expect(subjects("创建省级美丽乡村示范镇20个、示范村300个。")).toEqual([
      ["省级美丽乡村示范镇", 20],
      ["省级美丽乡村示范村", 300],
    ]);
  });

  test("two counts of one kind of event: 事故起数、受伤人数", () => {
    expect(subjects("确保道路交通事故起数、受伤人数分别下降10%。")).toEqual([
      ["道路交通事故起数", 10],
      ["道路交通事故受伤人数", 10],
    ]);
  });

  test("a scope of the indicator before it, with the same kind of verb: 重点区域下降8%", () => {
    expect(subjects("全市化肥使用量下降5%、重点区域下降8%。")).toEqual([
      ["化肥使用量", 5],
      ["重点区域化肥使用量", 8],
    ]);
  });

  test("a subject naming its own indicator is left alone", () => {
    expect(subjects("新增高新技术企业300家、科技型中小企业900家。")).toEqual([
      ["高新技术企业", 300],
      ["科技型中小企业", 900],
    ]);
  });
});

describe("figures whose indicator is not before them", () => {
  test("no subject before the verb: the indicator of the clause before, 累计 kept", () => {
    expect(subjects("出口总额增长6%，达到900亿元。")).toEqual([
      ["出口总额", 6],
      ["出口总额", 900],
    ]);
    expect(subjects("新建充电桩2000个，累计达到1.5万个。")).toEqual([
      ["充电桩", 2000],
      ["充电桩累计", 1.5],
    ]);
    expect(subjects("公共充电桩新建800个，累计突破6000个。")).toEqual([
      ["公共充电桩新建", 800],
      ["公共充电桩累计", 6000],
    ]);
  });

  test("a verb before the relation counts the noun after the figure: 举办不少于50场招聘会", () => {
    expect(subjects("举办不少于50场招聘会。")).toEqual([["招聘会", 50]]);
  });

  test("verbs only and nothing after: the last verb names what is done (再新增减负60亿元)", () => {
    const text = "再新增减负60亿元以上。";
    const [t] = extractProse(ctxOf(text), { start: 0, end: text.length }).targets;
    expect([t.subject, t.verb, t.value]).toEqual(["减负", "新增", 60]);
  });

  test("a verb after the counted noun says which count: 进入全国百强, 落户", () => {
    expect(subjects("争取3家省级高新区进入全国百强。")).toEqual([["进入全国百强的省级高新区", 3]]);
    expect(subjects("争取5个国家级研发平台落户。")).toEqual([["国家级研发平台落户", 5]]);
  });
});

describe("a table row under a group header", () => {
  const table = [
    "表2 生态环境主要指标",
    "指标", "2020年", "2025年", "属性",
    "单位GDP能耗降低(%)", "〔13.5〕", "约束性",
    "主要污染物排放总量减少(%)", "化学需氧量", "〔8〕", "约束性", "氨氮", "〔9〕", "约束性",
    "城镇化率(%)", "常住人口", "60", "65", "预期性",
  ].join("\n\n") + "\n";
  const rows = extractTables(ctxOf(table, "outline")).targets.map((t) => [t.subject, t.value]);

  test("a member of the class a header names takes the class's place: 化学需氧量排放总量减少", () => {
    expect(rows).toContainEqual(["化学需氧量排放总量减少", 8]);
    expect(rows).toContainEqual(["氨氮排放总量减少", 9]);
  });

  test("under any other header the header stays a remark", () => {
    expect(rows).toContainEqual(["常住人口(城镇化率)", 65]);
  });
});
