import { matchUnitAt, skipSpaces, UNIT_FIRST_CHARS } from "../../src/extract/unitLexicon";

function unitOf(s: string, i = 0) {
  const m = matchUnitAt(s, i);
  return m && { unit: m.unit, rest: s.slice(m.end), approx: m.approx };
}

describe("matchUnitAt", () => {
  test.each([
    ["个", "个"], ["家", "家"], ["项", "项"], ["条", "条"], ["台", "台"], ["人", "人"], ["名", "名"],
    ["所", "所"], ["座", "座"], ["辆", "辆"], ["户", "户"], ["次", "次"], ["倍", "倍"], ["岁", "岁"],
    ["元", "元"], ["万元", "万元"], ["亿元", "亿元"], ["万亿元", "万亿元"], ["亿美元", "亿美元"],
    ["万亩", "万亩"], ["万人", "万人"], ["万台", "万台"], ["万家", "万家"], ["万个", "万个"],
    ["万吨", "万吨"], ["万吨/年", "万吨/年"], ["万吨标准煤", "万吨标准煤"], ["万吨标煤", "万吨标煤"],
    ["立方米", "立方米"], ["万立方米", "万立方米"], ["平方米", "平方米"], ["万平方米", "万平方米"],
    ["公里", "公里"], ["千米", "千米"], ["千瓦", "千瓦"], ["万千瓦", "万千瓦"], ["千瓦时", "千瓦时"],
    ["亿千瓦时", "亿千瓦时"], ["兆瓦", "兆瓦"], ["公顷", "公顷"], ["个工作日", "个工作日"],
    ["人次", "人次"], ["万人次", "万人次"], ["万标箱", "万标箱"], ["千万元", "千万元"], ["万架", "万架"], ["个月", "个月"],
    ["斤", "斤"], ["亿斤", "亿斤"], ["万公斤", "万公斤"],
  ])("%s → %s", (s, unit) => {
    expect(unitOf(s + "，")).toEqual({ unit, rest: "，", approx: null });
  });

  test("percent and percentage points stay apart", () => {
    expect(unitOf("%以上")).toMatchObject({ unit: "%", rest: "以上" });
    expect(unitOf("％左右")).toMatchObject({ unit: "%", rest: "左右" });
    expect(unitOf("个百分点")).toMatchObject({ unit: "个百分点", rest: "" });
    expect(unitOf("个以上")).toMatchObject({ unit: "个", rest: "以上" });
  });

  test("compound units with a denominator", () => {
    expect(unitOf("人/亿元")).toMatchObject({ unit: "人/亿元", rest: "" });
    expect(unitOf("万元/人")).toMatchObject({ unit: "万元/人", rest: "" });
    expect(unitOf("元/人。")).toMatchObject({ unit: "元/人", rest: "。" });
    expect(unitOf("微克/立方米以下")).toMatchObject({ unit: "微克/立方米", rest: "以下" });
    expect(unitOf("张/千人")).toMatchObject({ unit: "张/千人", rest: "" });
  });

  test("a slash followed by no known denominator is not swallowed", () => {
    expect(unitOf("个/和")).toMatchObject({ unit: "个", rest: "/和" });
  });

  test("spaces before the unit are skipped (2700 亿元)", () => {
    expect(unitOf(" 亿元。")).toMatchObject({ unit: "亿元", rest: "。" });
    expect(unitOf("\u3000个")).toMatchObject({ unit: "个", rest: "" });
  });

  test("a bare multiplier is a unit of its own", () => {
    expect(unitOf("万亿，")).toMatchObject({ unit: "万亿", rest: "，" });
    expect(unitOf("万以上")).toMatchObject({ unit: "万", rest: "以上" });
  });

  test("余/多 between multiplier and base unit", () => {
    expect(unitOf("万余家")).toEqual({ unit: "万家", rest: "", approx: "余" });
    expect(unitOf("万多人")).toEqual({ unit: "万人", rest: "", approx: "多" });
  });

  test("UNIT_FIRST_CHARS holds the first character of every unit and of nothing else", () => {
    for (const unit of ["个", "万家", "亿斤", "%", "个百分点", "微克/立方米", "kW"]) expect(UNIT_FIRST_CHARS).toContain(unit[0]);
    for (const ch of ["体", "流", "号", "大"]) expect(UNIT_FIRST_CHARS).not.toContain(ch);
  });

  test("no unit", () => {
    expect(matchUnitAt("企业", 0)).toBeNull();
    expect(matchUnitAt("", 0)).toBeNull();
    expect(matchUnitAt("  ", 0)).toBeNull();
  });
});

describe("skipSpaces", () => {
  test("skips ASCII, ideographic and no-break spaces", () => {
    expect(skipSpaces(" \u3000\u00a0x", 0)).toBe(3);
    expect(skipSpaces("x", 0)).toBe(0);
  });
});
