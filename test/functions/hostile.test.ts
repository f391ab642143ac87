/** Issue 3's table of hostile inputs: each with the error code and message the cell shows. */
import { getStore } from "../../src/core/store";
import { PlanFunctionError } from "../../src/functions/errors";
import { planCompletion, planInfo, planSearch, planTarget } from "../../src/functions/functions";
import { planCatalogue } from "../fixtures/planCatalogue";

beforeAll(() => getStore().setCatalogue(planCatalogue()));

async function shown(call: () => unknown): Promise<{ code: string; message: string } | unknown> {
  try {
    const value = await call();
    if (Array.isArray(value)) {
      return value.map((row: unknown[]) => row.map((c) => (c instanceof PlanFunctionError ? { code: c.code, message: c.message } : c)));
    }
    return value;
  } catch (e) {
    if (e instanceof PlanFunctionError) return { code: e.code, message: e.message };
    throw e;
  }
}

const LONG = "指".repeat(10_000);
const RANGE = [["5G基站"], ["企业减负"]];
const NEED_TWO_COLUMNS =
  "COMPLETION 需要至少两列：目标值、实际值（可加第三列条件）。COMPLETION needs at least two columns: target and actual (and optionally a qualifier).";

const SCALAR_CASES: Array<[string, () => unknown, string, string]> = [
  ["empty name", () => planTarget("", 2020), "#VALUE!", "指标名称为空；请填写指标名称。The indicator name is empty: fill it in."],
  [
    "a number as name",
    () => planTarget(2020, 2020),
    "#VALUE!",
    "指标名称应为文字，收到数字 2020；请用引号写成文字。The indicator name must be text, got the number 2020: write it in quotes.",
  ],
  ["year 2020.5", () => planTarget("5G基站", 2020.5), "#VALUE!", '年份「2020.5」无效；请写 2020、"2020" 或 "2020年"。Invalid year "2020.5": write 2020, "2020" or "2020年".'],
  ["year -1", () => planTarget("5G基站", -1), "#VALUE!", '年份「-1」无效；请写 2020、"2020" 或 "2020年"。Invalid year "-1": write 2020, "2020" or "2020年".'],
  [
    "a 10,000-character name",
    () => planTarget(LONG, 2020),
    "#VALUE!",
    "指标名称过长（10000个字符，最多200个）；请只写名称本身。The indicator name is too long (10000 characters, at most 200): type just the name.",
  ],
  [
    "a 10,000-character search",
    () => planSearch(LONG),
    "#VALUE!",
    "搜索词过长（10000个字符，最多200个）；请只写名称本身。The search text is too long (10000 characters, at most 200): type just the name.",
  ],
  [
    "a range as name",
    () => planTarget(RANGE, 2020),
    "#VALUE!",
    "指标名称需要单个值，不能是区域或数组；请引用一个单元格。The indicator name must be a single value, not a range or an array: refer to one cell.",
  ],
  [
    "a range as year",
    () => planTarget("5G基站", [[2020], [2021]]),
    "#VALUE!",
    "年份需要单个值，不能是区域或数组；请引用一个单元格。The year must be a single value, not a range or an array: refer to one cell.",
  ],
  [
    "an error value as name",
    () => planInfo({ code: "#N/A" }, 2020, "unit"),
    "#VALUE!",
    "指标名称所在单元格是错误值 #N/A；请先修正该单元格。The indicator name is the error value #N/A: fix that cell first.",
  ],
  ["a boolean as year", () => planTarget("5G基站", true), "#VALUE!", '年份「TRUE」无效；请写 2020、"2020" 或 "2020年"。Invalid year "TRUE": write 2020, "2020" or "2020年".'],
  ["a 1×1 range in COMPLETION", () => planCompletion([[5]]), "#VALUE!", NEED_TWO_COLUMNS],
  ["a 1-column range in COMPLETION", () => planCompletion([[5], [6], [7]]), "#VALUE!", NEED_TWO_COLUMNS],
  [
    "an unknown COMPLETION mode",
    () => planCompletion([[5, 6]], "fast"),
    "#VALUE!",
    '模式「fast」无效；请写 "ratio"（完成率）或 "status"（完成情况）。Invalid mode "fast": write "ratio" or "status".',
  ],
];

describe.each(SCALAR_CASES)("%s", (_label, call, code, message) => {
  test(`→ ${code}`, async () => expect(await shown(call)).toEqual({ code, message }));
});

test("error values and booleans inside COMPLETION's range fail their own rows only", async () => {
  const range = [
    [50, 54],
    [{ code: "#N/A" }, 5],
    [50, { code: "#REF!" }],
    [true, 5],
    [50, false],
    ["#DIV/0!", 3],
    [10, 12],
  ];
  expect(await shown(() => planCompletion(range))).toEqual([
    [1.08],
    [{ code: "#N/A", message: "第2行：目标值单元格是错误值 #N/A；请先修正它。Row 2: the target cell holds the error #N/A; fix it first." }],
    [{ code: "#VALUE!", message: "第3行：实际值单元格是错误值 #REF!；请先修正它。Row 3: the actual cell holds the error #REF!; fix it first." }],
    [{ code: "#VALUE!", message: "第4行：目标值是逻辑值 TRUE，应为数字。Row 4: the target is the boolean TRUE; a number is needed." }],
    [{ code: "#VALUE!", message: "第5行：实际值是逻辑值 FALSE，应为数字。Row 5: the actual is the boolean FALSE; a number is needed." }],
    [{ code: "#VALUE!", message: "第6行：目标值单元格是错误值 #DIV/0!；请先修正它。Row 6: the target cell holds the error #DIV/0!; fix it first." }],
    [1.2],
  ]);
});
