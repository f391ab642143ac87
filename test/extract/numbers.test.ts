import { parseNumberAt, startsNumber } from "../../src/extract/numbers";

/** Parses the number at the first position of `s` and returns the fields tests compare. */
function read(s: string, i = 0) {
  const m = parseNumberAt(s, i);
  return m && { value: m.value, valueMax: m.valueMax, rest: s.slice(m.end), approx: m.approx, impliedUnit: m.impliedUnit };
}

describe("parseNumberAt: Arabic numerals", () => {
  test("integers and decimals stop before the unit", () => {
    expect(read("2700亿元")).toMatchObject({ value: 2700, rest: "亿元", valueMax: null, approx: null });
    expect(read("8.5万亿元")).toMatchObject({ value: 8.5, rest: "万亿元" });
    expect(read("0.35个百分点")).toMatchObject({ value: 0.35, rest: "个百分点" });
  });
  test("thousands commas, but not a comma between two numbers", () => {
    expect(read("10,000家")).toMatchObject({ value: 10000, rest: "家" });
    expect(read("1,234,567元")).toMatchObject({ value: 1234567, rest: "元" });
    expect(read("12,30家")).toMatchObject({ value: 12, rest: ",30家" });
    expect(read("5,1234")).toMatchObject({ value: 5, rest: ",1234" });
  });
  test("full-width digits and full-width decimal point", () => {
    expect(read("１２．５％")).toMatchObject({ value: 12.5, rest: "％" });
  });
  test("long numbers read as Number() reads them; short decimals exactly", () => {
    expect(read("12345678901234567890元")).toMatchObject({ value: 12345678901234567890, rest: "元" });
    expect(read("3.14159265358979323846")).toMatchObject({ value: 3.14159265358979323846 });
    expect(read("0.1元")?.value).toBe(0.1);
    expect(read("1.15亿元")?.value).toBe(1.15);
    expect(read("99.99%")?.value).toBe(99.99);
  });
  test("a trailing dot is not a decimal point", () => {
    expect(read("3.")).toMatchObject({ value: 3, rest: "." });
  });
  test("reads at an inner index", () => {
    const s = "新增小微企业园 200 个";
    expect(read(s, s.indexOf("2"))).toMatchObject({ value: 200, rest: " 个" });
  });
  test("no number at the index", () => {
    expect(parseNumberAt("企业", 0)).toBeNull();
    expect(parseNumberAt("", 0)).toBeNull();
    expect(parseNumberAt("5", 3)).toBeNull();
  });
});

describe("parseNumberAt: Chinese numerals", () => {
  test.each([
    ["三个", 3, "个"],
    ["两家", 2, "家"],
    ["十五条", 15, "条"],
    ["十条", 10, "条"],
    ["一百二十项", 120, "项"],
    ["一百零五人", 105, "人"],
    ["三千五百家", 3500, "家"],
    ["两千亿元", 2000, "亿元"],
    ["千亿", 1000, "亿"],
    ["二〇三五年", 2035, "年"],
    ["二〇二〇年", 2020, "年"],
    ["三点五倍", 3.5, "倍"],
  ])("%s → %d", (s, value, rest) => {
    expect(read(s)).toMatchObject({ value, rest });
  });
  test("万 stays with the unit: 一万家 is 1 万家", () => {
    expect(read("一万家")).toMatchObject({ value: 1, rest: "万家" });
  });
});

