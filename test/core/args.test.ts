import { ARG, MAX_TEXT_LENGTH, errorValueCode, readOptionalText, readText, readYear } from "../../src/core/lookup/args";
import { FormulaError } from "../../src/core/lookup/errors";

function error(read: () => unknown): { code: string; message: string } {
  try {
    read();
  } catch (e) {
    if (e instanceof FormulaError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a FormulaError");
}

describe("readText", () => {
  test("trims text", () => expect(readText("  5G基站 ", ARG.name)).toBe("5G基站"));

  test.each([
    ["", "指标名称为空；请填写指标名称。The indicator name is empty: fill it in."],
    [null, "指标名称为空；请填写指标名称。The indicator name is empty: fill it in."],
    [123, "指标名称应为文字，收到数字 123；请用引号写成文字。The indicator name must be text, got the number 123: write it in quotes."],
    [false, "指标名称应为文字，收到逻辑值 FALSE；请用引号写成文字。The indicator name must be text, got the boolean FALSE: write it in quotes."],
    [[["a"], ["b"]], "指标名称需要单个值，不能是区域或数组；请引用一个单元格。The indicator name must be a single value, not a range or an array: refer to one cell."],
    [{ code: "#N/A" }, "指标名称所在单元格是错误值 #N/A；请先修正该单元格。The indicator name is the error value #N/A: fix that cell first."],
  ])("%p → #VALUE!", (value, message) => expect(error(() => readText(value, ARG.name))).toEqual({ code: "#VALUE!", message }));

  test("overlong text", () => {
    const e = error(() => readText("长".repeat(10_000), ARG.name));
    expect(e.message).toBe(
      `指标名称过长（10000个字符，最多${MAX_TEXT_LENGTH}个）；请只写名称本身。The indicator name is too long (10000 characters, at most ${MAX_TEXT_LENGTH}): type just the name.`,
    );
  });

  test("optional text is null when omitted or blank", () => {
    expect(readOptionalText(undefined, ARG.region)).toBeNull();
    expect(readOptionalText("  ", ARG.region)).toBeNull();
    expect(readOptionalText("浙江", ARG.region)).toBe("浙江");
  });
});

describe("readYear", () => {
  test.each([[2020], ["2020"], ["2020年"], ["２０２０年"], ["2020 年"]])("%p → 2020", (y) => expect(readYear(y)).toBe(2020));

  test.each([[2020.5], [-1], [0], [99999], ["2020.5"], ["二〇二〇"], [true], [{}]])("%p → #VALUE!", (y) => {
    const e = error(() => readYear(y));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^年份「.+」无效；请写 2020、"2020" 或 "2020年"。Invalid year/);
  });

  test("empty and range years", () => {
    expect(error(() => readYear("")).message).toMatch(/^年份为空/);
    expect(error(() => readYear([[2020, 2021]])).message).toMatch(/^年份需要单个值/);
  });
});

test("errorValueCode knows CustomFunctions errors and typed error texts", () => {
  expect(errorValueCode({ code: "#N/A", message: "x" })).toBe("#N/A");
  expect(errorValueCode("#DIV/0!")).toBe("#DIV/0!");
  expect(errorValueCode("#hashtag")).toBeNull();
  expect(errorValueCode(5)).toBeNull();
});
