/**
 * Parsers of the prose extractor: each finds figures in a line and returns them with their
 * place in the source (chrono-style: small parsers first, refiners afterwards).
 *  - quantityAt: a number and its unit (5万个, 2700 亿元, 三分之一, 10余个, 2—3家), minus the
 *    numbers that are not figures (years, ordinals, 5G, “415”…), with the trailing 以上/左右;
 *  - doublingAt: 翻一番 / 翻两番 → 2 / 4 倍;
 *  - groupAt: “三个千亿” → 1000 亿 for each of three indicators.
 * Year mentions (到2025年, 比2020年) come out of the same scan, for the year scopes.
 */
import type { Qualifier } from "../../core/types";
import { isFoundationYear, nonTargetNumber } from "../noise";
import { digitAt, parseNumberAt } from "../numbers";
import { qualifierAfter } from "../qualifiers";
import { charClasses, isCjk, type Span } from "../segment";
import { matchUnitAt, UNIT_FIRST_CHARS, type UnitMatch } from "../unitLexicon";

export interface Figure {
  /** First character of the number as written. */
  start: number;
  /** After the number, its unit and any trailing qualifier (以上, 左右). */
  end: number;
  /** After the unit. */
  unitEnd: number;
  value: number;
  valueMax: number | null;
  unit: string;
  /** 10余个, 1900多个, 超10万: more than the number. */
  approx: boolean;
  trailing: Qualifier | null;
  /** 翻一番: the figure is its own verb. */
  doubling: boolean;
  /** “三个千亿”: the figure holds for each of that many indicators listed before it, else null. */
  each: number | null;
}

/**
 * What a year mention does to its sentence. base: a base of comparison (比2020年, 较2015年,
 * 按2020年价格); foundation: the ground it builds on (在2020年…的基础上); deadline: the year a
 * target is due (到2025年, 至2022年); time: any other (2019年, 2025年).
 */
export type YearRole = "base" | "foundation" | "deadline" | "time";

export interface YearMention {
  year: number;
  start: number;
  end: number;
  role: YearRole;
}

export interface SpanScan {
  figures: Figure[];
  years: YearMention[];
  /** Where each sentence ends (。！？), at any depth: sentences without a figure are never cut into clauses. */
  sentenceEnds: number[];
}

/** Character classes by char code: the scan touches every character of a line. */
const DIGIT = 1;
const OPEN_BRACKET = 2;
const CLOSE_BRACKET = 4;
const OPEN_QUOTE = 8;
const CLOSE_QUOTE = 16;
const DOUBLING = 32;
const CHINESE_NUMERAL = 64;
const SENTENCE_END = 128;
const NUMERAL = DIGIT | CHINESE_NUMERAL;
const CLASS = charClasses([
  ["0123456789０１２３４５６７８９", DIGIT],
  ["零〇一二两三四五六七八九十百千", CHINESE_NUMERAL],
  ["（(《", OPEN_BRACKET],
  ["）)》", CLOSE_BRACKET],
  ["“", OPEN_QUOTE],
  ["”", CLOSE_QUOTE],
  ["翻", DOUBLING],
  ["。！？!?", SENTENCE_END],
]);
/** Characters after a numeral that may make it a figure: a unit's first, 分 of 三分之一, 成 of 两成. */
const AFTER_NUMERAL = charClasses([[UNIT_FIRST_CHARS + "分成0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千", 1]]);
const CLOSING_QUOTE = "”".charCodeAt(0);
const DA = "大".charCodeAt(0);
const GE = "个".charCodeAt(0);
const DOT = 0x2e;
const FULL_WIDTH_DOT = 0xff0e;
const BASE_MARKERS = /(?:比|较|与|同|按|以|相比|对比)\s*$/;
/** 到2025年, 至2022年; not 截至2022年 or 截止到, which report results so far. */
const DEADLINE_MARKERS = /(?<![截止])(?:到|至)\s*$/;
/** How far a closing quote is looked for: quoted names are short. */
const QUOTE_REACH = 24;

