import { measureOf, saidMeasure } from "../../src/core/match/measure";
import { normalizeName } from "../../src/core/match/normalize";
import { canonicalForms, canonicalName } from "../../src/core/match/synonyms";

const canonical = (name: string) => canonicalName(normalizeName(name));

describe("canonicalName: one form for the genre's spellings of one indicator", () => {
  test.each([
    [["地区生产总值", "GDP", "生产总值", "地区生产总值（GDP）"], "gdp"],
    [["地区生产总值增速", "GDP增长", "生产总值年均增长", "GDP增幅", "地区生产总值增长率"], "gdp增长"],
    [["R&D经费支出占GDP比重", "研究与试验发展经费支出相当于生产总值比重", "研发投入强度", "研发经费投入强度"], "研发强度"],
    [["单位GDP能耗降低", "单位生产总值能源消耗降低", "能耗强度下降", "单位地区生产总值能耗下降率"], "能耗强度下降"],
    [["万元GDP用水量降低", "单位生产总值用水量降低", "用水强度下降"], "用水强度下降"],
    [["规模以上工业增加值", "规上工业增加值"], "规上工业增加值"],
    [["装配式建筑占比", "装配式建筑比例", "装配式建筑比重"], "装配式建筑比重"],
    [["地表水达到或好于Ⅲ类水体比例", "地表水III类及以上水质比例"], "地表水iii类以上水质比重"],
    [["常住人口城镇化率", "城镇化率"], "城镇化率"],
    [["5G基站", "5G基站数", "5G基站数量", "5G基站建成数", "5G基站建设数"], "5g基站"],
    [["城镇新增就业", "城镇新增就业人数", "新增城镇就业", "新增城镇就业人数"], "城镇新增就业"],
    [["居民消费价格涨幅", "CPI涨幅", "CPI增长", "居民消费价格上涨", "CPI上涨幅度"], "居民消费价格增长"],
    [["接待游客", "接待游客人次"], "接待游客"],
    [["常住人口城镇化率累计提高", "城镇化率提高", "城镇化率提升"], "城镇化率提高"],
    [["实际利用外资", "实际利用外资额", "实际使用外资金额"], "实际利用外资"],
    [["VOCs减排", "挥发性有机物下降", "VOCs降低"], "vocs下降"],
    [["GDP翻一番", "地区生产总值翻番"], "gdp翻番"],
  ])("%j → %s", (spellings, form) => {
    for (const spelling of spellings) expect(canonical(spelling)).toBe(form);
  });

  test("spellings of different indicators stay apart", () => {
    expect(canonical("户籍人口城镇化率")).not.toBe(canonical("常住人口城镇化率"));
    expect(canonical("亿元GDP生产安全事故死亡率")).not.toBe(canonical("单位GDP生产安全事故死亡率"));
    expect(canonical("新开工项目")).not.toBe(canonical("竣工项目"));
    expect(canonical("GDP")).not.toBe(canonical("GDP增长"));
  });

  test("a shortened phrase keeps its written form too, so that part of it still matches", () => {
    expect(canonicalForms(normalizeName("研发投入强度"))).toEqual(["研发强度", "研发投入强度"]);
    expect(canonicalForms(normalizeName("5G基站"))).toEqual(["5g基站"]);
  });
});

describe("measures", () => {
  test.each([
    ["GDP增长", "growth"],
    ["城镇化率累计提高", "change"],
    ["VOCs减排", "change"],
    ["GDP翻一番", "multiple"],
    ["实际利用外资额", "amount"],
    ["5G基站总数", "amount"],
    ["5G基站累计数", "amount"],
    ["国家级高新区新建", "increment"],
    ["GDP", null],
    ["服务业增加值", null],
  ])("%s says %s", (name, measure) => expect(saidMeasure(canonical(name), normalizeName(name))).toBe(measure));

  test("a figure's measure comes from its kind, unit and what its name says", () => {
    expect(measureOf("level", "万亿元", null)).toBe("amount");
    expect(measureOf("growth_rate", "%", "growth")).toBe("growth");
    expect(measureOf("increment", "个", null)).toBe("increment");
    expect(measureOf("ratio", "倍", "multiple")).toBe("multiple");
    // Five-year figures: a rise in a rate is a change, a total of what was done an amount.
    expect(measureOf("cumulative", "%", null)).toBe("change");
    expect(measureOf("cumulative", "人", "change")).toBe("change");
    expect(measureOf("cumulative", "万人", null)).toBe("amount");
  });
});
