/**
 * COMPLETION: how far each actual has come towards its target, one result per row.
 *
 * Direction follows the qualifier: at_least, exact, exceed and strive targets are met from below
 * (actual ÷ target); at_most targets (以下 以内 不超过) are ceilings (target ÷ actual, met when
 * actual ≤ target); about (左右) is met inside target × (1 ± tolerance); a range (2—3) is met inside
 * its band, and its ratio is 1 inside the band, actual ÷ low below it, actual ÷ high above it.
 * A blank actual gives a blank result; a bad row gives an error in that row only.
 */
import type { Qualifier } from "./types";
import { normalizeName, toHalfWidth } from "./match/normalize";
import { parseQualifier } from "./match/qualifier";
import { errorValueCode } from "./lookup/args";
import { CellError, FormulaError, FormulaErrorCode, cellError, isCellError, quote } from "./lookup/errors";

export type CompletionMode = "ratio" | "status";
export type CompletionStatus = "超额完成" | "已完成" | "未完成" | "进行中";
/** What the header row of a recognised table gets in the result column. */
export type CompletionHeader = "完成率" | "完成情况";
export type CompletionCell = number | "" | CompletionStatus | CompletionHeader | CellError;

export interface CompletionOptions {
  mode?: CompletionMode;
  /** Half-width of the 左右 band: 0.05 = ±5 %. */
  tolerance?: number;
  /** Today, for telling 进行中 (the target's year is not over) from 未完成. */
  today?: Date;
}

export const DEFAULT_TOLERANCE = 0.05;

/** The visible columns of an inserted target table, in order: COMPLETION recognises its header row. */
export const TARGET_TABLE_COLUMNS = [
  "指标", "地区", "年份", "目标值", "单位", "条件", "基期值", "基期年", "属性", "来源", "原文", "实际值", "完成率",
] as const;

/** Where COMPLETION finds its inputs in each row. */
interface Layout {
  target: number;
  actual: number;
  qualifier: number | null;
  year: number | null;
  /** Rows before the first data row (1 when a header row was recognised). */
  skip: number;
}

const HEADER_WORDS: Readonly<Record<"target" | "actual" | "qualifier" | "year", readonly string[]>> = {
  target: ["目标值", "目标", "target"],
  actual: ["实际值", "实际", "完成值", "actual"],
  qualifier: ["条件", "qualifier"],
  year: ["年份", "year"],
};

const EPSILON = 1e-9;

/** Ratios to 12 decimals: 5.4 ÷ 5 shows 1.08, not 1.0800000000000002 (cheaper than toPrecision). */
const roundRatio = (x: number) => Math.round(x * 1e12) / 1e12;

function headerColumn(header: readonly string[], words: readonly string[]): number | null {
  const i = header.findIndex((cell) => words.includes(cell));
  return i >= 0 ? i : null;
}

/**
 * A header row naming 目标值 and 实际值 (and optionally 条件, 年份) in any order, as an inserted
 * target table has; else [target, actual] or [target, actual, qualifier].
 */
function detectLayout(rows: readonly unknown[][]): Layout {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const header = rows[0].map((cell) => (typeof cell === "string" ? normalizeName(cell) : ""));
  const target = headerColumn(header, HEADER_WORDS.target);
  const actual = headerColumn(header, HEADER_WORDS.actual);
  if (target !== null && actual !== null) {
    const qualifier = headerColumn(header, HEADER_WORDS.qualifier);
    return { target, actual, qualifier, year: headerColumn(header, HEADER_WORDS.year), skip: 1 };
  }
  if (target !== null || actual !== null) {
    throw new FormulaError(
      "#VALUE!",
      `表头需要同时有「目标值」和「实际值」两列。The header row needs both a 目标值 (target) and a 实际值 (actual) column.`,
    );
  }
  if (width < 2) {
    throw new FormulaError(
      "#VALUE!",
      `COMPLETION 需要至少两列：目标值、实际值（可加第三列条件）。COMPLETION needs at least two columns: target and actual (and optionally a qualifier).`,
    );
  }
  if (width > 3) {
    throw new FormulaError(
      "#VALUE!",
      `无法识别${width}列的区域：请包含表头行（目标值、实际值），或只选目标值、实际值、条件三列。` +
        `Cannot tell the columns of a ${width}-column range apart: include the header row (目标值, 实际值) or select only target, actual and qualifier.`,
    );
  }
  return { target: 0, actual: 1, qualifier: width === 3 ? 2 : null, year: null, skip: 0 };
}

