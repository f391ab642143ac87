/**
 * Targets a review cites with their results: a report on last year's plan says what was reached
 * and which target it was measured against (实现地区生产总值…，增长2.0%，…增长5.5%左右的年度预期
 * 目标未能实现). The cited figure is a target of the year under review; the result that answers it,
 * found in the same sentence as a progress report's completion cell would be read, is its actual.
 * A verdict clause may leave the indicator out (…增长0.9%，低于年初确定的6%的目标): it is then the
 * indicator of the result reported just before, and that result is the target's actual.
 */
import type { Qualifier } from "../../core/types";
import { convertUnit } from "../../core/units";
import { type ReportedFigure, reportedFigures, monthOf } from "../progress/figures";
import { linkedActuals } from "../progress/link";
import { asOf, lastMonthIn } from "../progress/period";
import { resolveQualifier } from "../qualifiers";
import { CITED_IN_BRACKETS } from "../noise";
import { charClasses, WHITESPACE, type Span } from "../segment";
import type { RawActual, RawTarget } from "../types";
import { readClause, type ClauseTarget } from "./clause";
import { lastNonSpace } from "./context";
import type { Figure } from "./figures";

/** What a target is called: 目标, 计划, 任务, 预期 (年初6%的预期), not 预期寿命. */
const TARGET_NOUN = "(?:目标|计划|任务|预期(?!寿命))";
/** Words that qualify a target noun: when and how it was set, what it steers (调控目标, 增长目标). */
const TARGET_QUALIFIER = "(?:年度|全年|年初|既定|预期|计划|奋斗|调控|控制|增长)";
/** After the figure: 的年度预期目标, 的计划, 的调控目标, 的预期, ”的目标任务 — the figure is the target, not a result. */
const CITED_AS_TARGET = new RegExp(`^”?\\s*的${TARGET_QUALIFIER}*${TARGET_NOUN}`);
/** How much text after a figure can say it is cited as a target. */
const CITED_REACH = 12;
/**
 * Before the figure: 完成年度计划10万人的121%, 超额完成全年目标任务8万人, 与年初预期6%相比; not a
 * margin over the plan (超过年度目标2个百分点).
 */
const PLAN_BEFORE = new RegExp(
  `(?<!超过|超出|高于|低于|多于|少于|比)(?:年度|全年|年初)(?:(?:预期|调控)?(?:计划|目标|任务){1,2}|预期)(?:为|是)?\\s*$`,
);
/** The plan's own figure, whatever compares with it: 比年初计划的6%低2.4个百分点, 低于年度目标的7%. */
const PLAN_OF = /(?:年度|全年|年初)(?:确定|制定|提出)?的?(?:(?:预期|调控)?(?:计划|目标|任务){1,2}|预期)的\s*$/;
const PLAN_REACH = 10;
/**
 * What may end the words before a figure PLAN_BEFORE, PLAN_OF or CITED_IN_BRACKETS accept (…计划,
 * …目标为, …预期, …计划的, 目标（, 目标（增长), and open the words after it CITED_AS_TARGET does (的, ”的).
 */
const PLAN_LAST = charClasses([["划标务期为是的（(长降高低", 1]]);
const CITED_FIRST = charClasses([["的”" + WHITESPACE, 1]]);

/** Whether the figure is cited as a target by the words after it (CITED_AS_TARGET). */
function citedAfter(text: string, f: Figure): boolean {
  return CITED_FIRST[text.charCodeAt(f.end)] === 1 && CITED_AS_TARGET.test(text.slice(f.end, f.end + CITED_REACH));
}

/** A clause that opens by saying the year's plan set what follows: 年初提出新建高标准农田150万亩. */
const TARGET_OPENER = /^\s*(?:年初|全年|年度)(?:提出|确定|计划|安排|部署)了?/;
const OPENER_REACH = 8;

