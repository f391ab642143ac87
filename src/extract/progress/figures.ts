/**
 * The figures a completion cell reports: every number with a unit, with the list item, clause
 * and period it was written in. Years, dates, model names (5G), titles (《…》) and estimates
 * (预计新增500家) are not figures.
 */
import { digitAt, parseNumberAt } from "../numbers";
import { type Span, splitClauses, splitItems, splitSentences } from "../segment";
import { matchUnitAt } from "../unitLexicon";
import { lastMonthIn } from "./period";

export interface ReportedFigure {
  value: number;
  /** null for 10大标志性产业链: the unit is the target's. */
  unit: string | null;
  /** The number's position. */
  at: number;
  item: Span;
  clause: Span;
  /**
   * What the figure speaks of: its item, and the clause before it when the item names nothing
   * of its own (实际使用外资9.2亿美元,同比下降3.1%).
   */
  context: Span;
  /** A change written before it: 同比增长16.8% → rise, 同比下降3.1% → fall. */
  change: "rise" | "fall" | null;
  /** Start of its sentence, where a period (1-8月) may be named before it. */
  sentenceStart: number;
}

/** How far back in its sentence a figure's period is looked for. */
const PERIOD_LOOKBACK = 200;

const DATE_UNITS = new Set(["月", "日", "天", "年度", "期", "届", "次"]);
const LATIN = /[A-Za-z]/;
/** Words that make a figure a forecast or an aim rather than a result. */
const ESTIMATE = /预计|预期|有望|力争|争取|拟/;
const RISE = /(?:增长|提高|增加|上升|上涨)了?$|(?:增速|增幅|增长率|涨幅)(?:为|是|达到?)?$/;
const FALL = /(?:下降|减少|降低|回落|下滑)了?$|降幅(?:为|是|达到?)?$/;
/** What an item may say before its number without naming a subject: when, compared with what, where, which way. */
const NO_SUBJECT = new RegExp(
  [
    String.raw`\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?|截至\d{1,2}月[底末]?|[上下]半年|前?[一二三四]季度末?|第[一二三四]季度`,
    "同比|比上年同期|比上年|较上年|比去年同期|比去年",
    "全[市省区县州]",
    "增长|提高|增加|上升|下降|减少|降低|回落|增速|增幅|降幅",
    String.raw`[为了是，,、\s]`,
  ].join("|"),
  "g",
);

function isFigureStart(text: string, k: number): boolean {
  if (digitAt(text, k) < 0) return false;
  const prev = text[k - 1] ?? "";
  return digitAt(text, k - 1) < 0 && prev !== "." && prev !== "．" && !LATIN.test(prev);
}

/** Month named before the figure in its sentence, else null (the report's period applies). */
export function monthOf(text: string, figure: ReportedFigure): number | null {
  return lastMonthIn(text.slice(Math.max(figure.sentenceStart, figure.at - PERIOD_LOOKBACK), figure.at));
}

function changeOf(before: string): ReportedFigure["change"] {
  if (RISE.test(before)) return "rise";
  return FALL.test(before) ? "fall" : null;
}

/** Where one list item sits: its clause, and the clause before it in the same sentence (if any). */
interface Place {
  item: Span;
  clause: Span;
  previous: Span | null;
  sentence: Span;
}

/** Figures of one list item; `skip` spans (cited targets) hold none. */
function figuresOfItem(text: string, place: Place, skip: Span[], out: ReportedFigure[]): void {
  const { item } = place;
  let inTitle = false;
  for (let k = item.start; k < item.end; k++) {
    const ch = text[k];
    if (ch === "《") inTitle = true;
    else if (ch === "》") inTitle = false;
    if (inTitle || !isFigureStart(text, k)) continue;
    const n = parseNumberAt(text, k);
    if (!n || n.end > item.end) continue;
    const after = text[n.end] ?? "";
    const unit = matchUnitAt(text, n.end);
    const inSkip = skip.some((s) => k >= s.start && k < s.end);
    const year = unit?.unit === "年" && n.value >= 1900;
    const before = text.slice(item.start, k).trim();
    if (!inSkip && !LATIN.test(after) && !year && !ESTIMATE.test(before)) {
      const own = before.replace(NO_SUBJECT, "").length >= 2;
      const context = own || !place.previous ? item : { start: place.previous.start, end: item.end };
      const figure = {
        value: n.value,
        at: k,
        item,
        clause: place.clause,
        context,
        change: changeOf(before),
        sentenceStart: place.sentence.start,
      };
      if (unit && unit.end <= item.end && !DATE_UNITS.has(unit.unit)) out.push({ ...figure, unit: unit.unit });
      else if (!unit && after === "大") out.push({ ...figure, unit: null });
    }
    k = n.end - 1;
  }
}

/** Figures written in the given spans of text. */
export function reportedFigures(text: string, spans: Span[], skip: Span[]): ReportedFigure[] {
  const out: ReportedFigure[] = [];
  for (const span of spans) {
    for (const sentence of splitSentences(text, span)) {
      let previous: Span | null = null;
      for (const clause of splitClauses(text, sentence)) {
        for (const item of splitItems(text, clause)) figuresOfItem(text, { item, clause, previous, sentence }, skip, out);
        previous = clause;
      }
    }
  }
  return out;
}
