/**
 * The figures a completion cell reports: every number with a unit, with the list item, clause
 * and period it was written in. Years, dates, model names (5G), titles (《…》) and estimates
 * (预计新增500家) are not figures.
 */
import { digitAt, isDecimalPointAt, parseNumberAt } from "../numbers";
import { type Span, charClasses, isAsciiLetter, splitClauses, splitItems, splitSentences } from "../segment";
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
const DA = "大".charCodeAt(0);
/** Words that make a figure a forecast or an aim rather than a result. */
const ESTIMATE = /预计|预期|有望|力争|争取|拟/;
const RISE = /(?:增长|提高|增加|上升|上涨)了?$|(?:增速|增幅|增长率|涨幅)(?:为|是|达到?)?$/;
const FALL = /(?:下降|减少|降低|回落|下滑)了?$|降幅(?:为|是|达到?)?$/;
/**
 * What an item may say before its number without naming a subject: when, compared with what, where,
 * which way, what was done, which batch (累计建成6.98万个 speaks of the clause before: 新建5G基站12860个;
 * 首批120台 of 新能源公交车已完成政府采购).
 */
const NO_SUBJECT = new RegExp(
  [
    String.raw`\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?|截至\d{1,2}月[底末]?|[上下]半年|前?[一二三四]季度末?|第[一二三四]季度`,
    "同比|比上年同期|比上年|较上年|比去年同期|比去年",
    "全[市省区县州]",
    "增长|提高|增加|上升|下降|减少|降低|回落|增速|增幅|降幅",
    "累计|共计|合计|建成|新建|新增|完成|实现|达到|突破|超过|[共已达]",
    "全年|年内|实际",
    "首批|第[一二三四五六七八九十]批|其中",
    String.raw`[为了是，,、\s]`,
  ].join("|"),
  "y",
);

/**
 * Whether the words before a figure name what it is about: at least two characters are not
 * NO_SUBJECT words. Tried word by word from the start, so it stops at the second such character.
 */
function namesSubject(before: string): boolean {
  let own = 0;
  for (let i = 0; i < before.length && own < 2; ) {
    NO_SUBJECT.lastIndex = i;
    if (NO_SUBJECT.test(before)) i = NO_SUBJECT.lastIndex;
    else {
      own++;
      i++;
    }
  }
  return own >= 2;
}

/** Words that close a figure's name without belonging to it: 比例为84.7%, 总数达到2012家, 收入增长8.1%. */
const NAME_TAIL = /(?:同比|比上年|较上年|累计|共计|合计|完成|实现|达到|达|突破|超过|增长|提高|增加|上升|上涨|下降|减少|降低|回落|为|是|了|[，,、\s])+$/;

/**
 * The name a figure's item gives it, without the period, place or verb words around it:
 * 1-9月，全省空气质量优良天数比例为 → 空气质量优良天数比例; 新增学位 → 学位; "" when it names nothing.
 */
export function nameBefore(before: string): string {
  let i = 0;
  for (;;) {
    NO_SUBJECT.lastIndex = i;
    if (!NO_SUBJECT.test(before)) break;
    i = NO_SUBJECT.lastIndex;
  }
  return before.slice(i).replace(NAME_TAIL, "");
}

/** Characters an item's scan stops at, by char code: digits and the marks of a title (《…》). */
const DIGIT = 1;
const TITLE_OPEN = 2;
const TITLE_CLOSE = 4;
const ITEM_MARKS = charClasses([
  ["0123456789０１２３４５６７８９", DIGIT],
  ["《", TITLE_OPEN],
  ["》", TITLE_CLOSE],
]);

/** A digit that opens a number: not inside one (8.5, 12), nor part of a name (5G, A1). */
function isFigureStart(text: string, k: number): boolean {
  if (digitAt(text, k) < 0) return false;
  return digitAt(text, k - 1) < 0 && !isDecimalPointAt(text, k - 1) && !isAsciiLetter(text.charCodeAt(k - 1));
}

/** A clause about what is still to come: its month is a deadline (将于11月完成, 6月底前建成), not the period reported. */
const FUTURE = /将(?!近)|拟|计划于|预计|预定|有望|力争|争取|月底?前/;

/** Month named before the figure in its sentence, outside clauses about the future; else null (the report's period applies). */
export function monthOf(text: string, figure: ReportedFigure): number | null {
  const before = text.slice(Math.max(figure.sentenceStart, figure.at - PERIOD_LOOKBACK), figure.at);
  return lastMonthIn(before.split(/[，,；;]/).filter((clause) => !FUTURE.test(clause)).join("，"));
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
  const end = item.end;
  let inTitle = false;
  for (let k = item.start; k < end; k++) {
    // most characters of a cell are neither digits nor title marks: a tight loop passes over them
    while (k < end && ITEM_MARKS[text.charCodeAt(k)] === 0) k++;
    if (k === end) break;
    const mark = ITEM_MARKS[text.charCodeAt(k)];
    if (mark === TITLE_OPEN) inTitle = true;
    else if (mark === TITLE_CLOSE) inTitle = false;
    if (inTitle || mark !== DIGIT || !isFigureStart(text, k)) continue;
    const n = parseNumberAt(text, k);
    if (!n || n.end > item.end) continue;
    const after = text.charCodeAt(n.end);
    const unit = matchUnitAt(text, n.end);
    const inSkip = skip.some((s) => k >= s.start && k < s.end);
    const year = unit?.unit === "年" && n.value >= 1900;
    const at = k;
    k = n.end - 1;
    if (inSkip || isAsciiLetter(after) || year) continue;
    let figureUnit: string | null;
    if (unit && unit.end <= item.end && !DATE_UNITS.has(unit.unit)) figureUnit = unit.unit;
    else if (!unit && after === DA) figureUnit = null;
    else continue;
    // the words before it are cut only for a figure that passed the character tests
    const before = text.slice(item.start, at).trim();
    if (ESTIMATE.test(before)) continue;
    out.push({
      value: n.value,
      unit: figureUnit,
      at,
      item,
      clause: place.clause,
      context: namesSubject(before) || !place.previous ? item : { start: place.previous.start, end: item.end },
      change: changeOf(before),
      sentenceStart: place.sentence.start,
    });
  }
}

/**
 * Where the next digit is, found in one forward pass as later and later parts of a span ask:
 * every figure opens with a digit, so a sentence or clause without one is never cut up.
 */
class DigitCursor {
  private next = -1;

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  /** Whether text[start, end) holds a digit; start must not decrease from call to call. */
  within(start: number, end: number): boolean {
    if (this.next < start) {
      this.next = start;
      while (this.next < this.end && digitAt(this.text, this.next) < 0) this.next++;
    }
    return this.next < end;
  }
}

/** Figures written in the given spans of text. */
export function reportedFigures(text: string, spans: Span[], skip: Span[]): ReportedFigure[] {
  const out: ReportedFigure[] = [];
  for (const span of spans) {
    const digits = new DigitCursor(text, span.end);
    if (!digits.within(span.start, span.end)) continue;
    for (const sentence of splitSentences(text, span)) {
      if (!digits.within(sentence.start, sentence.end)) continue;
      let previous: Span | null = null;
      for (const clause of splitClauses(text, sentence)) {
        if (digits.within(clause.start, clause.end)) {
          for (const item of splitItems(text, clause)) figuresOfItem(text, { item, clause, previous, sentence }, skip, out);
        }
        previous = clause;
      }
    }
  }
  return out;
}
