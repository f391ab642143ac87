/**
 * Splitting running text into lines, sentences, clauses and list items, as absolute spans into
 * the document (never copies), so every quote can be cut from the source as written.
 */
import { digitAt } from "./numbers";

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * A table of character classes by char code, from [characters, bit] pairs: scanners touch every
 * character, and a typed-array lookup costs less than a Set or a regex there.
 */
export function charClasses(groups: ReadonlyArray<[string, number]>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [chars, bit] of groups) for (const ch of chars) table[ch.charCodeAt(0)] |= bit;
  return table;
}

/** Every character /\s/ matches, for tables that must agree with the regexes. */
export const WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

const WHITESPACE_CODES = charClasses([[WHITESPACE, 1]]);

/** /\s/.test(text[i]) without the one-character string (false past either end). */
export function isWhitespaceAt(text: string, i: number): boolean {
  return WHITESPACE_CODES[text.charCodeAt(i)] === 1;
}

const SPACE = 1;
const JOINER = 2;
const SENTENCE_END = 4;
const CLAUSE_END = 8;
const OPENER = 16;
const CLOSER = 32;
const ENUMERATION = 64;
const LINE_END = 128;
const CLASS = charClasses([
  [" \u3000\u00a0\t\r\n\ufeff", SPACE],
  ["和及与", JOINER],
  ["。！？!?\n", SENTENCE_END],
  ["，；;：:,", CLAUSE_END],
  ["“‘（(《【〔「[", OPENER],
  ["”’）)》】〕」]", CLOSER],
  ["、", ENUMERATION],
  ["\n", LINE_END],
]);

function classOf(text: string, i: number): number {
  return CLASS[text.charCodeAt(i)];
}

/** The span without surrounding whitespace; empty spans collapse to start === end. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && classOf(text, start) & SPACE) start++;
  while (end > start && classOf(text, end - 1) & SPACE) end--;
  return { start, end };
}

function pushTrimmed(text: string, parts: Span[], start: number, end: number): void {
  while (start < end && classOf(text, start) & SPACE) start++;
  while (end > start && classOf(text, end - 1) & SPACE) end--;
  if (end > start) parts.push({ start, end });
}

/**
 * Each paragraph line of a range, in order (native newline search: this runs over the whole
 * document). The lines are visited, not collected: a long range holds none of them for long.
 */
export function forEachLine(text: string, range: Span, visit: (line: Span) => void): void {
  let from = range.start;
  const visitTrimmed = (start: number, end: number) => {
    while (start < end && classOf(text, start) & SPACE) start++;
    while (end > start && classOf(text, end - 1) & SPACE) end--;
    if (end > start) visit({ start, end });
  };
  for (let i = text.indexOf("\n", from); i >= 0 && i < range.end; from = i + 1, i = text.indexOf("\n", from)) visitTrimmed(from, i);
  visitTrimmed(from, range.end);
}

/** Paragraph lines of a range. */
export function splitLines(text: string, range: Span): Span[] {
  const parts: Span[] = [];
  forEachLine(text, range, (line) => parts.push(line));
  return parts;
}

export function splitSentences(text: string, span: Span): Span[] {
  return cut(text, span, SENTENCE_END, false);
}

const ASCII_COMMA = 0x2c;

/** An ASCII comma groups thousands in 10,000: it is not a clause break there. */
function isThousandsComma(text: string, i: number): boolean {
  return digitAt(text, i - 1) >= 0 && digitAt(text, i + 1) >= 0 && digitAt(text, i + 3) >= 0 && digitAt(text, i + 4) < 0;
}

/**
 * Cuts at characters of class `bits` (a thousands comma is no cut; a JOINER cuts only before an
 * Arabic number), with `nested`, only outside quotes and brackets. The depth starts at zero in each
 * span, so unbalanced marks cannot run past it.
 */
function cut(text: string, span: Span, bits: number, nested: boolean): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let from = span.start;
  const end = span.end;
  for (let i = span.start; i < end; i++) {
    // most characters cut nothing: a tight loop passes over them
    while (i < end && CLASS[text.charCodeAt(i)] === 0) i++;
    if (i === end) break;
    const cls = CLASS[text.charCodeAt(i)];
    if (nested && cls & OPENER) depth++;
    else if (nested && cls & CLOSER) depth = Math.max(0, depth - 1);
    else if (depth === 0 && cls & bits) {
      if (cls & CLAUSE_END && text.charCodeAt(i) === ASCII_COMMA && isThousandsComma(text, i)) continue;
      if (cls & JOINER && digitAt(text, i + 1) < 0) continue;
      pushTrimmed(text, parts, from, i);
      from = i + 1;
    }
  }
  pushTrimmed(text, parts, from, end);
  return parts;
}

export function splitClauses(text: string, span: Span): Span[] {
  return cut(text, span, CLAUSE_END, true);
}

/**
 * List items of a clause: cut at 、 and at 和/及/与 directly before an Arabic number
 * (新建5家以上国家级高新区和25家省级高新区).
 */
export function splitItems(text: string, span: Span): Span[] {
  return cut(text, span, ENUMERATION | JOINER, true);
}

/** A Latin letter, A–Z or a–z, by character code. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A CJK ideograph (U+4E00–U+9FFF), by character code. */
export function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
