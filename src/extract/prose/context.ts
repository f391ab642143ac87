/**
 * The words around a figure that its own clause leaves out. Planning prose names a thing once and
 * then counts it with a bare head noun: 三要扎实推进未来社区建设。首批24个试点… (试点 of 未来社区),
 * 实施省级重点项目600个，完成年度投资5000亿元 (the investment of those projects), 推进9个城市、
 * 122家企业供应链创新与应用试点 (cities and firms of one programme). These scans find the clause,
 * list item or heading sentence such a subject leans on; subject.ts reads the indicators in them.
 */
import { charClasses, isWhitespaceAt, splitClauses, splitItems, type Span } from "../segment";
import { WordList } from "../wordList";
import { FRAMES } from "./lexicon";

/** How far back a sentence start is looked for: context beyond that is another topic. */
const MAX_REACH = 300;
const SENTENCE_END = charClasses([["。！？!?\n", 1]]);
/** Marks ending a clause or a sentence: a clause's edges are found in one scan. */
const CLAUSE_EDGE = charClasses([["。！？!?\n，；;：:,", 1]]);
const NEWLINE = "\n".charCodeAt(0);

/** Whether `word` occurs within text[from, to), without copying the range. */
export function occursIn(text: string, word: string, from: number, to: number): boolean {
  const first = word.charCodeAt(0);
  for (let i = from; i + word.length <= to; i++) if (text.charCodeAt(i) === first && text.startsWith(word, i)) return true;
  return false;
}

/** Index of the last character of text[from, end) that is no space, or from - 1. */
export function lastNonSpace(text: string, from: number, end: number): number {
  let last = end - 1;
  while (last >= from && isWhitespaceAt(text, last)) last--;
  return last;
}

function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_REACH);
  let i = at;
  while (i > limit && !SENTENCE_END[text.charCodeAt(i - 1)]) i--;
  return i;
}

/** Start of the clause holding `at`: after the clause mark before it, within its sentence (and MAX_REACH). */
function clauseStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_REACH);
  let i = at;
  while (i > limit && !CLAUSE_EDGE[text.charCodeAt(i - 1)]) i--;
  return i;
}

/** End of the clause holding `at`: the next clause mark, within its sentence (and MAX_REACH). */
function clauseEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_REACH);
  let i = at;
  while (i < limit && !CLAUSE_EDGE[text.charCodeAt(i)]) i++;
  return i;
}

/** The clauses of the sentence before the one holding `at`, nearest last. */
export function clausesBefore(text: string, at: number): Span[] {
  const own = clauseStart(text, at);
  return splitClauses(text, { start: sentenceStart(text, own), end: own });
}

/** The list item before the one starting at `itemStart`, in the same clause, or null. */
export function itemBefore(text: string, itemStart: number): Span | null {
  const items = splitItems(text, { start: clauseStart(text, itemStart), end: itemStart });
  const last = items[items.length - 1];
  // a 、 (or 和 before a number) between the last part and the item: that part is the item before
  return last && last.end < itemStart ? last : null;
}

/** The list item after the one ending at `itemEnd`, in the same clause, or null. */
export function itemAfter(text: string, itemEnd: number): Span | null {
  const end = clauseEnd(text, itemEnd);
  if (itemEnd >= end) return null;
  return splitItems(text, { start: itemEnd, end })[0] ?? null;
}

/** Start of the sentence before the one starting at `own`, when it is on the same line; else `own`. */
function previousSentenceStart(text: string, own: number): number {
  return own === 0 || text.charCodeAt(own - 1) === NEWLINE ? own : sentenceStart(text, own - 1);
}

/** The sentence before the one holding `at`, when it is a single clause on the same line (a run-in heading). */
function headingBefore(text: string, at: number): Span | null {
  const own = sentenceStart(text, at);
  const start = previousSentenceStart(text, own);
  if (start === own) return null;
  const clauses = splitClauses(text, { start, end: own - 1 });
  return clauses.length === 1 ? clauses[0] : null;
}

/** Numbering that opens a heading: 1. / （三） / 三要 / 二是. */
const NUMBERING = /^[\s\u3000]*(?:[（(]?[0-9０-９一二三四五六七八九十]+[)）.．、]|[一二三四五六七八九十][是要])[\s\u3000]*/;
/** A heading that names a field: 科技创新领域, 治水方面. */
const FIELD = /^[\u4e00-\u9fa5A-Za-z0-9]{2,8}(?:领域|方面|板块)$/;
/** Verbs that open a heading on building something: 扎实推进未来社区建设. */
const BUILD_VERBS = new WordList(["推进", "推动", "抓好", "抓实", "加快", "加强", "深化", "做好", "强化", "实施", "开展", "打造"]);
/** What the heading builds: 推进 X 建设 → X, 推进 X 平台体系建设 → X 平台. */
const BUILD_TAIL = /(?:体系建设|建设|创建|工作)$/;
/** A quoted code in a name (“1+N”工业互联网平台): no words of the topic. */
const QUOTED_CODE = /“[^“”\u4e00-\u9fa5]*”/g;
const MIN_TOPIC = 2;
const MAX_TOPIC = 8;
/** Last characters of FIELD and BUILD_TAIL; a clause may also end in a quoted code, which is dropped. */
const TOPIC_LAST = charClasses([["域面块设建作”", 1]]);