/** Whether the figure is the plan named before it (PLAN_BEFORE, PLAN_OF, CITED_IN_BRACKETS), in its clause. */
function planBefore(text: string, clause: Span, f: Figure): boolean {
  const from = Math.max(clause.start, f.start - PLAN_REACH);
  const last = lastNonSpace(text, from, f.start);
  if (last < from || PLAN_LAST[text.charCodeAt(last)] !== 1) return false;
  const before = text.slice(from, f.start);
  return PLAN_BEFORE.test(before) || PLAN_OF.test(before) || CITED_IN_BRACKETS.test(before);
}

/**
 * What a verdict clause may say before a cited figure without naming its indicator: a verdict
 * (未完成, 超额完成, 也低于, 略低于, 好于, 实现了, 比…高, 与…相比, 是…的128%), when and how the target was set (年初确定的,
 * 年度计划, 年初预期) and its move (增长, 控制在, 稳定在): 年初确定的增长, 未完成年初增长, 低于年初确定的,
 * 实现了控制在, 超额完成年度目标, 与 (与7%的目标相比).
 */
const ELIDED_LEAD = new RegExp(
  "^" +
    [
      "(?:也|均|都|仍|但)?(?:略|稍|明显)?(?:未能?|没能?|没有|超额|全面|圆满)?(?:完成|实现|达到|低于|高于|好于|优于|超过|超出|快于|慢于|比|与|是)?了?",
      "(?:年初|年度|全年|上年|去年)?",
      "(?:确定|制定|设定|提出|下达|安排|预算)?的?",
      "(?:(?:年度|全年)?(?:预期|调控)?(?:计划|目标|任务){0,2}(?:为|是|的)?)?",
      // 目标（增长10%）: the target written in brackets after its noun
      "[（(]?",
      "(?:增长|下降|降低|减少|提高|控制在|保持在|稳定在|达到)?",
    ].join("") +
    "$",
);
const RISE = /(?:增长|提高|增加|上升|上涨)了?$/;
const FALL = /(?:下降|减少|降低|回落|下滑)了?$/;
/** 达到 before the cited figure asks for a level, unless it is the verdict itself (未达到6%左右的年度预期). */
const LEVEL_LEAD = /(?<![未没有])达到$/;
const BOUND_LEAD = /(?:控制在|保持在|稳定在)$/;

/**
 * The figures of a review clause that it cites as targets: followed by 的…目标/计划, or right after
 * 年度计划. What a cited figure measures is written in its clause (地区生产总值增长5.5%左右的…目标)
 * or is the result's before it (see reviewTargets).
 */
export function citedFigures(text: string, clause: Span, figures: Figure[]): Figure[] {
  if (TARGET_OPENER.test(text.slice(clause.start, clause.start + OPENER_REACH))) return figures;
  return figures.filter((f) => citedAfter(text, f) || planBefore(text, clause, f));
}

/** A clause of the sentence read before the one citing targets, with its figures. */
export interface EarlierClause {
  clause: Span;
  figures: Figure[];
}

/** Where a review clause sits: its sentence, the clauses before it there, and every clause of the sentence that cites targets. */
export interface ReviewPlace {
  sentence: Span;
  clause: Span;
  earlier: EarlierClause[];
  citing: Span[];
}

/**
 * What a verdict asks of its result: a change (rise, fall), a level (达到), either (null, a bare
 * figure), or a bound (控制在, 保持在, 稳定在), held by a level or by a rise, which a fall keeps as
 * well (居民消费价格下降0.4%，控制在3%的目标以内).
 */
type Move = "rise" | "fall" | "level" | "bound" | null;

/** The result a verdict clause speaks of: its figure, and the indicator it was reported under. */
interface Result {
  figure: Figure;
  subject: string;
  /** From the clause naming the indicator to the figure's clause. */
  quote: Span;
  change: "rise" | "fall" | null;
}

/** The change the words before a figure in its clause state: 增长 → rise, 下降 → fall. */
function changeBefore(text: string, clause: Span, figure: Figure): Result["change"] {
  const before = text.slice(clause.start, figure.start).trim();
  if (RISE.test(before)) return "rise";
  return FALL.test(before) ? "fall" : null;
}

