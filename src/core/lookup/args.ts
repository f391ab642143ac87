/**
 * Reading formula arguments as Excel hands them over: numbers, text, booleans, blanks (null or ""),
 * error values and, where a scalar belongs, sometimes a whole range. Each reader returns the value
 * or throws a FormulaError whose message names the argument and says what to type instead.
 */
import { toHalfWidth } from "../match/normalize";
import { FormulaError, quote } from "./errors";

/** How an argument is called in messages. */
export interface ArgName {
  zh: string;
  en: string;
}

export const ARG = {
  name: { zh: "指标名称", en: "indicator name" },
  year: { zh: "年份", en: "year" },
  region: { zh: "地区", en: "region" },
  unit: { zh: "单位", en: "unit" },
  field: { zh: "字段", en: "field" },
  text: { zh: "搜索词", en: "search text" },
  mode: { zh: "模式", en: "mode" },
} as const satisfies Record<string, ArgName>;

/** Longest text accepted where a name, region or unit belongs. */
export const MAX_TEXT_LENGTH = 200;

/** Earliest and latest years a plan target can be for. */
const YEAR_RANGE = { min: 1949, max: 2100 };

/** The error code carried by an Excel error value passed in as an argument, if it is one. */
export function errorValueCode(value: unknown): string | null {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const code = (value as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) return code;
  }
  if (typeof value === "string" && /^#(?:N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!|CALC!|SPILL!|BUSY!|GETTING_DATA)$/.test(value)) {
    return value;
  }
  return null;
}

function rejectNonScalar(value: unknown, arg: ArgName): void {
  if (Array.isArray(value)) {
    throw new FormulaError(
      "#VALUE!",
      `${arg.zh}需要单个值，不能是区域或数组；请引用一个单元格。The ${arg.en} must be a single value, not a range or an array: refer to one cell.`,
    );
  }
  const code = errorValueCode(value);
  if (code) {
    throw new FormulaError(
      "#VALUE!",
      `${arg.zh}所在单元格是错误值 ${code}；请先修正该单元格。The ${arg.en} is the error value ${code}: fix that cell first.`,
    );
  }
}

/** Text where text is required: not blank, not a number or boolean, not overlong. */
export function readText(value: unknown, arg: ArgName): string {
  const text = readOptionalText(value, arg);
  if (text === null) {
    throw new FormulaError("#VALUE!", `${arg.zh}为空；请填写${arg.zh}。The ${arg.en} is empty: fill it in.`);
  }
  return text;
}

/** Optional text: null when omitted or blank. */
export function readOptionalText(value: unknown, arg: ArgName): string | null {
  rejectNonScalar(value, arg);
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") {
    const shown = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
    throw new FormulaError(
      "#VALUE!",
      `${arg.zh}应为文字，收到${typeof value === "number" ? "数字" : "逻辑值"} ${shown}；请用引号写成文字。` +
        `The ${arg.en} must be text, got ${typeof value === "number" ? "the number" : "the boolean"} ${shown}: write it in quotes.`,
    );
  }
  if (typeof value !== "string") {
    throw new FormulaError("#VALUE!", `${arg.zh}无法识别；请填写文字。The ${arg.en} is not readable: type text.`);
  }
  const text = value.trim();
  if (text === "") return null;
  if (text.length > MAX_TEXT_LENGTH) {
    throw new FormulaError(
      "#VALUE!",
      `${arg.zh}过长（${text.length}个字符，最多${MAX_TEXT_LENGTH}个）；请只写名称本身。` +
        `The ${arg.en} is too long (${text.length} characters, at most ${MAX_TEXT_LENGTH}): type just the name.`,
    );
  }
  return text;
}

function badYear(shown: string): FormulaError {
  return new FormulaError(
    "#VALUE!",
    `年份「${quote(shown)}」无效；请写 2020、"2020" 或 "2020年"。Invalid year "${quote(shown)}": write 2020, "2020" or "2020年".`,
  );
}

/** 2020, "2020", "2020年", "２０２０年" → 2020. */
export function readYear(value: unknown): number {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max) return value;
    throw badYear(String(value));
  }
  rejectNonScalar(value, ARG.year);
  if (value === null || value === undefined || value === "") {
    throw new FormulaError("#VALUE!", `年份为空；请填写年份，如 2020。The year is empty: fill it in, e.g. 2020.`);
  }
  if (typeof value === "boolean") throw badYear(value ? "TRUE" : "FALSE");
  if (typeof value !== "string") throw badYear(typeof value);
  const match = /^(\d{4})年?$/.exec(toHalfWidth(value).replace(/\s+/g, ""));
  const year = match ? Number(match[1]) : NaN;
  if (year >= YEAR_RANGE.min && year <= YEAR_RANGE.max) return year;
  throw badYear(value);
}
