/**
 * How PLANTARGET resolves the names people type (src/core/lookup/names.ts), on a small catalogue
 * written for these rules: synonyms, measures (level against growth rate and change), the year and
 * region asked for, typos, and refusing rather than guessing.
 */
import { CatalogueIndex, type LookupResult, type TargetQuery } from "../../src/core/lookup/index";
import type { Indicator, TargetKind } from "../../src/core/types";
import { sealCatalogue } from "../../src/catalogue/hash";

let serial = 0;
function entry(name: string, value: number, unit: string, kind: TargetKind, fields: Partial<Indicator> = {}): Indicator {
  return {
    id: `e${++serial}`, name, aliases: [], region: "浙江省", year: 2025, value, unit, valueMax: null, qualifier: "exact", kind,
    baseline: null, baseYear: null, attribute: null, sources: [{ doc: "plan.txt", quote: name, offset: 0 }], actuals: [], conflict: [],
    ...fields,
  };
}

function indexOf(indicators: Indicator[]): CatalogueIndex {
  const documents = [{ id: "plan", file: "plan.txt", title: "规划", region: "浙江省", year: 2021, kind: "outline" as const }];
  return new CatalogueIndex(sealCatalogue(documents, indicators, "test"));
}

const index = indexOf([
  entry("地区生产总值", 8.5, "万亿元", "level"),
  entry("地区生产总值(GDP)增长", 5.5, "%", "growth_rate"),
  entry("地区生产总值年均增速", 7, "%", "growth_rate", { year: 2020, aliases: ["地区生产总值"] }),
  entry("常住人口城镇化率", 70, "%", "share", { year: 2020 }),
  entry("常住人口城镇化率累计提高", 4.2, "%", "cumulative", { year: 2020, aliases: ["常住人口城镇化率"] }),
  entry("户籍人口城镇化率", 46, "%", "share", { year: 2020 }),
  entry("实际利用外资增速", 12, "%", "growth_rate", { year: 2020, region: "嘉兴市", aliases: ["实际利用外资"] }),
  entry("R&D经费支出占GDP比重", 3.3, "%", "share"),
  entry("研究与试验发展经费支出相当于生产总值比重", 2.8, "%", "share", { year: 2020 }),
  entry("标志性产业链打造数", 10, "条", "count", { year: 2020, aliases: ["标志性产业链"] }),
  entry("省级乡村振兴示范镇培育数", 100, "个", "count", { aliases: ["省级乡村振兴示范镇"] }),
  entry("示范村培育数", 1000, "个", "count", { aliases: ["示范村"] }),
  entry("省级重点项目实施数", 600, "个", "count", { aliases: ["省级重点项目"] }),
  entry("新建5G基站数", 3000, "个", "increment", { aliases: ["5G基站"] }),
  entry("数字经济核心产业增加值增速", 15, "%", "growth_rate", { year: 2020, aliases: ["数字经济核心产业增加值"] }),
  entry("服务业增加值占GDP比重", 53, "%", "share", { year: 2020 }),
]);

function answer(query: Partial<TargetQuery> & { name: string }): number {
  const result = index.lookup({ year: 2025, region: "浙江省", ...query });
  if (!result.ok) throw new Error(`${query.name}: expected an answer, got ${result.message}`);
  return result.value;
}

function refusal(query: Partial<TargetQuery> & { name: string }): Extract<LookupResult, { ok: false }> {
  const result = index.lookup({ year: 2025, region: "浙江省", ...query });
  if (result.ok) throw new Error(`${query.name}: expected #N/A, got ${result.value}${result.unit} from ${result.indicator.name}`);
  return result;
}

describe("synonyms of the genre", () => {
  test.each(["GDP", "生产总值", "地区生产总值", "浙江省GDP", "全省地区生产总值"])("%s for 2025 is the level", (name) => {
    expect(answer({ name })).toBe(8.5);
  });

  test.each(["GDP增长", "GDP增速", "地区生产总值增幅", "生产总值年均增长"])("%s for 2025 is the growth rate", (name) => {
    expect(answer({ name })).toBe(5.5);
  });

  test("R&D经费支出占GDP比重 for 2020 finds the same indicator stored under its long name", () => {
    expect(answer({ name: "R&D经费支出占GDP比重", year: 2020 })).toBe(2.8);
    expect(answer({ name: "研发投入强度", year: 2020 })).toBe(2.8);
    expect(answer({ name: "研发投入强度" })).toBe(3.3);
  });

  test("a name holding the words in order: 服务业比重", () => {
    expect(answer({ name: "服务业比重", year: 2020 })).toBe(53);
  });
});

