import { qualifierAfter, qualifierBefore, resolveQualifier, striveIndex, type QualifierEvidence } from "../../src/extract/qualifiers";

/** The qualifier read around the first number of `s` (the number is the first ASCII digit run). */
function around(s: string) {
  const start = s.search(/\d/);
  const end = start + (s.slice(start).match(/^[\d.]+[^\d以左上下及之]*/)?.[0].length ?? 0);
  return resolveQualifier({
    range: false,
    after: qualifierAfter(s, end)?.qualifier ?? null,
    before: qualifierBefore(s, 0, start),
    approx: false,
    strive: striveIndex(s, { start: 0, end: s.length }) >= 0,
  });
}

describe("qualifiers around a figure", () => {
  test.each([
    ["新增小微企业园200个以上", "at_least"],
    ["举办不少于100场专场路演", "at_least"],
    ["研发投入不低于3%", "at_least"],
    ["人均预期寿命超过80岁", "at_least"],
    ["社会消费品零售总额增长8%左右", "about"],
    ["城镇登记失业率控制在3.5%以内", "at_most"],
    ["细颗粒物年均浓度达到35微克/立方米以下", "at_most"],
    ["债务率不超过100%", "at_most"],
    ["审批“最多80天”改革", "at_most"],
    ["研发经费投入强度突破3%", "exceed"],
    ["力争数字经济核心产业增加值增长15%", "strive"],
    ["争取2个国家级科创平台落户", "strive"],
    ["力争在役工业机器人累计突破10万台", "exceed"],
    ["力争实际利用外资增长12%以上", "at_least"],
    ["建成5G基站5万个", "exact"],
    ["新增城市绿道里程约120公里", "about"],
    ["全省经济总量迈上6万亿元台阶", "at_least"],
    ["全年签约10个项目", "exact"],
    ["年节约标准煤20万吨", "exact"],
  ])("%s → %s", (s, q) => {
    expect(around(s)).toBe(q);
  });

  test("qualifierAfter skips spaces and reports where the word ends", () => {
    expect(qualifierAfter("200 个 以上，", 5)).toEqual({ qualifier: "at_least", end: 8 });
    expect(qualifierAfter("及以上", 0)).toEqual({ qualifier: "at_least", end: 3 });
    expect(qualifierAfter("建设", 0)).toBeNull();
  });

  test("qualifierBefore does not look back past its start", () => {
    expect(qualifierBefore("突破，新增5家", 3, 5)).toBeNull();
    expect(qualifierBefore("突破，新增5家", 0, 2)).toBe("exceed");
  });

  test("the firmest evidence wins: range, after, before, 余/多, strive", () => {
    const none: QualifierEvidence = { range: false, after: null, before: null, approx: false, strive: false };
    expect(resolveQualifier(none)).toBe("exact");
    expect(resolveQualifier({ ...none, strive: true })).toBe("strive");
    expect(resolveQualifier({ ...none, strive: true, approx: true })).toBe("at_least");
    expect(resolveQualifier({ ...none, strive: true, before: "exceed" })).toBe("exceed");
    expect(resolveQualifier({ ...none, before: "exceed", after: "about" })).toBe("about");
    expect(resolveQualifier({ ...none, after: "about", range: true })).toBe("range");
  });

  test("striveIndex is absolute and -1 without 力争/争取", () => {
    expect(striveIndex("前文，力争新增5家", { start: 3, end: 9 })).toBe(3);
    expect(striveIndex("新增5家", { start: 0, end: 4 })).toBe(-1);
  });
});
