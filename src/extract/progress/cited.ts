/**
 * Targets a completion cell cites while reporting on them: 提前超额完成“全年减负3150亿元”的目标任务,
 * 提前完成“上半年兑现70亿元”的阶段目标, 完成年度目标3000个的62%. The cited figure is the target as
 * the report measures it, which may differ from the task cell (a milestone, a revised figure); one
 * that only repeats a task target is no new target, yet no result either.
 */
import { convertUnit } from "../../core/units";
import { classifyKind } from "../kinds";
import { digitAt, parseNumberAt } from "../numbers";
import { qualifierAfter, qualifierBefore, resolveQualifier } from "../qualifiers";
import type { Span } from "../segment";
import type { ParseContext, RawTarget } from "../types";
import { matchUnitAt } from "../unitLexicon";

/** “…” followed by (的) a few words and 目标/任务/指标: 的目标任务, 的阶段目标, 这一年度目标, 等指标. */
const QUOTED = /[“"]([^”"\n]{2,40}?)[”"](?:的|等|这一|这个)?[\u4e00-\u9fa5]{0,4}?(?:目标|任务|指标)/g;
/** A named target followed by its figure: 年度目标3000个, 全年目标任务为12万人, 阶段性目标：70亿元. */
const NAMED = /(?:全年|年度|阶段性?|序时|上半年|半年|季度|年初|调整后的?)(?:目标|计划)(?:任务|值)?(?:为|是)?[:：]?\s*(?=\d)/g;

/** Words that say when, not what: 全年减负 → 减负, 上半年新增就业 → 新增就业. */
const PERIOD_PREFIX = /^(?:全年度|全年|年度|今年|年内|当年|上半年|下半年|前三季度|第?[一二三四]季度)/;

interface Figure {
  at: number;
  value: number;
  valueMax: number | null;
  approx: boolean;
  unit: string;
  end: number;
}

/** The first number with a unit in text[start, end). */
function firstFigure(text: string, start: number, end: number): Figure | null {
  let at = start;
  while (at < end && digitAt(text, at) < 0) at++;
  const n = at < end ? parseNumberAt(text, at) : null;
  const unit = n ? matchUnitAt(text, n.end) : null;
  if (!n || !unit || unit.end > end) return null;
  return { at, value: n.value, valueMax: n.valueMax, approx: n.approx !== null, unit: unit.unit, end: unit.end };
}

function citedTarget(ctx: ParseContext, start: number, end: number, figure: Figure, subject: string): RawTarget {
  const { text } = ctx;
  const before = text.slice(start, figure.at);
  const after = qualifierAfter(text, figure.end);
  const qualifier = resolveQualifier({
    range: figure.valueMax !== null,
    after: after && after.end <= end ? after.qualifier : null,
    before: qualifierBefore(text, start, figure.at),
    approx: figure.approx,
    strive: false,
  });
  return {
    subject,
    verb: "",
    year: ctx.year,
    value: figure.value,
    unit: figure.unit,
    valueMax: figure.valueMax,
    qualifier,
    kind: classifyKind({ before, verb: "", subject, unit: figure.unit }),
    baseline: null,
    baseYear: null,
    attribute: null,
    quote: text.slice(start, end),
    offset: start,
  };
}

/** A task target the cited figure only repeats. */
function repeats(figure: Figure, tasks: RawTarget[]): boolean {
  return tasks.some((t) => convertUnit(figure.value, figure.unit, t.unit) === t.value);
}

/**
 * Cited targets in the spans, and the spans of every cited figure (targets, not results).
 * `tasks` are the row's task targets: a figure naming no subject of its own (年度目标3000个) is
 * about the first of them with a compatible unit.
 */
export function citedTargets(ctx: ParseContext, spans: Span[], tasks: RawTarget[]): { targets: RawTarget[]; quoted: Span[] } {
  const targets: RawTarget[] = [];
  const quoted: Span[] = [];
  const { text } = ctx;
  const add = (start: number, end: number, figure: Figure, own: string) => {
    quoted.push({ start, end });
    const subject = own || tasks.find((t) => t.subject && convertUnit(1, figure.unit, t.unit) !== null)?.subject;
    if (!repeats(figure, tasks) && subject) targets.push(citedTarget(ctx, start, end, figure, subject));
  };
  for (const span of spans) {
    const s = text.slice(span.start, span.end);
    // Substring tests first: most completion cells quote nothing and name no target. Then exec
    // loops, not matchAll, which copies the regex on every call.
    const quotes = s.includes("“") || s.includes('"');
    const names = s.includes("目标") || s.includes("计划");
    QUOTED.lastIndex = 0;
    for (let m = quotes ? QUOTED.exec(s) : null; m; m = QUOTED.exec(s)) {
      const start = span.start + m.index + 1;
      const end = start + m[1].length;
      const figure = firstFigure(text, start, end);
      if (figure) add(start, end, figure, text.slice(start, figure.at).replace(PERIOD_PREFIX, ""));
    }
    NAMED.lastIndex = 0;
    for (let m = names ? NAMED.exec(s) : null; m; m = NAMED.exec(s)) {
      const start = span.start + m.index;
      const figure = firstFigure(text, start + m[0].length, span.end);
      if (!figure || figure.at !== start + m[0].length) continue;
      add(start, qualifierAfter(text, figure.end)?.end ?? figure.end, figure, "");
    }
  }
  return { targets, quoted };
}
