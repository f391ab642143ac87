/**
 * What each custom function computes, without Excel: values out, FormulaError thrown. The JSDoc
 * layer (functions.ts), the CLI and the browser preview all call these.
 */
import type { Actual, Indicator } from "../core/types";
import { convertUnit } from "../core/units";
import { CompletionCell, completion, parseCompletionMode } from "../core/completion";
import { ARG, readOptionalText, readText } from "../core/lookup/args";
import { FormulaError, quote } from "../core/lookup/errors";
import type { LookupAnswer } from "../core/lookup/index";
import type { FunctionContext } from "./settle";

/** The answer PLANTARGET gives, or the FormulaError it shows. */
export function findTarget(
  context: FunctionContext,
  name: unknown,
  year: unknown,
  region?: unknown,
  unit?: unknown,
): LookupAnswer {
  const result = context.index.lookup({
    name: readText(name, ARG.name),
    year,
    region: readOptionalText(region, ARG.region),
    unit: readOptionalText(unit, ARG.unit),
    defaultRegion: context.settings.defaultRegion,
  });
  if (!result.ok) throw new FormulaError(result.code, result.message);
  return result;
}

export function targetValue(context: FunctionContext, name: unknown, year: unknown, region?: unknown, unit?: unknown): number {
  return findTarget(context, name, year, region, unit).value;
}

/** "2020" (a full year) sorts after "2020-09". */
const periodEnd = (asOf: string) => (/^\d{4}$/.test(asOf) ? `${asOf}-12` : asOf);

/** The most recent actual reported for the target or, failing that, for its conflicting entries. */
export function latestActual(answer: LookupAnswer): Actual | null {
  for (const entry of [answer.indicator, ...answer.others]) {
    let latest: Actual | null = null;
    for (const actual of entry.actuals) {
      if (!latest || periodEnd(actual.asOf) > periodEnd(latest.asOf)) latest = actual;
    }
    if (latest) return latest;
  }
  return null;
}

/** PLANACTUAL: the latest actual, in the target's unit when the two units convert. */
export function actualValue(context: FunctionContext, name: unknown, year: unknown, region?: unknown): number {
  const answer = findTarget(context, name, year, region);
  const actual = latestActual(answer);
  if (!actual) {
    const shown = answer.indicator.name;
    throw new FormulaError(
      "#N/A",
      `「${shown}」${answer.indicator.year}年尚无实际值报告。No actual has been reported yet for "${shown}" (${answer.indicator.year}).`,
    );
  }
  return convertUnit(actual.value, actual.unit, answer.unit) ?? actual.value;
}

export type SearchRow = [name: string, region: string, year: number, value: number, unit: string];

export const SEARCH_LIMIT = 50;

/** PLANSEARCH: matching indicators as rows of name, region, year, value, unit. */
export function searchRows(context: FunctionContext, text: unknown): SearchRow[] {
  const typed = readText(text, ARG.text);
  const found: Indicator[] = context.index.search(typed, SEARCH_LIMIT);
  if (found.length === 0) {
    throw new FormulaError("#N/A", `没有与「${quote(typed)}」匹配的指标。No indicator matches "${quote(typed)}".`);
  }
  return found.map((i) => [i.name, i.region, i.year, i.value, i.unit]);
}

/** COMPLETION as a one-column matrix; rows that cannot be computed hold a CellError. */
export function completionColumn(
  context: Pick<FunctionContext, "settings">,
  range: unknown,
  mode?: unknown,
): CompletionCell[][] {
  const rows = Array.isArray(range) ? range.map((row: unknown) => (Array.isArray(row) ? row : [row])) : [[range]];
  const cells = completion(rows, { mode: parseCompletionMode(mode), tolerance: context.settings.tolerance });
  return cells.map((cell) => [cell]);
}
