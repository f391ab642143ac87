/**
 * The indicator and its verb around a figure. Three shapes cover planning prose:
 *   indicator + relational verb + figure   数字经济核心产业增加值 增长 15%
 *   action verb + thing + figure            新增 小微企业园 200 个
 *   action verb + figure + thing            建成 18 家 省级制造业创新中心
 * Frames (力争, 全年, 到2025年, 加快) are dropped; 每年 stays with the verb.
 */
import { charClasses, WHITESPACE, type Span } from "../segment";
import {
  ACTION_VERBS,
  ADVERBS,
  EXISTING_VERBS,
  FRAME_VERBS,
  FRAMES,
  LINKERS,
  MODALS,
  NOUN_MAKERS,
  NOUN_STOPS,
  NOUN_TAILS,
  RELATIONAL_VERBS,
} from "./lexicon";
import { WordList } from "../wordList";

export interface Reading {
  subject: string;
  verb: string;
  /** The verb links an indicator before it to the figure (增长, 达到, 分别突破). */
  relational: boolean;
  /** 分别 precedes the figure: subjects and figures pair up in order. */
  respectively: boolean;
  /** The indicator is the noun after the figure (建成 18 家省级制造业创新中心). */
  fromPost: boolean;
}

/** Longest indicator read before a figure: longer runs are descriptions, and the bound keeps reading linear. */
const MAX_SUBJECT = 60;

/** Verbs that name the indicator they link: 规上工业企业净增600家 is 规上工业企业净增 (数), not the stock. */
const NAMING_VERBS = new Set(["净增", "净减"]);

/** Per-head words between a verb and its figure: 达到年人均8000元. */
const PER_HEAD = new WordList(["年人均", "人均"]);
const SPACES_AND_COMMAS = " \u3000\u00a0、，,";
/** A closing quote cannot open an indicator, nor an opening quote end one. */
const SKIP_FORWARD = charClasses([[SPACES_AND_COMMAS + "”’", 1]]);
const SKIP_BACKWARD = charClasses([[SPACES_AND_COMMAS + "“‘", 1]]);
const LEADING_YEAR = /^(?:到|至|在|截至)?\s*(?:(?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2})\s*年(?:底|末|前)?/;
/** First characters of LEADING_YEAR: other positions skip the regex. */
const LEADING_YEAR_FIRST = charClasses([["到至在截12二", 1]]);
const TRAILING_BASE = /(?:比|较|与|同)\s*(?:(?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2}|上)\s*年(?:相比|底|末)?\s*$/;
/** Last characters of TRAILING_BASE (spaces aside): other ends skip the regex. */
const TRAILING_BASE_LAST = charClasses([["年比底末 \u3000\t", 1]]);

function skipForward(text: string, s: number, e: number): number {
  while (s < e && SKIP_FORWARD[text.charCodeAt(s)]) s++;
  return s;
}

function skipBackward(text: string, s: number, e: number): number {
  while (e > s && SKIP_BACKWARD[text.charCodeAt(e - 1)]) e--;
  return e;
}

/** Length of 比2020年 / 较上年 / 与2015年相比 ending at e (not before s), or 0. */
function trailingBase(text: string, s: number, e: number): number {
  if (e <= s || !TRAILING_BASE_LAST[text.charCodeAt(e - 1)]) return 0;
  return TRAILING_BASE.exec(text.slice(Math.max(s, e - 12), e))?.[0].length ?? 0;
}

/** Length of 到2025年 / 2035年前 / 到二〇三五年 at s (not past e), or 0. */
function leadingYear(text: string, s: number, e: number): number {
  if (!LEADING_YEAR_FIRST[text.charCodeAt(s)]) return 0;
  return LEADING_YEAR.exec(text.slice(s, Math.min(e, s + 12)))?.[0].length ?? 0;
}

/** Drops frames and leading years; returns the new start and the last frame that was a verb. */
function stripFrames(text: string, s: number, e: number): { start: number; frameVerb: string; everyYear: boolean } {
  let frameVerb = "";
  let everyYear = false;
  for (;;) {
    s = skipForward(text, s, e);
    if (text.startsWith("每年", s) && s + 2 <= e) {
      everyYear = true;
      s += 2;
      continue;
    }
    const year = leadingYear(text, s, e);
    if (year) {
      s += year;
      continue;
    }
    const adverb = ADVERBS.at(text, s);
    const after = s + adverb.length;
    if (adverb && (after >= e || actionVerbAt(text, after, e) || FRAMES.at(text, after))) {
      s += adverb.length;
      continue;
    }
    const frame = FRAMES.at(text, s);
    if (!frame || s + frame.length > e) break;
    if (FRAME_VERBS.has(frame)) frameVerb = frame;
    s += frame.length;
  }
  return { start: s, frameVerb, everyYear };
}

