/**
 * The custom functions as Excel registers them. functions.json is generated from these JSDoc
 * comments (English, the default locale); metadata.ts adds the zh-CN descriptions. Each function
 * only forwards to answers.ts / planinfo.ts and turns failures into Excel errors (settle.ts).
 */
import { isCellError } from "../core/lookup/errors";
import { actualValue, completionColumn, searchRows, targetValue } from "./answers";
import { excelError } from "./errors";
import { indicatorInfo } from "./planinfo";
import { answerFromCatalogue, answerNow } from "./settle";
import { getStore } from "../core/store";

/**
 * Planned target value of an indicator for a year, from the loaded planning documents.
 * @customfunction PLANTARGET
 * @param name Indicator name or alias, e.g. "5G基站".
 * @param year Target year: 2020, "2020" or "2020年".
 * @param [region] Region, e.g. "浙江" or "浙江省". Omitted: the only region with this target, else the workbook's default region.
 * @param [unit] Unit to convert the value to, e.g. "个".
 * @returns The target value.
 */
export function planTarget(name: any, year: any, region?: string, unit?: string): Promise<number> {
  return answerFromCatalogue((context) => targetValue(context, name, year, region, unit));
}

/**
 * Completion of targets, one result per row: actual ÷ target (target ÷ actual for at-most targets), or a status.
 * @customfunction COMPLETION
 * @param range Rows of target, actual and optionally a qualifier (以上, 以下, 左右…), or a target table with its header row.
 * @param [mode] "ratio" (default) or "status" for 超额完成 / 已完成 / 未完成 / 进行中.
 * @returns One result per row.
 */
export function planCompletion(range: any[][], mode?: string): any[][] {
  const settings = getStore().settings;
  return answerNow(() =>
    completionColumn({ settings }, range, mode).map((row) =>
      row.map((cell) => (isCellError(cell) ? excelError(cell.error, cell.message) : cell)),
    ),
  );
}

/**
 * One property of a target: unit, qualifier, kind, baseline, baseYear, attribute, source, quote, asOf or conflict.
 * @customfunction PLANINFO
 * @param name Indicator name or alias.
 * @param year Target year.
 * @param field Property name, in English or Chinese (单位, 条件, 来源, 原文…).
 * @param [region] Region, as for PLANTARGET.
 * @returns The property's value.
 */
export function planInfo(name: any, year: any, field: string, region?: string): Promise<any> {
  return answerFromCatalogue((context) => indicatorInfo(context, name, year, field, region));
}

/**
 * The latest reported actual of a target, in the target's unit.
 * @customfunction PLANACTUAL
 * @param name Indicator name or alias.
 * @param year Target year.
 * @param [region] Region, as for PLANTARGET.
 * @returns The latest actual value.
 */
export function planActual(name: any, year: any, region?: string): Promise<number> {
  return answerFromCatalogue((context) => actualValue(context, name, year, region));
}

/**
 * Indicators whose name or alias matches the text, as rows of name, region, year, value and unit.
 * @customfunction PLANSEARCH
 * @param text Part of an indicator name, e.g. "基站".
 * @returns Matching indicators, best match first.
 */
export function planSearch(text: string): Promise<any[][]> {
  return answerFromCatalogue((context) => searchRows(context, text));
}
