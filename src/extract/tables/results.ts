/**
 * Last year's results in a plan report's table (2019年完成 | 增长 beside 2020年预期) for the targets
 * of that year its review states in prose (比计划目标（7.5%）低…, 低于8.5%的预期目标): each result
 * answers the prose target it speaks of, as a progress row's completion cell answers its tasks.
 */
import { linkedActuals } from "../progress/link";
import { asOf } from "../progress/period";
import type { ParseContext, RawActual, RawTarget } from "../types";
import type { TableResult } from "./index";

/** Actuals for the targets not read from a table (`structured` false), from the tables' results of their year. */
export function linkTableResults(ctx: ParseContext, targets: RawTarget[], structured: boolean[], results: TableResult[]): RawActual[] {
  const byYear = new Map<number, TableResult["figure"][]>();
  for (const r of results) {
    const figures = byYear.get(r.year) ?? [];
    figures.push(r.figure);
    byYear.set(r.year, figures);
  }
  const out: RawActual[] = [];
  for (const [year, figures] of byYear) {
    const answered = targets.map((_, i) => i).filter((i) => !structured[i] && targets[i].year === year);
    if (answered.length === 0) continue;
    out.push(...linkedActuals(ctx.text, answered.map((i) => targets[i]), answered.length, figures, (k) => answered[k], () => asOf(year, null)));
  }
  return out;
}