describe("measures: level, growth rate, change", () => {
  test("a bare name prefers the level to the change of the same subject", () => {
    expect(answer({ name: "城镇化率", year: 2020 })).toBe(70);
    expect(answer({ name: "常住人口城镇化率", year: 2020 })).toBe(70);
    expect(answer({ name: "城镇化率累计提高", year: 2020 })).toBe(4.2);
    expect(answer({ name: "城镇化率提高", year: 2020 })).toBe(4.2);
  });

  test("a bare name stored only as a rate's alias still finds the amount under another spelling", () => {
    const jiangxi = indexOf([
      entry("地区生产总值年均增速", 6, "%", "growth_rate", { region: "江西省", aliases: ["地区生产总值"] }),
      entry("经济总量", 3.5, "万亿元", "level", { region: "江西省" }),
    ]);
    const value = (name: string) => {
      const r = jiangxi.lookup({ name, year: 2025, region: "江西" });
      return r.ok ? r.value : r.message;
    };
    expect(value("地区生产总值")).toBe(3.5);
    expect(value("GDP")).toBe(3.5);
    expect(value("GDP增长")).toBe(6);
  });

  test("a subject with only a growth rate that year answers it to its bare name", () => {
    expect(answer({ name: "GDP", year: 2020 })).toBe(7);
    expect(answer({ name: "数字经济核心产业增加值", year: 2020 })).toBe(15);
  });

  test("a name asking for an amount never gets the growth rate", () => {
    const r = refusal({ name: "实际利用外资额", year: 2020, region: "嘉兴" });
    expect(r.code).toBe("#N/A");
    expect(answer({ name: "实际利用外资", year: 2020, region: "嘉兴" })).toBe(12);
  });

  test("a name asking for a total never gets the increment", () => {
    expect(refusal({ name: "5G基站总数" }).code).toBe("#N/A");
    expect(refusal({ name: "5G基站累计数" }).code).toBe("#N/A");
    expect(answer({ name: "5G基站" })).toBe(3000);
  });

  test("a growth rate is never reached from a bare name through a typo", () => {
    expect(refusal({ name: "数字经济核心产业增加直", year: 2020 }).code).toBe("#N/A");
    expect(answer({ name: "数字经济核心产业增加直增速", year: 2020 })).toBe(15);
  });
});

describe("refusing rather than guessing", () => {
  test("a typo answers when nothing else holds part of the name", () => {
    expect(answer({ name: "标志性产业连", year: 2020 })).toBe(10);
  });

  test("a typo-like match loses its confidence when another name holds part of what was typed", () => {
    const r = refusal({ name: "乡村振兴示范村" });
    expect(r.message).toMatch(/^指标「乡村振兴示范村」不明确/);
    expect(r.message).toContain("示范村培育数");
    expect(r.message).toContain("省级乡村振兴示范镇培育数");
  });

  test("words after a stored name make another indicator: 省级重点项目年度投资 is not the project count", () => {
    expect(refusal({ name: "省级重点项目年度投资" }).message).toMatch(/^未找到指标/);
    expect(answer({ name: "新增省级重点项目" })).toBe(600);
  });

  test("a name meant for another region says so instead of answering a look-alike", () => {
    const r = refusal({ name: "实际利用外资增速", year: 2020, region: "浙江省" });
    expect(r.message).toMatch(/^「实际利用外资增速」2020年没有浙江省的目标/);
  });

  test("户籍 and 常住 stay apart", () => {
    expect(answer({ name: "户籍城镇化率", year: 2020 })).toBe(46);
  });
});

describe("the same figure stated twice under two names is no ambiguity", () => {
  const twice = indexOf([
    entry("地区生产总值年均增速", 6, "%", "growth_rate", { region: "江西省" }),
    entry("地区生产总值增长", 6, "%", "growth_rate", { region: "江西省" }),
    entry("研发经费投入年均增速", 10, "%", "growth_rate", { region: "江西省" }),
    entry("研发经费投入增长", 12, "%", "growth_rate", { region: "江西省" }),
  ]);

  test("equal figures answer; different figures give #N/A listing both", () => {
    const same = twice.lookup({ name: "GDP增长", year: 2025, region: "江西" });
    expect(same.ok && same.value).toBe(6);
    const differ = twice.lookup({ name: "研发经费投入增长率", year: 2025, region: "江西" });
    expect(differ.ok).toBe(false);
    expect(!differ.ok && differ.message).toContain("研发经费投入年均增速");
  });
});