describe("parseNumberAt: fractions and percentages in words", () => {
  test("三分之一 is 33.33 percent", () => {
    expect(read("三分之一以上")).toMatchObject({ value: 33.33, impliedUnit: "%", rest: "以上" });
  });
  test("四分之三 and 3分之2", () => {
    expect(read("四分之三")).toMatchObject({ value: 75, impliedUnit: "%" });
    expect(read("3分之2")).toMatchObject({ value: 66.67, impliedUnit: "%" });
  });
  test("百分之十五 is 15 percent, 百分之0.5 is 0.5 percent", () => {
    expect(read("百分之十五左右")).toMatchObject({ value: 15, impliedUnit: "%", rest: "左右" });
    expect(read("百分之0.5")).toMatchObject({ value: 0.5, impliedUnit: "%" });
  });
  test("千分之三 is 3 per mille", () => {
    expect(read("千分之三")).toMatchObject({ value: 3, impliedUnit: "‰" });
  });
  test("一分 without 之 is not a fraction", () => {
    expect(read("一分钟")).toMatchObject({ value: 1, rest: "分钟", impliedUnit: null });
  });
  test("tenths: 三成 is 30 percent, 六七成 60 to 70, 超四成 more than 40", () => {
    expect(read("三成以上")).toMatchObject({ value: 30, valueMax: null, impliedUnit: "%", rest: "以上" });
    expect(read("六七成，")).toMatchObject({ value: 60, valueMax: 70, impliedUnit: "%", rest: "，" });
    expect(read("5成")).toMatchObject({ value: 50, impliedUnit: "%", rest: "" });
    const s = "覆盖率超四成";
    expect(read(s, s.indexOf("四"))).toMatchObject({ value: 40, approx: "超", impliedUnit: "%" });
  });
  test("words that open with 成 are no tenths: 一成不变, 统一成本, 两成果", () => {
    expect(read("一成不变")).toMatchObject({ value: 1, impliedUnit: null, rest: "成不变" });
    expect(read("一成本")).toMatchObject({ value: 1, impliedUnit: null, rest: "成本" });
    expect(read("两成果")).toMatchObject({ value: 2, impliedUnit: null, rest: "成果" });
    expect(read("十成")).toMatchObject({ value: 10, impliedUnit: null, rest: "成" });
  });
});

describe("parseNumberAt: ranges", () => {
  test.each([
    ["2—3家", 2, 3, "家"],
    ["1-2家", 1, 2, "家"],
    ["2～3个", 2, 3, "个"],
    ["2~3个", 2, 3, "个"],
    ["2至3个", 2, 3, "个"],
    ["三至五年", 3, 5, "年"],
    ["6.5-7%", 6.5, 7, "%"],
  ])("%s → %d..%d", (s, value, valueMax, rest) => {
    expect(read(s)).toMatchObject({ value, valueMax, rest });
  });
  test("a descending pair is not a range (dates: 2020-08)", () => {
    expect(read("2020-08")).toMatchObject({ value: 2020, valueMax: null, rest: "-08" });
  });
  test("a joiner without a second number is left alone", () => {
    expect(read("3至")).toMatchObject({ value: 3, valueMax: null, rest: "至" });
  });
});

describe("parseNumberAt: 余/多/超", () => {
  test("余 and 多 suffixes are part of the number", () => {
    expect(read("10余个")).toMatchObject({ value: 10, approx: "余", rest: "个" });
    expect(read("1900多个")).toMatchObject({ value: 1900, approx: "多", rest: "个" });
    expect(read("三十余家")).toMatchObject({ value: 30, approx: "余", rest: "家" });
  });
  test("超 just before the number is reported", () => {
    const s = "建成5G基站超5.4万个";
    expect(read(s, s.indexOf("5.4"))).toMatchObject({ value: 5.4, approx: "超", rest: "万个" });
  });
});

describe("startsNumber", () => {
  test("digits and numeral characters", () => {
    expect(startsNumber("5G", 0)).toBe(true);
    expect(startsNumber("５", 0)).toBe(true);
    expect(startsNumber("十四五", 0)).toBe(true);
    expect(startsNumber("企业", 0)).toBe(false);
  });
});

describe("parseNumberAt: neighbouring Chinese digits", () => {
  test("两三个, 三五年 are rough ranges", () => {
    expect(read("两三个")).toMatchObject({ value: 2, valueMax: 3, rest: "个" });
    expect(read("三五年")).toMatchObject({ value: 3, valueMax: 5, rest: "年" });
  });
  test("three or more digits without places are read digit by digit (years)", () => {
    expect(read("二〇二五年")).toMatchObject({ value: 2025, valueMax: null });
  });
});
