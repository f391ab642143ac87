/**
 * Standard names and aliases (src/catalogue/naming.ts) for subjects whose verb is part of what is
 * counted, whose remark or batch word people leave out, and whose kind reads as a rise or a total.
 */
import { aliasesFor, standardName } from "../../src/catalogue/naming";
import type { TargetKind } from "../../src/core/types";

const naming = (subject: string, verb: string, kind: TargetKind, unit: string) => {
  const t = { subject, verb, kind, unit };
  const name = standardName(t);
  return { name, aliases: aliasesFor(t, name) };
};

describe("verbs that are part of what is counted", () => {
  test.each([
    ["城中村", "改造", "count", "个", "改造城中村数"],
    ["“低散乱”企业", "整治", "count", "家", "整治“低散乱”企业数"],
    ["工业设备", "连接", "count", "万台", "连接工业设备数"],
    ["百亿级产业项目", "招引储备", "count", "个", "招引储备百亿级产业项目数"],
    ["亿元以上招商项目", "引进落地", "increment", "个", "引进落地亿元以上招商项目数"],
    ["低效用地", "腾退", "level", "万亩", "腾退低效用地面积"],
    ["水土流失面积", "治理", "level", "平方公里", "治理水土流失面积"],
  ] as const)("%s (%s, %s %s) → %s: the act leads the name", (subject, verb, kind, unit, name) => {
    expect(naming(subject, verb, kind, unit).name).toBe(name);
  });

  test("…and is also typed after the subject: 城中村改造", () => {
    expect(naming("城中村", "改造", "count", "个").aliases).toEqual(expect.arrayContaining(["城中村", "改造城中村", "城中村改造"]));
  });

  test("a verb of new things leads a count, unless the subject names its own event", () => {
    expect(naming("亿元以上项目", "新开工", "count", "个").name).toBe("新开工亿元以上项目数");
    expect(naming("亿元以上竣工项目", "新开工", "count", "个")).toEqual({ name: "亿元以上竣工项目数", aliases: ["亿元以上竣工项目"] });
  });

  test("a predicate written before its noun is also typed after it", () => {
    expect(naming("进入全国百强的省级高新区", "争取", "count", "家").aliases).toContain("省级高新区进入全国百强");
  });

  test("verbs that bring things into being follow them, as before: 国家重点实验室争创数", () => {
    expect(naming("国家重点实验室", "争创", "count", "个").name).toBe("国家重点实验室争创数");
  });

  test("每年 is no part of the name", () => {
    expect(naming("城镇就业", "每年新增", "increment", "万人").name).toBe("新增城镇就业数");
    expect(naming("重大引领性项目", "每年实施", "count", "项").name).toBe("重大引领性项目实施数");
  });

  test("a share of what something covers is its 覆盖率", () => {
    expect(naming("部门协同业务", "“政务云”覆盖", "share", "%").name).toBe("“政务云”部门协同业务覆盖率");
  });
});

describe("kinds that read as a rise or a total", () => {
  test("a raise by percentage points or years is named 提高", () => {
    expect(naming("服务业增加值占比", "提高", "increment", "个百分点").name).toBe("服务业增加值占比提高");
    expect(naming("人均预期寿命", "提高", "increment", "岁").name).toBe("人均预期寿命提高");
  });

  test("a stock reached in total is counted: 充电桩累计数", () => {
    expect(naming("充电桩累计", "达到", "level", "万个").name).toBe("充电桩累计数");
  });

  test("涨幅 is already a growth wording", () => {
    expect(naming("居民消费价格涨幅", "", "growth_rate", "%").name).toBe("居民消费价格涨幅");
    expect(naming("物价总水平上涨幅度", "控制在", "growth_rate", "%").name).toBe("物价总水平上涨幅度");
  });

  test("a price rises: 居民消费价格上涨3% is a 涨幅, typed also as 上涨, never a 增速", () => {
    expect(naming("居民消费价格", "上涨", "growth_rate", "%")).toEqual({ name: "居民消费价格涨幅", aliases: ["居民消费价格", "居民消费价格上涨"] });
    expect(naming("居民消费价格", "控制在", "growth_rate", "%").name).toBe("居民消费价格涨幅");
    expect(naming("商品房价格指数", "", "growth_rate", "%").name).toBe("商品房价格指数涨幅");
  });
});

describe("remarks and batch words", () => {
  test("the name is built on the subject and the remark closes it", () => {
    expect(naming("前沿技术研究项目(启明计划)", "实施", "count", "项").name).toBe("前沿技术研究项目实施数(启明计划)");
    expect(naming("前沿技术研究项目(启明计划)", "实施", "count", "项").aliases).toContain("前沿技术研究项目");
  });

  test("a remark saying which way a figure goes still names the change", () => {
    expect(naming("化学需氧量(主要污染物排放总量减少)", "累计", "cumulative", "%").name).toBe("化学需氧量减少");
  });

  test("the batch word is left out in an alias: 未来乡村首批试点 → 未来乡村试点", () => {
    expect(naming("未来乡村首批试点", "", "count", "个").aliases).toContain("未来乡村试点");
  });
});

describe("naming: what a planner calls a figure, and what people type for it", () => {
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
