/**
 * Cells of a table flattened one cell per line: what a single line says on its own
 * (a number with its marks, a unit in parentheses, an attribute, a placeholder).
 */
import type { Attribute, Qualifier } from "../../core/types";
import { digitAt, parseNumberAt } from "../numbers";
import { qualifierAfter } from "../qualifiers";
import { charClasses, isWhitespaceAt } from "../segment";
import { type UnitMatch, matchUnitAt } from "../unitLexicon";

/** One line of the document holding one table cell. */
export interface Cell {
  /** The line without surrounding whitespace; "" for a line of spaces (an explicit empty cell). */
  text: string;
  start: number;
  end: number;
}

/**
 * The cell of the line text[lineStart, lineEnd), or null for a bare line break: a line of spaces
 * only is kept as an empty cell, because flattened tables write an empty cell that way, while bare
 * line breaks only separate cells.
 */
export function lineCell(text: string, lineStart: number, lineEnd: number): Cell | null {
  if (lineEnd === lineStart || (lineEnd === lineStart + 1 && text[lineStart] === "\r")) return null;
  let start = lineStart;
  let end = lineEnd;
  while (start < end && isWhitespaceAt(text, start)) start++;
  while (end > start && isWhitespaceAt(text, end - 1)) end--;
  return { text: text.slice(start, end), start, end };
}

/** A heading of a group of rows inside a table body: 一、水安全保障, （二）民生福祉. */
const GROUP_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[\u4e00-\u9fa5、和与]{2,16}$/;

export function isGroupHeading(text: string): boolean {
  return GROUP_HEADING.test(text);
}

/** The cells of the lines of text[from, to) (see lineCell). */
export function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const cell = lineCell(text, lineStart, lineEnd);
    if (cell) cells.push(cell);
    lineStart = lineEnd + 1;
  }
  return cells;
}

/** A number cell: 7%以上, 53以上, 2.8左右, 〔4.4〕, 27以下, 5-6, -2.0, 下降0.3. */
export interface ValueCell {
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  /** 〔〕: a five-year cumulative figure. */
  bracketed: boolean;
  /** Written with a % sign. */
  percent: boolean;
}

/** Comparison signs: ≥7, <27. */
const AT_LEAST = 1;
const AT_MOST = 2;
/** Brackets around a cumulative figure: 〔4.4〕. */
const OPEN = 4;
const CLOSE = 8;
/** A minus sign: -2.0, －0.3 are negative (as is a fall written out, 下降0.3). */
const MINUS = 16;
/** What a value cell opens with: a comparison sign, a bracket, a sign or a digit. Most cells (names) open otherwise. */
const OPENS_VALUE = 32;
/** The marks above by char code: value cells are read without one-character strings or searches. */
const MARKS = charClasses([
  ["≥>＞", AT_LEAST],
  ["≤<＜", AT_MOST],
  ["〔［[【", OPEN],
  ["〕］]】", CLOSE],
  ["-－−", MINUS],
  ["≥>＞≤<＜〔［[【-－−下0123456789０１２３４５６７８９", OPENS_VALUE],
]);
const FALL = "下降";
const PERCENT = "%".charCodeAt(0);
const FULL_WIDTH_PERCENT = "％".charCodeAt(0);

/** Whether s[i] bears the mark (false past the end). */
function marked(s: string, i: number, mark: number): boolean {
  return (MARKS[s.charCodeAt(i)] & mark) !== 0;
}

/** Whether any character of s is whitespace (value cells rarely hold any: they are then read as they stand). */
function hasWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhitespaceAt(s, i)) return true;
  return false;
}

/** The first character that is not whitespace opens a value cell. */
function opensValue(raw: string): boolean {
  let i = 0;
  while (isWhitespaceAt(raw, i)) i++;
  return marked(raw, i, OPENS_VALUE);
}

export function parseValueCell(raw: string): ValueCell | null {
  if (!opensValue(raw)) return null;
  const s = hasWhitespace(raw) ? raw.replace(/\s+/g, "") : raw;
  let i = 0;
  let qualifier: Qualifier = marked(s, i, AT_LEAST) ? "at_least" : marked(s, i, AT_MOST) ? "at_most" : "exact";
  if (qualifier !== "exact") i++;
  const bracketed = marked(s, i, OPEN);
  if (bracketed) i++;
  const negative = marked(s, i, MINUS) || s.startsWith(FALL, i);
  if (negative) i += s.startsWith(FALL, i) ? FALL.length : 1;
  if (digitAt(s, i) < 0) return null;
  const n = parseNumberAt(s, i);
  if (!n || n.approx) return null;
  i = n.end;
  const percent = s.charCodeAt(i) === PERCENT || s.charCodeAt(i) === FULL_WIDTH_PERCENT;
  if (percent) i++;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = qualifierAfter(s, i);
    if (suffix) {
      qualifier = suffix.qualifier;
      i = suffix.end;
    }
    if (pass === 0 && bracketed) {
      if (!marked(s, i, CLOSE)) return null;
      i++;
    }
  }
  if (i !== s.length) return null;
  if (n.valueMax !== null) qualifier = "range";
  return { value: negative ? -n.value : n.value, valueMax: n.valueMax, qualifier, bracketed, percent };
}

