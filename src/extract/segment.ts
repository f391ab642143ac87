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

/** Paragraph lines of a range (native newline search: this runs over the whole document). */
export function splitLines(text: string, range: Span): Span[] {
  const parts: Span[] = [];
  let from = range.start;
  for (let i = text.indexOf("\n", from); i >= 0 && i < range.end; from = i + 1, i = text.indexOf("\n", from)) pushTrimmed(text, parts, from, i);
  pushTrimmed(text, parts, from, range.end);
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
 * Arabic number), with `nested`, only outside quotes and brackets. Characters of class `groupBits`
 * cut at any depth and open a new group: `groups` receives the index of each group's first part.
 * Unbalanced marks cannot run past a group, because the depth restarts at zero with each.
 */
function cut(text: string, span: Span, bits: number, nested: boolean, groupBits = 0, groups: number[] = []): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let from = span.start;
  groups.push(0);
  for (let i = span.start; i < span.end; i++) {
    const cls = classOf(text, i);
    if (cls === 0) continue;
    if (cls & groupBits) {
      pushTrimmed(text, parts, from, i);
      from = i + 1;
      depth = 0;
      if (groups[groups.length - 1] < parts.length) groups.push(parts.length);
    } else if (nested && cls & OPENER) depth++;
    else if (nested && cls & CLOSER) depth = Math.max(0, depth - 1);
    else if (depth === 0 && cls & bits) {
      if (cls & CLAUSE_END && text.charCodeAt(i) === ASCII_COMMA && isThousandsComma(text, i)) continue;
      if (cls & JOINER && digitAt(text, i + 1) < 0) continue;
      pushTrimmed(text, parts, from, i);
      from = i + 1;
    }
  }
  pushTrimmed(text, parts, from, span.end);
  return parts;
}

export function splitClauses(text: string, span: Span): Span[] {
  return cut(text, span, CLAUSE_END, true);
}

/**
 * Sentences of a span as lists of clauses, in one pass: what splitSentences then splitClauses
 * on each sentence would give.
 */
export function splitSentenceClauses(text: string, span: Span): Span[][] {
  const groups: number[] = [];
  const clauses = cut(text, span, CLAUSE_END, true, SENTENCE_END, groups);
  return groups.map((first, n) => clauses.slice(first, n + 1 < groups.length ? groups[n + 1] : clauses.length)).filter((g) => g.length > 0);
}

/**
 * List items of a clause: cut at 、 and at 和/及/与 directly before an Arabic number
 * (新建5家以上国家级高新区和25家省级高新区).
 */
export function splitItems(text: string, span: Span): Span[] {
  return cut(text, span, ENUMERATION | JOINER, true);
}
