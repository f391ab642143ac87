import { buildCatalogue } from "../../src/catalogue/build";
import { parseCatalogue } from "../../src/catalogue/load";
import { aliasesFor, standardName } from "../../src/catalogue/naming";
import type { DocKind, TargetKind } from "../../src/core/types";
import type { DocExtraction, RawActual, RawTarget } from "../../src/extract/types";

function target(subject: string, value: number, unit: string, extra: Partial<RawTarget> = {}): RawTarget {
  const quote = `${extra.verb ?? "建成"}${subject}${value}${unit}`;
  return {
    subject, verb: "建成", year: 2020, value, unit, valueMax: null, qualifier: "exact", kind: "count",
    baseline: null, baseYear: null, attribute: null, quote, offset: 10, ...extra,
  };
}

function doc(file: string, kind: DocKind, targets: RawTarget[], actuals: RawActual[] = [], region = "浙江省"): DocExtraction {
  return { doc: { id: file.replace(/\.txt$/, ""), file, title: file, region, year: 2020, kind }, targets, actuals, skipped: [], warnings: [] };
}

describe("buildCatalogue", () => {
  it("merges the same target from several documents into one entry with several sources", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [target("5G基站", 5, "万个")]),
      doc("report.txt", "progress", [target("5G 基站", 5, "万个", { offset: 99 })]),
    ]);
    expect(c.indicators).toHaveLength(1);
    const [ind] = c.indicators;
    expect(ind.name).toBe("5G基站建成数");
    expect(ind.aliases).toEqual(expect.arrayContaining(["5G基站", "5G基站数"]));
    expect(ind.sources.map((s) => s.doc)).toEqual(["plan.txt", "report.txt"]);
    expect(ind.conflict).toEqual([]);
  });

  it("keeps one entry per figure when documents disagree, marks the conflict and puts the issued plan first", () => {
    const c = buildCatalogue([
      doc("speech.txt", "speech", [target("产业链协同创新项目", 50, "项", { verb: "实施" })]),
      doc("plan.txt", "plan", [target("产业链协同创新项目", 60, "项", { verb: "实施" })]),
      doc("report.txt", "progress", [target("产业链协同创新项目", 60, "项", { verb: "实施" })]),
    ]);
    expect(c.indicators).toHaveLength(2);
    const sixty = c.indicators.find((i) => i.value === 60)!;
    const fifty = c.indicators.find((i) => i.value === 50)!;
    expect(sixty.sources.map((s) => s.doc)).toEqual(["plan.txt", "report.txt"]);
    expect(sixty.conflict).toEqual([fifty.id]);
    expect(fifty.conflict).toEqual([sixty.id]);
    expect(sixty.name).toBe("产业链协同创新项目实施数");
  });

  it("treats 10000家 and 1万家 as the same figure", () => {
    const c = buildCatalogue([
      doc("a.txt", "plan", [target("“低散乱”企业", 10000, "家", { verb: "整治" })]),
      doc("b.txt", "speech", [target("低散乱企业", 1, "万家", { verb: "整治" })]),
    ]);
    expect(c.indicators).toHaveLength(1);
    expect(c.indicators[0].value).toBe(10000);
  });

  it("never merges different regions, years or kinds of figure", () => {
    const c = buildCatalogue([
      doc("zj.txt", "plan", [target("小微企业园", 200, "个"), target("小微企业园", 200, "个", { year: 2022 })]),
      doc("jx.txt", "plan", [target("小微企业园", 20, "个")], [], "嘉兴市"),
      doc("g.txt", "plan", [target("工业投资", 15, "%", { kind: "growth_rate", verb: "" }), target("工业投资", 900, "亿元", { kind: "level", verb: "" })]),
    ]);
    expect(c.indicators).toHaveLength(5);
    expect(c.indicators.every((i) => i.conflict.length === 0)).toBe(true);
    expect(c.indicators.find((i) => i.unit === "%")!.name).toBe("工业投资增速");
  });

  it("attaches actuals to the entry of the target they answer", () => {
    const actual: RawActual = { subject: "5G基站", value: 5.4, unit: "万个", asOf: "2020-09", quote: "建成交付5G基站超过5.4万个", offset: 300, targetIndex: 0 };
    const c = buildCatalogue([
      doc("plan.txt", "plan", [target("5G基站", 5, "万个")]),
      doc("report.txt", "progress", [target("5G基站", 5, "万个", { offset: 200 })], [actual, actual]),
    ]);
    expect(c.indicators[0].actuals).toEqual([{ value: 5.4, unit: "万个", asOf: "2020-09", doc: "report.txt", quote: actual.quote, offset: 300 }]);
  });

  it("gives stable ids and a version that changes with any figure", () => {
    const one = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 5, "万个")])]);
    const again = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 5, "万个")])]);
    const changed = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 6, "万个")])]);
    expect(again).toEqual(one);
    expect(changed.indicators[0].id).toBe(one.indicators[0].id);
    expect(changed.version).not.toBe(one.version);
  });

  it("produces catalogues that pass its own schema", () => {
    const c = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 5, "万个")])]);
    expect(parseCatalogue(JSON.stringify(c))).toEqual(c);
  });
});

