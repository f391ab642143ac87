/**
 * Progress reports (序号 | 重点工作 | [牵头单位] | 完成情况): the task column holds targets, read by the
 * prose parser; the completion column holds the results that answer them, and sometimes the target
 * as the report measures it (“全年减负3150亿元”的目标任务). The prose before the first table sums
 * up progress (分解为112项, 已完成21项): it is claimed, so that no count of tasks reads as a target.
 */
import { findTitle } from "../document";
import { classifyLine } from "../noise";
import { extractProse } from "../prose";
import { splitLines } from "../segment";
import type { ParseContext } from "../types";
import type { StructuredPart } from "../tables";
import { citedTargets } from "./cited";
import { type ReportedFigure, monthOf, reportedFigures } from "./figures";
import { type ProgressRow, findProgressTables, withoutPoints } from "./layout";
import { linkedActuals } from "./link";
import { asOf, lastMonthIn } from "./period";

/**
 * A preamble is a few sentences; more text before the first table is a document of its own,
 * unless the title says the whole document reports progress.
 */
const MAX_PREAMBLE = 600;

function addRow(ctx: ParseContext, row: ProgressRow, reportMonth: number | null, out: StructuredPart): void {
  const completion = withoutPoints(ctx.text, row.completion);
  const tasks = row.task.flatMap((cell) => extractProse(ctx, cell, true).targets);
  const cited = citedTargets(ctx, completion, tasks);
  const targets = [...tasks, ...cited.targets];
  const figures = reportedFigures(ctx.text, completion, cited.quoted);
  const base = out.targets.length;
  out.targets.push(...targets);
  const period = (figure: ReportedFigure) => asOf(ctx.year, monthOf(ctx.text, figure) ?? reportMonth);
  out.actuals.push(...linkedActuals(ctx.text, targets, tasks.length, figures, (t) => base + t, period));
}

/** The preamble's lines between the title and the first table, page furniture left to the prose parser's report. */
function preamble(ctx: ParseContext, title: string | null, tableStart: number): Array<{ start: number; end: number }> {
  const lines = splitLines(ctx.text, { start: 0, end: tableStart }).filter((l) => {
    const line = ctx.text.slice(l.start, l.end);
    return line.replace(/\s+/g, "") !== title && classifyLine(line) === null;
  });
  const length = lines.reduce((n, l) => n + l.end - l.start, 0);
  return length <= MAX_PREAMBLE || ctx.kind === "progress" ? lines : [];
}

export function extractProgress(ctx: ParseContext): StructuredPart {
  const out: StructuredPart = { targets: [], actuals: [], claimed: [] };
  const title = findTitle(ctx.text);
  const tables = findProgressTables(ctx.text);
  if (tables.length > 0) out.claimed.push(...preamble(ctx, title, tables[0].start));
  // The period the report covers: the completion header's (1—6月推进情况), else the title's (前三季度 → September).
  const titleMonth = title ? lastMonthIn(title) : null;
  for (const table of tables) {
    out.claimed.push({ start: table.start, end: table.end });
    for (const row of table.rows) addRow(ctx, row, table.month ?? titleMonth, out);
  }
  return out;
}