/** A 2—3 target: met inside the band. */
interface Band {
  low: number;
  high: number;
}

/** A cell read as a number: null when blank. Allocates only for bands and errors. */
type NumberCell = number | Band | null | CellError;

const NUMBER_TEXT = /^([+-]?\d+(?:\.\d+)?)(?:[—–\-~～至到]([+-]?\d+(?:\.\d+)?))?(%)?$/;

/** What the row's error messages call each column. */
const COLUMN = { target: { zh: "目标值", en: "target" }, actual: { zh: "实际值", en: "actual" } };

function readNumberCell(value: unknown, row: number, column: { zh: string; en: string }): NumberCell {
  if (typeof value === "number") return Number.isFinite(value) ? value : badRow(row, column, String(value));
  if (value === null || value === undefined) return null;
  const code = errorValueCode(value);
  if (code) {
    // Excel shows a custom function's message only on #VALUE! and #N/A, so every row error is one of them.
    const mapped: FormulaErrorCode = code === "#N/A" ? code : "#VALUE!";
    return cellError(
      mapped,
      `第${row}行：${column.zh}单元格是错误值 ${code}；请先修正它。Row ${row}: the ${column.en} cell holds the error ${code}; fix it first.`,
    );
  }
  if (typeof value === "boolean") {
    const shown = value ? "TRUE" : "FALSE";
    return cellError(
      "#VALUE!",
      `第${row}行：${column.zh}是逻辑值 ${shown}，应为数字。Row ${row}: the ${column.en} is the boolean ${shown}; a number is needed.`,
    );
  }
  if (typeof value !== "string") return badRow(row, column, Array.isArray(value) ? "数组 / array" : String(value));
  const text = toHalfWidth(value).replace(/[\s,]/g, "");
  if (text === "") return null;
  const match = NUMBER_TEXT.exec(text);
  if (!match) return badRow(row, column, value);
  const scale = match[3] ? 0.01 : 1;
  const low = Number(match[1]) * scale;
  if (match[2] === undefined) return low;
  const high = Number(match[2]) * scale;
  return { low: Math.min(low, high), high: Math.max(low, high) };
}

function badRow(row: number, column: { zh: string; en: string }, shown: string): CellError {
  return cellError(
    "#VALUE!",
    `第${row}行：${column.zh}「${quote(shown)}」不是数字。Row ${row}: the ${column.en} "${quote(shown)}" is not a number.`,
  );
}

function readQualifierCell(value: unknown, row: number): Qualifier | CellError {
  if (value === null || value === undefined) return "exact";
  const qualifier = typeof value === "string" ? parseQualifier(value) : null;
  if (qualifier) return qualifier;
  const shown = quote(String(errorValueCode(value) ?? value));
  return cellError(
    "#VALUE!",
    `第${row}行：条件「${shown}」无法识别；可写 以上、以下、左右、突破、力争、区间 或 at_least、at_most 等代码。` +
      `Row ${row}: qualifier "${shown}" is unknown; write 以上, 以下, 左右, 突破, 力争, 区间 or a code such as at_least, at_most.`,
  );
}

/** The year in a 年份 cell (2020, "2020", "2020年"), or null. */
function readYearCell(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  if (typeof value !== "string") return null;
  const match = /^(\d{4})年?$/.exec(toHalfWidth(value).trim());
  return match ? Number(match[1]) : null;
}

/** Below the target (-1), met (0) or beyond it (+1), in the qualifier's direction. */
function side(low: number, high: number, actual: number, qualifier: Qualifier, tolerance: number): -1 | 0 | 1 {
  if (low !== high || qualifier === "range") return actual < low ? -1 : actual > high ? 1 : 0;
  if (qualifier === "at_most") return actual < low ? 1 : actual > low ? -1 : 0;
  const ratio = actual / low;
  const band = qualifier === "about" ? tolerance + EPSILON : EPSILON;
  return ratio > 1 + band ? 1 : ratio < 1 - band ? -1 : 0;
}

/** The completion ratio; null where target ÷ actual of a ceiling target divides by zero. */
function ratioOf(low: number, high: number, actual: number, qualifier: Qualifier): number | null {
  if (low !== high || qualifier === "range") return actual < low ? actual / low : actual > high ? actual / high : 1;
  if (qualifier !== "at_most") return actual / low;
  if (actual === 0) return low === 0 ? 1 : null;
  return low / actual;
}