/** The field a heading-like clause names, or what it builds (推进 X 建设), or "". */
function topicOf(text: string, clause: Span): string {
  // the words end where the clause does, spaces aside: most clauses end in neither a field nor a build
  const last = lastNonSpace(text, clause.start, clause.end);
  if (last < clause.start || !TOPIC_LAST[text.charCodeAt(last)]) return "";
  const words = text.slice(clause.start, clause.end).replace(NUMBERING, "").replace(/[\s\u3000]+/g, "").replace(QUOTED_CODE, "");
  if (FIELD.test(words) && !hasBuildVerb(words)) return words;
  const tail = BUILD_TAIL.exec(words);
  if (!tail) return "";
  let verbEnd = -1;
  for (let i = 0; i < tail.index; i++) {
    const verb = BUILD_VERBS.at(words, i);
    if (verb) verbEnd = i + verb.length;
  }
  const topic = verbEnd < 0 ? "" : words.slice(verbEnd, tail.index);
  return topic.length >= MIN_TOPIC && topic.length <= MAX_TOPIC && !hasBuildVerb(topic) && !FRAMES.at(topic, 0) ? topic : "";
}

function hasBuildVerb(words: string): boolean {
  for (let i = 0; i < words.length; i++) if (BUILD_VERBS.at(words, i)) return true;
  return false;
}

/**
 * The field or the thing built that the figure at `at` belongs to: named by an earlier clause of its sentence
 * (推进未来社区建设，首批24个试点…) or by a run-in heading just before it (1. 科技创新领域。安排…).
 */
export function topicBefore(text: string, at: number): string {
  const clauses = clausesBefore(text, at);
  for (let n = clauses.length - 1; n >= 0; n--) {
    const topic = topicOf(text, clauses[n]);
    if (topic) return topic;
  }
  const heading = headingBefore(text, clauses[0]?.start ?? at);
  return heading ? topicOf(text, heading) : "";
}

/** A programme named in quotes: 实施…“尖峰计划”, a heading 1. “领雁计划”。 */
const PROGRAMME = /“([^“”]{2,12}?(?:计划|工程|行动))”/g;
/** Last characters of a programme's name, before its closing quote. */
const PROGRAMME_LAST = charClasses([["划程动", 1]]);
const CLOSE_QUOTE = "”".charCodeAt(0);

/**
 * Whether a quote closes after a programme's last character (计划”, 工程”, 行动”) before `at`, back to
 * the start of the sentence before its own: all the text programmeBefore searches, in one scan.
 */
function programmeQuotedBefore(text: string, at: number): boolean {
  const limit = Math.max(0, at - 2 * MAX_REACH - 1);
  let sentenceEnds = 0;
  for (let i = at - 1; i > limit; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_QUOTE && PROGRAMME_LAST[text.charCodeAt(i - 1)]) return true;
    if (SENTENCE_END[c] && ++sentenceEnds === 2) return false;
  }
  return false;
}

/** The programme an earlier clause of the sentence, or a run-in heading just before it, names; or "". */
export function programmeBefore(text: string, at: number): string {
  // most sentences (and the heading before them) quote no programme before the figure
  if (!programmeQuotedBefore(text, at)) return "";
  const own = sentenceStart(text, at);
  const heading = headingBefore(text, at);
  if (!occursIn(text, "”", heading?.start ?? own, at)) return "";
  const clauses = clausesBefore(text, at);
  for (const clause of heading ? [heading, ...clauses].reverse() : clauses.reverse()) {
    const named = [...text.slice(clause.start, clause.end).matchAll(PROGRAMME)].pop();
    if (named) return named[1];
  }
  return "";
}

/** Heads of things that are built and invested in. */
const PROJECT_HEAD = /(?:项目|工程|试点)$/;
const PROJECT_HEAD_ANYWHERE = /项目|工程|试点/g;

export const namesProjects = (subject: string) => PROJECT_HEAD.test(subject);

/**
 * The projects a clause without a figure names: 重点推动十大标志性工程取得显著突破 → 十大标志性工程
 * (from after its last opening verb to the last project head), or "".
 */
export function projectsNamedIn(text: string, clause: Span): string {
  const words = text.slice(clause.start, clause.end);
  let headEnd = -1;
  for (const m of words.matchAll(PROJECT_HEAD_ANYWHERE)) headEnd = (m.index ?? 0) + m[0].length;
  if (headEnd < 0) return "";
  let start = 0;
  for (let i = 0; i < headEnd; i++) {
    const verb = BUILD_VERBS.at(words, i);
    if (verb && i + verb.length < headEnd) start = i + verb.length;
  }
  const phrase = words.slice(start, headEnd).replace(/[\s\u3000]+/g, "");
  return phrase.length > 2 && phrase.length <= 12 ? phrase : "";
}