export function parseAttribute(text: string): Attribute | null {
  if (text === "预期性" || text === "约束性") return text; // as most tables write them
  if (!text.includes("性")) return null; // both attributes end with 性: other cells are ruled out without a copy
  const s = text.replace(/\s+/g, "");
  return s === "预期性" || s === "约束性" ? s : null;
}

/**
 * A unit the lexicon lacks, written as tables write units: a multiplier and a measure word
 * (亿斤, 千公顷), a lone measure word (斤), or a ratio of such (斤/亩). Only where a unit is
 * expected: a unit cell, or the parentheses closing a name cell.
 */
const UNIT_SHAPE = /^(?:(?:万亿|千万|百万|亿|万|千|百)[\u4e00-\u9fa5]{1,3}|[\u4e00-\u9fa5])$/;

/** Whether s, which the lexicon does not read whole (`known`: what it reads at its start), is shaped like a unit. */
function unitShaped(s: string, known: UnitMatch | null): boolean {
  // The lexicon reads more than a multiplier (亿元以上): what follows is no measure word.
  if (known && /[^万亿千百]/.test(known.unit)) return false;
  // Not a ratio: s is its only part, and not known.
  if (!s.includes("/")) return UNIT_SHAPE.test(s);
  // Each part of a ratio is shaped or known: 斤/亩, 亿斤/亩.
  return s.split("/").every((part) => UNIT_SHAPE.test(part) || wholeUnit(part, false) !== null);
}

/** The whole of s is one unit (亿元, %, 万元/人, or with `shaped`, one the lexicon lacks: 亿斤); null otherwise. */
export function wholeUnit(s: string, shaped = true): string | null {
  const m = matchUnitAt(s, 0);
  if (m && m.end === s.length) return m.unit;
  return shaped && unitShaped(s, m) ? s : null;
}

const CLOSE_PAREN = ")".charCodeAt(0);
const FULL_WIDTH_CLOSE_PAREN = "）".charCodeAt(0);

function isCloseParenAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === CLOSE_PAREN || c === FULL_WIDTH_CLOSE_PAREN;
}

/** A unit in parentheses closing a cell, and where its opening parenthesis stands. */
export interface TrailingUnit {
  unit: string;
  at: number;
}

/** The unit a name cell ends with: 地区生产总值(亿元) → 亿元; (万元/人) alone → 万元/人. Not (助理), (PM2.5). */
export function trailingUnit(text: string): TrailingUnit | null {
  if (!isCloseParenAt(text, text.length - 1)) return null; // most names end otherwise: no regex search
  const m = /[(（]([^()（）]+)[)）]$/.exec(text);
  if (!m) return null;
  const unit = wholeUnit(m[1]);
  return unit ? { unit, at: m.index } : null;
}

/** A cell that only marks a value as absent: —, /, …. */
export function isDash(text: string): boolean {
  return /^[—–\-－/／…]+$/.test(text);
}

/** Not a number, yet a value cell wherever it stands: 国家下达指标, 保持在合理区间, 与经济增长基本同步, 待定, —. */
export function isPlaceholder(text: string): boolean {
  return isDash(text) || /下达|合理区间|视情|待定|不适用|同步|持平|相适应|相协调|相匹配|^(?:稳步|持续|逐步|逐年|保持|力争)/.test(text);
}

/**
 * A target stated in words, as it stands after a row's figures: 高于地区生产总值增长,
 * 快于全国平均水平, 完成国家任务. Before the figures such words may open an indicator's name.
 */
export function isTextValue(text: string): boolean {
  return isPlaceholder(text) || /^(?:高于|低于|快于|慢于|优于|不低于|不高于|不超过|不少于|与|同|基本|确保|完成|达到|实现|争取|进一步|略高于)/.test(text);
}

/** A bare integer line: a row number in tables with a 序号 column. */
export function integerOf(text: string): number | null {
  return text.length <= 3 && /^\d{1,3}$/.test(text) ? Number(text) : null;
}