/** 要 ends these words; anywhere else at the end of an indicator it is the modal (比重要提高 → 比重). */
const YAO_WORDS = charClasses([["纲需主摘概提必纪只", 1]]);
/** …and 约 these (合约, 公约, 节约): the word is the indicator's, not the modal. */
const YUE_WORDS = charClasses([["签节集制预合条契公", 1]]);

/** The end of an indicator without the modal words before its verb or figure (…要确保, …力争, …约). */
function withoutModal(text: string, s: number, e: number): number {
  for (let modal = MODALS.before(text, s, e); modal; modal = MODALS.before(text, s, e)) {
    const words = modal === "要" ? YAO_WORDS : modal === "约" ? YUE_WORDS : null;
    if (words && words[text.charCodeAt(e - 2)]) break;
    e -= modal.length;
  }
  return e;
}

const XIN = "新".charCodeAt(0);
const DE = "的".charCodeAt(0);

/** An action verb at text[s], unless the next character turns it into a noun (服务业, 开发区). */
export function actionVerbAt(text: string, s: number, e: number): string {
  const listed = ACTION_VERBS.at(text, s);
  // 新开辟, 新开通: 新 before any action verb is a verb of new things
  const fresh = text.charCodeAt(s) === XIN ? ACTION_VERBS.at(text, s + 1) : "";
  const verb = fresh && fresh.length >= listed.length ? "新" + fresh : listed;
  if (!verb || s + verb.length > e || NOUN_MAKERS[text.charCodeAt(s + verb.length)]) return "";
  return verb;
}

/** The thing named after a figure: 个试点要加快落地 → 试点; 境外经贸合作示范区建设 → 境外经贸合作示范区. */
export function nounAfter(text: string, s: number, e: number): string {
  s = skipForward(text, s, e);
  if (text.charCodeAt(s) === DE) s++;
  let end = s;
  while (end < e && !NOUN_STOPS.at(text, end)) end++;
  let noun = text.slice(s, end);
  const tail = NOUN_TAILS.before(noun, 2, noun.length);
  if (tail) noun = noun.slice(0, -tail.length);
  return noun;
}

/**
 * A share written before its noun is the share of that noun doing what follows:
 * 三分之一以上的规上工业企业要完成数字化改造 → 完成数字化改造的规上工业企业占比.
 */
export function shareAfter(text: string, s: number, e: number): string {
  const noun = nounAfter(text, s, e);
  const at = text.indexOf(noun, s);
  let p = at < 0 || at >= e ? e : at + noun.length;
  for (let modal = MODALS.at(text, p); modal && p < e; modal = MODALS.at(text, p)) p += modal.length;
  const predicate = p < e ? tidy(text.slice(p, e)) : "";
  return predicate ? `${predicate}的${tidy(noun)}占比` : `${tidy(noun)}占比`;
}

const OPEN_QUOTE = "“".charCodeAt(0);
const CLOSE_QUOTE = "”".charCodeAt(0);
const DENG = "等".charCodeAt(0);
const SPACE = charClasses([[WHITESPACE, 1]]);

/** Drops a quote mark left without its partner by cutting the indicator out of its clause. */
function balanceQuotes(s: string, opens: number, closes: number): string {
  if (opens === closes) return s;
  if (opens > closes && s.startsWith("“")) return s.slice(1);
  if (closes > opens && s.endsWith("”")) return s.slice(0, -1);
  if (closes > opens && s.startsWith("”")) return s.slice(1);
  if (opens > closes && s.endsWith("“")) return s.slice(0, -1);
  return s;
}

/**
 * Tidies an indicator: keeps what follows the last 等 (…扩建等重大项目; nothing when 等 ends it,
 * as the indicator then follows the figure), drops spaces and a dangling 的, and an unpaired quote.
 * One pass finds what needs doing: most indicators need nothing.
 */
