import { TARGET_TABLE_COLUMNS, completion, parseCompletionMode } from "../../src/core/completion";
import { FormulaError } from "../../src/core/lookup/errors";
import { COLUMNS } from "../../src/sheets/columns";

const TODAY = new Date(2021, 5, 1);
const ratio = (rows: unknown[][], tolerance?: number) => completion(rows, { today: TODAY, tolerance });
const status = (rows: unknown[][], tolerance?: number) => completion(rows, { mode: "status", today: TODAY, tolerance });

describe("direction", () => {
  test("at_least, exact, exceed, strive: actual ÷ target", () => {
    expect(ratio([[50, 54, "以上"], [50, 45], [10, 12, "突破"], [10, 10, "力争"], [10, 12, "exceed"]])).toEqual([1.08, 0.9, 1.2, 1, 1.2]);
  });

  test("at_most: target ÷ actual, met when actual ≤ target", () => {
    expect(ratio([[35, 28, "以下"], [35, 40, "不超过"], [3, 3, "at_most"]])).toEqual([1.25, 0.875, 1]);
    expect(status([[35, 28, "以下"], [35, 40, "以内"], [3, 3, "控制在"]])).toEqual(["超额完成", "未完成", "已完成"]);
  });

  test("about: met inside ±5 % by default, configurable", () => {
    expect(status([[6, 6.2, "左右"], [6, 5.71, "左右"], [6, 6.4, "左右"], [6, 5.6, "about"]])).toEqual([
      "已完成", "已完成", "超额完成", "未完成",
    ]);
    expect(status([[6, 6.4, "左右"]], 0.1)).toEqual(["已完成"]);
    expect(ratio([[6, 6.3, "左右"]])).toEqual([1.05]);
  });

  test("range: met inside the band; the ratio is 1 inside, against the nearer end outside", () => {
    const [inside, above, below] = ratio([["2-3", 2.5], ["2—3", 4], ["2～3", 1]]) as number[];
    expect([inside, below]).toEqual([1, 0.5]);
    expect(above).toBeCloseTo(4 / 3, 10);
    expect(status([["2-3", 2.5], ["2-3", 4], ["2-3", 1]])).toEqual(["已完成", "超额完成", "未完成"]);
    expect(status([[2, 2, "区间"]])).toEqual(["已完成"]);
  });

  test("at_most with zeros: 0 of 0 is met; an actual of 0 under a positive ceiling is exceeded", () => {
    expect(ratio([[0, 0, "以下"], [0, 2, "以下"]])).toEqual([1, 0]);
    expect(status([[5, 0, "以下"]])).toEqual(["超额完成"]);
    expect(ratio([[5, 0, "以下"]])).toEqual([{ error: "#VALUE!", message: expect.stringContaining("第1行：实际值为0") }]);
  });
});

describe("cells", () => {
  test("blank actual → blank result; blank row → blank", () => {
    expect(ratio([[50, null], [50, ""], [null, null], ["", ""]])).toEqual(["", "", "", ""]);
  });

  test("numbers written as text, with commas, full-width digits or a percent sign", () => {
    expect(ratio([["1,000", "1,200"], ["５０", "５５"], ["10%", 0.12]])).toEqual([1.2, 1.1, 1.2]);
  });

  test("a bad row is an error in that row only, the other rows are computed", () => {
    const result = ratio([[50, 54], [0, 10], ["abc", 3], [50, "很多"], [true, 3], [50, 60]]);
    expect(result[0]).toBe(1.08);
    expect(result[1]).toEqual({ error: "#VALUE!", message: "第2行：目标值为0，无法计算完成率。Row 2: the target is 0; completion cannot be computed." });
    expect(result[2]).toEqual({ error: "#VALUE!", message: "第3行：目标值「abc」不是数字。Row 3: the target \"abc\" is not a number." });
    expect(result[3]).toEqual({ error: "#VALUE!", message: "第4行：实际值「很多」不是数字。Row 4: the actual \"很多\" is not a number." });
    expect(result[4]).toEqual({ error: "#VALUE!", message: "第5行：目标值是逻辑值 TRUE，应为数字。Row 5: the target is the boolean TRUE; a number is needed." });
    expect(result[5]).toBe(1.2);
  });

  test("error values keep #N/A, others become #VALUE! (the codes Excel shows a message on)", () => {
    const result = ratio([[{ code: "#N/A" }, 3], [5, "#DIV/0!"], [5, { code: "#REF!" }]]);
    expect(result.map((c) => (typeof c === "object" ? c.error : c))).toEqual(["#N/A", "#VALUE!", "#VALUE!"]);
    expect(result[0]).toEqual({
      error: "#N/A",
      message: "第1行：目标值单元格是错误值 #N/A；请先修正它。Row 1: the target cell holds the error #N/A; fix it first.",
    });
  });

  test("an empty target with an actual, a negative target and an unknown qualifier are row errors", () => {
    const result = ratio([[null, 3], [-5, 3], [5, 3, "大概"]]);
    expect(result[0]).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^第1行：目标值为空/) });
    expect(result[1]).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^第2行：目标值为负数/) });
    expect(result[2]).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^第3行：条件「大概」无法识别/) });
  });
});