/** Content of the “…” that opened at `open`, or null when it does not close nearby. */
function quotedContent(text: string, open: number, limit: number): string | null {
  const stop = Math.min(limit, open + QUOTE_REACH);
  for (let i = open + 1; i < stop; i++) if (text.charCodeAt(i) === CLOSING_QUOTE) return text.slice(open + 1, i);
  return null;
}

/** N大 written with an Arabic number (5大新兴产业) counts things: unit 个, the 大 consumed. */
function bigCount(text: string, numEnd: number): UnitMatch | null {
  const next = text.charCodeAt(numEnd + 1);
  return text.charCodeAt(numEnd) === DA && isCjk(next) ? { unit: "个", end: numEnd + 1, approx: null } : null;
}

/** A coefficient set to a figure (农田灌溉水有效利用系数提高到0.5以上): the figure has no unit. */
const COEFFICIENT_SET = /系数\s*(?:要|将|力争)?\s*(?:达到|达|提高到|提高至|提升到|提升至|稳定在|保持在|不低于|为)\s*$/;
const COEFFICIENT_REACH = 10;

function coefficient(text: string, span: Span, start: number, numEnd: number): UnitMatch | null {
  const before = text.slice(Math.max(span.start, start - COEFFICIENT_REACH), start);
  return COEFFICIENT_SET.test(before) ? { unit: "", end: numEnd, approx: null } : null;
}

function yearRole(text: string, span: Span, start: number, numEnd: number): YearRole {
  const before = text.slice(Math.max(span.start, start - 3), start);
  if (BASE_MARKERS.test(before)) return "base";
  if (DEADLINE_MARKERS.test(before)) return "deadline";
  return isFoundationYear(text, start, numEnd) ? "foundation" : "time";
}

/** What the scan of a span carries from character to character. */
interface ScanState {
  text: string;
  span: Span;
  /** Depth inside （…）/(…)/《…》. */
  depth: number;
  /** Where the “ around the current position opened, or -1. */
  quoteOpen: number;
  scan: SpanScan;
}

function isNumberContinuation(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const prev = text.charCodeAt(i - 1);
  return (CLASS[prev] & NUMERAL) !== 0 || ((prev === DOT || prev === FULL_WIDTH_DOT) && digitAt(text, i - 2) >= 0);
}

/** A number and its unit at i (or a year mention); returns where the scan resumes. */
function quantityAt(st: ScanState, i: number): number {
  const { text, span } = st;
  if (isNumberContinuation(text, i, span.start)) return i + 1;
  const chinese = (CLASS[text.charCodeAt(i)] & CHINESE_NUMERAL) !== 0;
  const m = parseNumberAt(text, i);
  if (!m || m.end > span.end) return i + 1;
  const unitMatch: UnitMatch | null = m.impliedUnit
    ? { unit: m.impliedUnit, end: m.end, approx: null }
    : matchUnitAt(text, m.end) ?? (chinese ? null : bigCount(text, m.end) ?? coefficient(text, span, i, m.end));
  if (!unitMatch || unitMatch.end > span.end) return m.end;
  if (unitMatch.unit === "年" && m.value >= 1900 && m.value <= 2100 && Number.isInteger(m.value)) {
    st.scan.years.push({ year: m.valueMax ?? m.value, start: i, end: unitMatch.end, role: yearRole(text, span, i, m.end) });
    return unitMatch.end;
  }
  const noise = nonTargetNumber({
    text,
    start: i,
    numEnd: m.approx === "余" || m.approx === "多" ? m.end - 1 : m.end,
    unitEnd: unitMatch.end,
    unit: unitMatch.unit,
    value: m.value,
    valueMax: m.valueMax,
    chinese,
    fraction: m.impliedUnit !== null,
    quoted: st.quoteOpen >= 0 ? quotedContent(text, st.quoteOpen, span.end) : null,
    bracketed: st.depth > 0,
  });
  if (!noise) {
    const trailing = qualifierAfter(text, unitMatch.end);
    st.scan.figures.push({
      start: i,
      end: trailing ? trailing.end : unitMatch.end,
      unitEnd: unitMatch.end,
      value: m.value,
      valueMax: m.valueMax,
      unit: unitMatch.unit,
      approx: m.approx !== null || unitMatch.approx !== null,
      trailing: trailing ? trailing.qualifier : null,
      doubling: false,
      each: null,
    });
  }
  return unitMatch.end;
}