describe("buildCatalogue with an extractor that found no subject", () => {
  it("names the entry by its quote and never merges two such figures", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [
        target("", 25, "亿美元", { quote: "达到25亿美元(部口径)", kind: "level" }),
        target("", 30, "亿美元", { quote: "突破30亿美元", kind: "level", offset: 50 }),
      ]),
    ]);
    expect(c.indicators.map((i) => i.name)).toEqual(["达到25亿美元(部口径)", "突破30亿美元"]);
    expect(c.indicators.every((i) => i.conflict.length === 0)).toBe(true);
    expect(parseCatalogue(JSON.stringify(c))).toEqual(c);
  });
});

describe("naming: what a planner calls a figure, and what people type for it", () => {
  const naming = (subject: string, verb: string, kind: TargetKind, unit: string) => {
    const t = { subject, verb, kind, unit };
    const name = standardName(t);
    return { name, aliases: aliasesFor(t, name) };
  };

  test.each([
    ["5G基站", "建成", "count", "万个", "5G基站建成数"],
    ["隐形冠军企业", "新增", "increment", "家", "新增隐形冠军企业数"],
    ["数字经济核心产业增加值", "增长", "growth_rate", "%", "数字经济核心产业增加值增速"],
    ["VOCs排放总量", "下降", "reduction", "%", "VOCs排放总量下降率"],
    ["海铁联运班列数", "设立", "count", "条", "海铁联运班列数"],
    ["地区生产总值", "翻一番", "ratio", "倍", "地区生产总值翻番"],
  ] as const)("%s (%s, %s) → %s", (subject, verb, kind, unit, name) => {
    expect(naming(subject, verb, kind, unit).name).toBe(name);
  });

  test.each([
    ["常住人口城镇化率", "累计", "%", "常住人口城镇化率累计提高"],
    ["人均预期寿命", "累计", "年", "人均预期寿命累计提高"],
    ["每千人口执业(助理)医师数", "累计", "人", "每千人口执业(助理)医师数累计增加"],
    ["林木蓄积量", "累计", "万立方米", "林木蓄积量累计增加"],
    ["新增城镇就业人数", "累计", "万人", "累计新增城镇就业人数"],
    ["博士后", "招收", "名", "累计招收博士后数"],
    ["单位生产总值能耗降低", "累计", "%", "单位生产总值能耗降低"],
    ["化学需氧量(主要污染物排放总量减少)", "累计", "%", "化学需氧量减少"],
  ])("a five-year figure of %s (%s) is named for a rise or a total: %s", (subject, verb, unit, name) => {
    expect(naming(subject, verb, "cumulative", unit).name).toBe(name);
  });

  test("aliases: the bare subject, with 数, with an action verb, in the kind's other wording", () => {
    expect(naming("5G基站", "建成", "count", "万个").aliases).toEqual(["5G基站", "5G基站数", "建成5G基站"]);
    expect(naming("固定资产投资", "增长", "growth_rate", "%").aliases).toEqual(["固定资产投资", "固定资产投资增长"]);
    expect(naming("常住人口城镇化率", "累计", "cumulative", "%").aliases).toEqual(["常住人口城镇化率", "常住人口城镇化率提高"]);
  });

  test("aliases never prefix a qualifier or a kind word, nor double 数", () => {
    expect(naming("服务贸易进出口额", "达到", "level", "亿元").aliases).toEqual([]);
    expect(naming("城镇调查失业率", "控制在", "share", "%").aliases).toEqual([]);
    expect(naming("海铁联运班列数", "设立", "count", "条").aliases).toEqual(["设立海铁联运班列数"]);
  });

  test("an area or a length is also named by what it measures", () => {
    expect(naming("低效用地", "腾退", "level", "万亩").aliases).toContain("低效用地面积");
    expect(naming("天府绿道", "新建", "increment", "公里").aliases).toContain("天府绿道里程");
    expect(naming("人均体育场地面积", "", "ratio", "平方米").aliases).toEqual([]);
  });

  test("remarks in brackets are dropped from an alias, unless too little would be left", () => {
    expect(naming("省级特色小镇(2.0版)", "打造", "count", "个").aliases).toContain("省级特色小镇");
    expect(naming("新引进(留浙)博士", "", "increment", "名").aliases).not.toContain("博士");
  });

  test("no subject, no name: the builder names the entry by its quote", () => {
    expect(naming("", "达到", "level", "亿美元")).toEqual({ name: "", aliases: [] });
  });
});
