/**
 * How firm a figure is, read from the words around it: 以上 不低于 超过 迈上 → at_least; 左右 约 → about;
 * 以下 以内 不超过 控制在 → at_most; 突破 → exceed; 力争/争取 with nothing firmer → strive; ranges → range.
 */
import type { Qualifier } from "../core/types";
import { charClasses } from "./segment";
import { skipSpaces } from "./unitLexicon";
import { WordList } from "./wordList";

/** Words written right after the unit, longest first. */
const AFTER: ReadonlyArray<[string, Qualifier]> = [
  ["及以上", "at_least"],
  ["以上", "at_least"],
  ["及以下", "at_most"],
  ["以下", "at_most"],
  ["以内", "at_most"],
  ["之内", "at_most"],
  ["左右", "about"],
  ["上下", "about"],
];

/** Words written right before the number (the longest wins: 不低于 over 低于, 不超过 over 超过). */
const BEFORE = new Map<string, Qualifier>([
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["不多于", "at_most"],
  ["控制在", "at_most"],
  ["控制到", "at_most"],
  ["最多", "at_most"],
  ["至多", "at_most"],
  ["低于", "at_most"],
  ["突破", "exceed"],
  ["不低于", "at_least"],
  ["不少于", "at_least"],
  ["超过", "at_least"],
  ["至少", "at_least"],
  ["高于", "at_least"],
  ["多于", "at_least"],
  ["超", "at_least"],
  ["迈上", "at_least"],
  ["跨上", "at_least"],
  ["迈入", "at_least"],
  ["跨入", "at_least"],
  ["大约", "about"],
  ["约", "about"],
]);
const BEFORE_WORDS = new WordList(BEFORE.keys());


export interface TrailingQualifier {
  qualifier: Qualifier;
  /** Index after the qualifier word. */
  end: number;
}

/**
 * Characters by char code (looked up around every figure): the first characters of the AFTER
 * words, which most figures are followed by none of; what may stand between a qualifier and its
 * number without changing it (控制在“3.5%”, 突破 10); and what makes 约 the end of a word (签约,
 * 节约, 集约, 制约, 预约), not "about".
 */
const AFTER_FIRST = 1;
const FILLER = 2;
const YUE_WORD = 4;
/** Characters that make a word with 约 after them (签约, 节约, 合约, 公约…): that 约 is not "about". */
export const YUE_WORD_FIRST = "签节集制预合条契公";
const CLASS = charClasses([
  [AFTER.map(([word]) => word[0]).join(""), AFTER_FIRST],
  [" \u3000\u00a0“\"‘", FILLER],
  [YUE_WORD_FIRST, YUE_WORD],
]);

/** 以上/左右/以内… written at s[i] (spaces skipped). */
export function qualifierAfter(s: string, i: number): TrailingQualifier | null {
  const at = skipSpaces(s, i);
  if (!(CLASS[s.charCodeAt(at)] & AFTER_FIRST)) return null;
  for (const [word, qualifier] of AFTER) if (s.startsWith(word, at)) return { qualifier, end: at + word.length };
  return null;
}

/** 突破/超过/控制在/迈上/约… ending right before s[numStart], not looking back past `from`. */
export function qualifierBefore(s: string, from: number, numStart: number): Qualifier | null {
  let end = numStart;
  while (end > from && CLASS[s.charCodeAt(end - 1)] & FILLER) end--;
  const word = BEFORE_WORDS.before(s, from, end);
  if (!word || (word === "约" && CLASS[s.charCodeAt(end - 2)] & YUE_WORD)) return null;
  return BEFORE.get(word) ?? null;
}

const STRIVE = /力争|争取|力求|努力实现/;

/** Where 力争/争取 first occurs in the clause, or -1: figures after it are strived for. */
export function striveIndex(s: string, clause: { start: number; end: number }): number {
  const m = STRIVE.exec(s.slice(clause.start, clause.end));
  return m ? clause.start + m.index : -1;
}

export interface QualifierEvidence {
  range: boolean;
  after: Qualifier | null;
  before: Qualifier | null;
  /** 10余个, 1900多个, 超10万. */
  approx: boolean;
  strive: boolean;
}

/** The firmest reading wins: a range, then the words after, before, 余/多, and 力争 last. */
export function resolveQualifier(e: QualifierEvidence): Qualifier {
  if (e.range) return "range";
  if (e.after) return e.after;
  if (e.before) return e.before;
  if (e.approx) return "at_least";
  if (e.strive) return "strive";
  return "exact";
}