const DOUBLINGS: ReadonlyArray<[string, number]> = [
  ["翻一番", 2],
  ["翻两番", 4],
  ["翻二番", 4],
  ["翻三番", 8],
  ["翻番", 2],
];

/** 翻一番 → 2 倍; the figure spans the whole word, which is also its verb. */
function doublingAt(st: ScanState, i: number): number {
  for (const [word, value] of DOUBLINGS) {
    const end = i + word.length;
    if (end > st.span.end || !st.text.startsWith(word, i)) continue;
    st.scan.figures.push({ start: i, end, unitEnd: end, value, valueMax: null, unit: "倍", approx: false, trailing: null, doubling: true, each: null });
    return end;
  }
  return i + 1;
}

const GROUP_MULTIPLIERS = ["万亿", "亿", "万"];

/**
 * “三个千亿” after a list of three investments: 1000 亿 for each. Whether the list really has
 * three items is the refiners' question; without them the quote is only a name (“六个千亿”工程).
 */
function groupAt(st: ScanState, i: number): number {
  const { text, span } = st;
  if (text.charCodeAt(i + 2) !== GE) return i + 1; // most quotes are not “三个千亿”: one lookup rules them out
  const count = parseNumberAt(text, i + 1);
  if (!count || count.valueMax !== null || text.charCodeAt(count.end) !== GE) return i + 1;
  const amount = parseNumberAt(text, count.end + 1);
  if (!amount || amount.impliedUnit) return i + 1;
  const unit = GROUP_MULTIPLIERS.find((m) => text.startsWith(m, amount.end)) ?? "";
  const end = amount.end + unit.length;
  if (!unit || text.charCodeAt(end) !== CLOSING_QUOTE || end >= span.end) return i + 1;
  st.scan.figures.push({
    start: i + 1,
    end: end + 1,
    unitEnd: end,
    value: amount.value,
    valueMax: null,
    unit,
    approx: false,
    trailing: null,
    doubling: false,
    each: count.value,
  });
  st.quoteOpen = -1;
  return end + 1;
}

/**
 * Figures and year mentions of a span (a line: sentences and clauses are cut only where figures are).
 * The parsers are each triggered by the class of the character they can start at: quantityAt by a
 * numeral, doublingAt by 翻, groupAt by an opening quote.
 */
export function scanSpan(text: string, span: Span): SpanScan {
  const st: ScanState = { text, span, depth: 0, quoteOpen: -1, scan: { figures: [], years: [], sentenceEnds: [] } };
  const end = span.end;
  for (let i = span.start; i < end; ) {
    // most characters belong to no class: a tight loop passes over them
    while (i < end && CLASS[text.charCodeAt(i)] === 0) i++;
    if (i >= end) break;
    const cls = CLASS[text.charCodeAt(i)];
    // a lone numeral character without a unit after it (一体化, 统一) is the common case: skip it here
    if (cls & CHINESE_NUMERAL && AFTER_NUMERAL[text.charCodeAt(i + 1)] === 0) i++;
    else if (cls & NUMERAL) i = quantityAt(st, i);
    else if (cls & DOUBLING) i = doublingAt(st, i);
    else if (cls & OPEN_QUOTE) {
      st.quoteOpen = i;
      i = groupAt(st, i);
    } else {
      if (cls & OPEN_BRACKET) st.depth++;
      else if (cls & CLOSE_BRACKET) st.depth = Math.max(0, st.depth - 1);
      else if (cls & CLOSE_QUOTE) st.quoteOpen = -1;
      else st.scan.sentenceEnds.push(i);
      i++;
    }
  }
  return st.scan;
}