function statusOf(where: -1 | 0 | 1, ongoing: boolean): CompletionStatus {
  if (where > 0) return "超额完成";
  if (where === 0) return "已完成";
  return ongoing ? "进行中" : "未完成";
}

function evaluateRow(cells: readonly unknown[], layout: Layout, row: number, opts: Required<CompletionOptions>): CompletionCell {
  const target = readNumberCell(cells[layout.target], row, COLUMN.target);
  const actual = readNumberCell(cells[layout.actual], row, COLUMN.actual);
  if (isCellError(target)) return target;
  if (isCellError(actual)) return actual;
  if (actual === null) return "";
  if (typeof actual !== "number") return badRow(row, COLUMN.actual, `${actual.low}-${actual.high}`);
  if (target === null) {
    return cellError("#VALUE!", `第${row}行：目标值为空，无法计算完成率。Row ${row}: the target is empty; completion cannot be computed.`);
  }
  const low = typeof target === "number" ? target : target.low;
  const high = typeof target === "number" ? target : target.high;
  if (low < 0) {
    return cellError(
      "#VALUE!",
      `第${row}行：目标值为负数（${low}），完成率无意义；请改用降幅等正数目标。Row ${row}: the target is negative (${low}); state it as a positive reduction.`,
    );
  }
  const qualifier = layout.qualifier === null ? "exact" : readQualifierCell(cells[layout.qualifier], row);
  if (typeof qualifier !== "string") return qualifier;
  if (low === 0 && qualifier !== "at_most") {
    return cellError("#VALUE!", `第${row}行：目标值为0，无法计算完成率。Row ${row}: the target is 0; completion cannot be computed.`);
  }
  if (opts.mode === "status") {
    const year = layout.year === null ? null : readYearCell(cells[layout.year]);
    return statusOf(side(low, high, actual, qualifier, opts.tolerance), year !== null && year >= opts.today.getFullYear());
  }
  const ratio = ratioOf(low, high, actual, qualifier);
  if (ratio !== null) return roundRatio(ratio);
  return cellError(
    "#VALUE!",
    `第${row}行：实际值为0，上限型目标（以下）的完成率 目标÷实际 无法计算；状态为超额完成。` +
      `Row ${row}: the actual is 0, so target ÷ actual of a ceiling (at most) target cannot be computed; its status is exceeded.`,
  );
}

function isBlankRow(cells: readonly unknown[]): boolean {
  for (const cell of cells) if (cell !== null && cell !== undefined && cell !== "") return false;
  return true;
}

/** One result per row of `rows` (a header row gets the column's label). */
export function completion(rows: unknown[][], options: CompletionOptions = {}): CompletionCell[] {
  if (rows.length === 0 || rows[0].length === 0) {
    throw new FormulaError("#VALUE!", `区域为空；请选择目标值和实际值所在的区域。The range is empty: select the targets and actuals.`);
  }
  const opts: Required<CompletionOptions> = {
    mode: options.mode ?? "ratio",
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    today: options.today ?? new Date(),
  };
  const layout = detectLayout(rows);
  const result: CompletionCell[] = new Array(rows.length);
  if (layout.skip) result[0] = opts.mode === "status" ? "完成情况" : "完成率";
  for (let i = layout.skip; i < rows.length; i++) {
    result[i] = isBlankRow(rows[i]) ? "" : evaluateRow(rows[i], layout, i + 1, opts);
  }
  return result;
}

/** COMPLETION's [mode] argument: omitted, "ratio"/比率/完成率, or "status"/状态/完成情况. */
export function parseCompletionMode(value: unknown): CompletionMode {
  if (value === null || value === undefined) return "ratio";
  const text = typeof value === "string" ? normalizeName(value) : "\u0000";
  if (text === "" || text === "ratio" || text === "比率" || text === "完成率") return "ratio";
  if (text === "status" || text === "状态" || text === "完成情况") return "status";
  const shown = quote(String(value));
  throw new FormulaError(
    "#VALUE!",
    `模式「${shown}」无效；请写 "ratio"（完成率）或 "status"（完成情况）。Invalid mode "${shown}": write "ratio" or "status".`,
  );
}