/** How a verdict moves its figure (see Move). */
function moveOf(text: string, clause: Span, figure: Figure): Move {
  const lead = text.slice(clause.start, figure.start).trim();
  return changeBefore(text, clause, figure) ?? (LEVEL_LEAD.test(lead) ? "level" : BOUND_LEAD.test(lead) ? "bound" : null);
}

/** Whether a result (a change or a level) is what the verdict's move asks for. */
function answers(move: Move, change: Result["change"]): boolean {
  if (move === "level") return change === null;
  return move === "rise" || move === "fall" ? change !== null : true;
}

/** A verdict comparing the result with the target it cites: 低于, 高于, 超过, 快于… */
const COMPARING = /^\s*(?:也|均|都|仍|但)?(?:略|稍|明显)?(?:低于|高于|好于|优于|超过|超出|快于|慢于|不及|不到)/;

/** Indicators whose targets are ceilings (失业率, 居民消费价格, 能耗, 排放, PM2.5 浓度, 事故): lower is better. */
const CEILING_SUBJECT = /失业率|价格|物价|能耗|排放|浓度|用水量|事故|死亡|发病率|赤字|负债率/;

/** A verb of a fall: a reduction target (能耗下降3.5%) is a floor of the fall, not a ceiling. */
const FALLING = /下降|降低|减少/;

/** The qualifier a cited figure states itself (6%左右的目标, 2—3家), without the words before it. */
function ownQualifier(figure: Figure): Qualifier {
  return resolveQualifier({ range: figure.valueMax !== null, after: figure.trailing, before: null, approx: figure.approx, strive: false });
}

/** The words before a cited figure in its clause are nothing but the verdict. */
function isElided(lead: string): boolean {
  return ELIDED_LEAD.test(lead.replace(/\s+/g, ""));
}

/**
 * The results a verdict may answer: those of the earlier clauses after the sentence's verdict
 * before it, each clause read once when first asked for, less the results already linked. A
 * result answers one target only: 失业率3.1%，低于4.5%的目标；实现了控制在5%以内的目标 leaves 5% unanswered.
 */
interface ResultPool {
  earlier: EarlierClause[];
  /** The index of the first earlier clause after the previous verdict. */
  first: number;
  read: (index: number) => ClauseTarget[];
  linked: Set<Figure>;
}

function resultPool(text: string, place: ReviewPlace): ResultPool {
  const { earlier, clause } = place;
  const previous = place.citing.filter((c) => c.end <= clause.start).pop();
  const after = previous ? earlier.findIndex((e) => e.clause.start >= previous.end) : 0;
  const read: ClauseTarget[][] = [];
  return {
    earlier,
    first: after < 0 ? earlier.length : after,
    read: (n) => (read[n] ??= readClause(text, earlier[n].clause, earlier[n].figures, { verb: "" })),
    linked: new Set(),
  };
}

/**
 * The last result before the verdict, in the cited figure's unit and measure (a change for a
 * growth target, a level for a level), with the indicator it was reported under: its own, or
 * the one of the clause before when it names none (…完成7030.4亿元，增长0.9%).
 */
function resultBefore(text: string, pool: ResultPool, cited: Figure, move: Move): Result | null {
  const { earlier, first, read } = pool;
  for (let c = earlier.length - 1; c >= first; c--) {
    const { clause, figures } = earlier[c];
    for (let n = figures.length - 1; n >= 0; n--) {
      const figure = figures[n];
      if (convertUnit(1, figure.unit, cited.unit) === null) continue;
      const change = changeBefore(text, clause, figure);
      if (!answers(move, change)) continue;
      if (pool.linked.has(figure)) return null;
      for (let back = c; back >= first; back--) {
        const named = read(back).filter((t) => t.subject && (back < c || t.figure.start <= figure.start)).pop();
        if (!named) continue;
        // a subject borrowed from a clause further back (增长0.9% after …地区生产总值完成…) is quoted with it
        let from = named.quote.start;
        for (let k = back; k >= first && !text.slice(from, clause.end).includes(named.subject); k--) from = earlier[k].clause.start;
        return { figure, subject: named.subject, quote: { start: from, end: clause.end }, change };
      }
      return null;
    }
  }
  return null;
}