function tidy(subject: string): string {
  let etc = -1;
  let spaces = false;
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < subject.length; i++) {
    const c = subject.charCodeAt(i);
    if (c === DENG) etc = i;
    else if (c === OPEN_QUOTE) opens++;
    else if (c === CLOSE_QUOTE) closes++;
    else if (SPACE[c]) spaces = true;
  }
  if (etc >= 0) return tidy(subject.slice(etc + 1)); // no 等 is left: the second call tidies the rest
  if (spaces) subject = subject.replace(/[\s\u3000]+/g, "");
  if (subject.charCodeAt(0) === DE) subject = subject.slice(1);
  if (subject.charCodeAt(subject.length - 1) === DE) subject = subject.slice(0, -1);
  return balanceQuotes(subject, opens, closes);
}

/** Reads the indicator and verb of a figure from the text before it (`pre`) and after it, up to `to`. */
export function readSubject(text: string, pre: Span, figureEnd: number, to: number): Reading {
  const framed = stripFrames(text, Math.max(pre.start, pre.end - MAX_SUBJECT), pre.end);
  let s = framed.start;
  let e = skipBackward(text, s, pre.end);
  const base = trailingBase(text, s, e);
  if (base) e = skipBackward(text, s, e - base);
  const every = framed.everyYear ? "每年" : "";

  const perHead = PER_HEAD.before(text, s, e);
  if (perHead && RELATIONAL_VERBS.before(text, s, e - perHead.length)) e -= perHead.length;
  const relational = RELATIONAL_VERBS.before(text, s, e);
  if (relational) {
    e -= relational.length;
    let respectively = false;
    // 要确保分别, 比2020年, 力争: what stands between the indicator and its verb belongs to neither
    for (let prev = -1; prev !== e; ) {
      prev = e;
      const linker = LINKERS.before(text, s, e);
      if (linker === "分别") respectively = true;
      e -= linker.length;
      e = withoutModal(text, s, e);
      e -= trailingBase(text, s, e);
    }
    const named = NAMING_VERBS.has(relational) ? relational : "";
    return { subject: tidy(text.slice(s, e)) + named, verb: every + relational, relational: true, respectively, fromPost: false };
  }

  let action = "";
  for (let a = actionVerbAt(text, s, e); a; a = actionVerbAt(text, s, e)) {
    action += a; // 布局建设省实验室: 布局建设
    s += a.length;
  }
  // the noun after the figure is read only when the words before it do not name the indicator
  let after: string | null = null;
  const nounAfterFigure = (): string => (after ??= tidy(nounAfter(text, figureEnd, to)));
  if (!action && (ACTION_VERBS.before(text, s, e) || e - s <= 2) && nounAfterFigure()) {
    // 合作建设30个…平台, 组建10个…: the words before the figure are all verb, the noun follows it
    action = text.slice(s, e);
    s = e;
  }
  const before = tidy(text.slice(s, withoutModal(text, s, e)));
  const subject = before || nounAfterFigure() || tidy(text.slice(figureEnd, to));
  return { subject, verb: every + (action || framed.frameVerb), relational: false, respectively: false, fromPost: !before };
}

/** A list item with no figure that names an indicator shared with the next figure (起数、死亡人数分别下降20%). */
export function sharedSubject(text: string, item: Span): string | null {
  const framed = stripFrames(text, item.start, item.end);
  const s = framed.start;
  const e = skipBackward(text, s, item.end);
  if (e - s < 2 || e - s > 30 || actionVerbAt(text, s, e) || RELATIONAL_VERBS.before(text, s, e)) return null;
  const noun = text.slice(s, e);
  return noun.includes("等") ? null : tidy(noun);
}

/** How a list item opens, after its frames: an action verb (for the items after it that have none), or a verb of existing things (支持, 引导, 依托). */
export interface Opening {
  action: string;
  existing: boolean;
}

export function itemOpening(text: string, item: Span): Opening {
  const s = stripFrames(text, item.start, item.end).start;
  return { action: actionVerbAt(text, s, item.end), existing: EXISTING_VERBS.at(text, s) !== "" };
}

/**
 * The head noun of a list that qualifies the figure's noun: 30个以上集聚标志性项目、行业领军企业、
 * 重量级未来产业集群的“万亩千亿”新产业平台 → “万亩千亿”新产业平台. `rest` are the items after the
 * figure's own item, up to the next figure; null when the last of them has no 的.
 */
export function headAfterList(text: string, rest: Span[]): string | null {
  if (rest.length === 0) return null;
  const last = rest[rest.length - 1];
  let de = last.end - 1;
  while (de >= last.start && text.charCodeAt(de) !== DE) de--;
  return de < last.start ? null : tidy(nounAfter(text, de + 1, last.end)) || null;
}