describe("tables", () => {
  const header = [...TARGET_TABLE_COLUMNS];
  const row = (name: string, year: number, target: unknown, qualifier: string, actual: unknown) => [
    name, "浙江省", year, target, "个", qualifier, null, null, null, "来源", "原文", actual, null,
  ];

  test("the inserted table's header row is recognised; its result cell is the column label", () => {
    const rows = [header, row("5G基站建成数", 2020, 5, "", 5.4), row("PM2.5", 2020, 35, "以下", 40), row("x", 2020, 3, "", null)];
    expect(ratio(rows)).toEqual(["完成率", 1.08, 0.875, ""]);
    expect(status(rows)[0]).toBe("完成情况");
  });

  test("the full inserted table, hidden link columns included", () => {
    const full = [COLUMNS.map((c) => c.header), [...row("a", 2020, 10, "以下", 8), "zj-a", "fp"]];
    expect(ratio(full)).toEqual(["完成率", 1.25]);
  });

  test("a target not yet met whose year is not over is 进行中", () => {
    const rows = [header, row("a", 2021, 10, "以上", 5), row("b", 2020, 10, "以上", 5), row("c", 2025, 10, "", 12)];
    expect(status(rows)).toEqual(["完成情况", "进行中", "未完成", "超额完成"]);
  });

  test("rows of a table without their header cannot be told apart", () => {
    expect(() => ratio([row("a", 2020, 10, "", 12)])).toThrow(/^无法识别13列的区域：请包含表头行/);
  });

  test("any header naming 目标值 and 实际值, in any order and with 条件", () => {
    expect(ratio([["实际值", "条件", "目标值"], [28, "以下", 35]])).toEqual(["完成率", 1.25]);
    expect(ratio([["Target", "Actual"], [10, 11]])).toEqual(["完成率", 1.1]);
  });
});

describe("shape errors", () => {
  const shapeError = (rows: unknown[][]) => {
    try {
      completion(rows);
    } catch (e) {
      expect(e).toBeInstanceOf(FormulaError);
      return { code: (e as FormulaError).code, message: (e as FormulaError).message };
    }
    throw new Error("expected a FormulaError");
  };

  test.each([
    [[[5]], /^COMPLETION 需要至少两列/],
    [[[5], [6]], /^COMPLETION 需要至少两列/],
    [[], /^区域为空/],
    [[[1, 2, 3, 4]], /^无法识别4列的区域/],
    [[["目标值", "单位"], [5, "个"]], /^表头需要同时有「目标值」和「实际值」两列/],
  ])("%j → #VALUE!", (rows, message) => {
    const e = shapeError(rows as unknown[][]);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });
});

describe("parseCompletionMode", () => {
  test.each([
    [undefined, "ratio"], [null, "ratio"], ["", "ratio"], ["ratio", "ratio"], ["完成率", "ratio"],
    ["status", "status"], ["STATUS", "status"], ["状态", "status"], ["完成情况", "status"],
  ])("%p → %s", (mode, parsed) => expect(parseCompletionMode(mode)).toBe(parsed));

  test("anything else is #VALUE!", () => {
    expect(() => parseCompletionMode("fast")).toThrow(/^模式「fast」无效/);
    expect(() => parseCompletionMode(1)).toThrow(FormulaError);
  });
});