/** The result's value in the target's sense: a fall against a growth target is negative. */
function sensed(result: Result, target: RawTarget): number {
  const against = target.kind === "reduction" ? "rise" : "fall";
  const rate = target.kind === "growth_rate" || target.kind === "reduction";
  return rate && result.change === against ? -result.figure.value : result.figure.value;
}

/**
 * The targets a review clause cites (`cited`, its figures read as targets), as RawTargets of the
 * year under review (`toTarget`), and the results that answer them. `firstIndex` is the index the
 * first of them gets among the document's targets.
 */
export function reviewTargets(
  text: string,
  place: ReviewPlace,
  cited: Figure[],
  year: number,
  toTarget: (t: ClauseTarget) => RawTarget,
  firstIndex: number,
): { targets: RawTarget[]; actuals: RawActual[] } {
  const { sentence, clause } = place;
  const targets: RawTarget[] = [];
  const actuals: RawActual[] = [];
  const stated: RawTarget[] = [];
  const pool = resultPool(text, place);
  for (const t of readClause(text, clause, cited, { verb: "" })) {
    const lead = text.slice(clause.start, t.figure.start);
    if (!isElided(lead)) {
      // a lead with 的 that is no verdict (按照省里确定的增长7%的目标) names no indicator either
      if (!lead.includes("的")) stated.push(toTarget(t));
      continue;
    }
    const move = moveOf(text, clause, t.figure);
    const result = resultBefore(text, pool, t.figure, move);
    if (!result) continue;
    pool.linked.add(result.figure);
    // a verdict without a move of its own (低于…6%的目标) measures what the result measures; a bound, a rise
    const measured = (move === null || move === "bound") && result.change !== null;
    const verb = measured ? (move === "bound" || result.change === "rise" ? "增长" : "下降") : t.verb;
    // 收入增长5.1%，低于7%的预期目标 compares the result with the target, which the verdict does not
    // bound; the target of a ceiling indicator (失业率, 居民消费价格) is a ceiling whichever way it went
    const ceiling = CEILING_SUBJECT.test(result.subject) && !FALLING.test(verb);
    const own = ownQualifier(t.figure);
    const qualifier = !COMPARING.test(lead) ? t.qualifier : ceiling && own === "exact" ? "at_most" : own;
    const target = toTarget({ ...t, subject: result.subject, verb, qualifier, kindBefore: measured ? t.kindBefore + verb : t.kindBefore });
    targets.push(target);
    const month = lastMonthIn(text.slice(sentence.start, result.figure.start));
    actuals.push({
      subject: target.subject,
      value: sensed(result, target),
      unit: result.figure.unit,
      asOf: asOf(year, month),
      quote: text.slice(result.quote.start, result.quote.end),
      offset: result.quote.start,
      targetIndex: firstIndex + targets.length - 1,
    });
  }
  actuals.push(...statedActuals(text, place, stated, firstIndex + targets.length));
  return { targets: [...targets, ...stated], actuals };
}

/**
 * The results of the sentence that answer targets whose clause names their indicator, read as a
 * progress report's completion cell would be (the clauses citing targets hold no results).
 */
function statedActuals(text: string, place: ReviewPlace, targets: RawTarget[], firstIndex: number): RawActual[] {
  if (targets.length === 0) return [];
  const figures = reportedFigures(text, [place.sentence], place.citing);
  const period = (figure: ReportedFigure, t: number) => asOf(targets[t].year, monthOf(text, figure));
  return linkedActuals(text, targets, targets.length, figures, (t) => firstIndex + t, period);
}
