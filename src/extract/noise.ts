/**
 * What is not planning text: web-page clutter around a published document (navigation, URLs,
 * adverts, keyword spam, QR prompts, page furniture), and statements of what was already achieved.
 */
import { ACTION_VERBS } from "./prose/lexicon";
import { charClasses, isAsciiLetter, isCjk, isWhitespaceAt, WHITESPACE } from "./segment";
import type { SkippedLine } from "./types";

export type NoiseReason = SkippedLine["reason"];

const URL = /https?:\/\/|www\.[a-z0-9-]+\.|\.(?:html?|php|aspx?)\b/i;
const NAVIGATION = /^(?:当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]?|(?:首页|主页)\s*[>＞»›]|[>＞»›]\s*正文/;
const QR_PROMPT = /二维码|扫一扫|预览已结束|完整报告链接|长按识别|关注微信公众号|微信公众号搜索/;
const ADVERT = /免责声明|联系\s*QQ|版权所有|版权保护|转载请|推荐参加|官方微博|获取热门|点击(?:查看|下载|进入)|下载\s*APP|广告|关注我们|ICP备|网站标识码|技术支持[:：]/i;
/**
 * Page furniture: only on short lines, where it cannot be a sentence of the document. Bars of
 * buttons open with 【 (【大字体 中字体 小字体】【打印本页】); the site's name stands alone on its line.
 */
const FURNITURE =
  /^[【[]?(?:发布日期|发布时间|浏览次数|阅读次数|访问次数|点击(?:数|量|次数)|信息来源|来源[:：]|字号|字体|[大中小]字体|打印本页|关闭窗口|朗读|分享到|上一篇|下一篇|责任编辑|(?:站点|热门)?关键[词字][:：]|热门关键[词字]|相关(?:阅读|链接|文章|新闻|推荐)|推荐阅读|延伸阅读|热门搜索|主办[:：]|主办单位|Produced By)|^[A-Za-z][A-Za-z ]{0,20}$|^[\u4e00-\u9fa5]{2,24}(?:门户网站|网站|政府网|官网)$/i;
const SENTENCE_MARKS = /[。，；,;]/;

const SPAM_MARK = 1;
const SPAM_SPACE = 2;
/** Sentence marks end the test; spaces (what /\s/ matches) separate terms. */
const SPAM_CLASS = charClasses([
  ["。，；,;", SPAM_MARK],
  [WHITESPACE, SPAM_SPACE],
]);
const SPAM_TERMS = 5;
const SPAM_TERM_LENGTH = 10;
/** Bullets before the first term of a keyword list. */
const BULLET = /^[•·\-*\s]+/;

/**
 * 宁波政策 宁波限购政策2017 宁波企业政策 …: many short space-separated terms and no sentence.
 * Counted in one pass over the line: lines of the document are ruled out at their first sentence mark.
 */
function isKeywordSpam(line: string): boolean {
  // the terms and the spaces between them need this many characters at least
  if (line.length < 2 * SPAM_TERMS - 1) return false;
  const from = BULLET.exec(line)?.[0].length ?? 0;
  let terms = 0;
  let letters = 0;
  let inTerm = false;
  for (let i = from; i < line.length; i++) {
    const cls = SPAM_CLASS[line.charCodeAt(i)];
    if (cls === SPAM_MARK) return false;
    if (cls !== SPAM_SPACE) {
      letters++;
      if (!inTerm) terms++;
    }
    inTerm = cls !== SPAM_SPACE;
  }
  return terms >= SPAM_TERMS && letters / terms <= SPAM_TERM_LENGTH;
}

const SHORT_LINE = 80;
const PROMPT_LINE = 160;

/** Any of the clutter patterns: a line that matches none is tested for keyword spam only. */
const CLUTTER = new RegExp([URL, NAVIGATION, QR_PROMPT, ADVERT, FURNITURE].map((r) => r.source).join("|"), "i");

/** Why a whole line is not document text, or null when it is. */
export function classifyLine(line: string): NoiseReason | null {
  // past the length of page clutter, a line with a sentence mark is a paragraph of the document
  // (the URL rule below would leave it too), or a prompt (扫一扫…) that runs that long
  if (line.length > SHORT_LINE && SENTENCE_MARKS.test(line)) return line.length <= PROMPT_LINE && QR_PROMPT.test(line) ? "qr_prompt" : null;
  if (!CLUTTER.test(line)) return isKeywordSpam(line) ? "keyword_spam" : null;
  const short = line.length <= SHORT_LINE;
  if (URL.test(line) && (short || !SENTENCE_MARKS.test(line.replace(URL, "")))) return "url";
  // page clutter never runs to the length of a paragraph
  if (short && NAVIGATION.test(line)) return "navigation";
  if (line.length <= PROMPT_LINE && QR_PROMPT.test(line)) return "qr_prompt";
  if (short && ADVERT.test(line)) return "advert";
  if (short && FURNITURE.test(line)) return "other";
  if (isKeywordSpam(line)) return "keyword_spam";
  return null;
}

/** Headers of a list of links to other pages: 相关阅读：, 相关链接, 延伸阅读. */
const LINK_LIST_HEADER = /^[【[]?(?:相关阅读|相关链接|相关文章|相关新闻|相关推荐|推荐阅读|延伸阅读)/;
/** An item of such a list: a bulleted headline of another page. */
const LINK_ITEM = /^[·•▪●◆\-*]/;

/** The characters LINK_LIST_HEADER can open with: other lines are ruled out by one lookup. */
const LINK_LIST_FIRST = charClasses([["【[相推延", 1]]);

export function opensLinkList(line: string): boolean {
  return LINK_LIST_FIRST[line.charCodeAt(0)] === 1 && LINK_LIST_HEADER.test(line);
}

export function isLinkItem(line: string): boolean {
  return line.length <= SHORT_LINE && LINK_ITEM.test(line);
}

/**
 * Marks of a statement about the past: 已经/已, verb + 了 (建成了, 实现了), 在…的基础上, and the
 * share of a plan already done (完成年度目标的59.2%). Checked on the clause that holds a number.
 */
const PAST_CLAUSE = /已经|已[建完达实有累超突形取]|[成现得到长降高升破过]了|的基础上|基础上[,，]?再|(?:目标|计划|任务)的\s*(?:\d|百分之)/;

export function isPastClause(clause: string): boolean {
  return PAST_CLAUSE.test(clause);
}

/** How far 基础上 is looked for after the year of 在2020年…的基础上: within its clause. */
const FOUNDATION_REACH = 40;
const ZAI = "在".charCodeAt(0);

/**
 * 在2020年地区生产总值迈上万亿元台阶的基础上: the year (text[start, end)) names the ground a statement
 * builds on, not the time it speaks of; the targets after it are still ahead.
 */
export function isFoundationYear(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && isWhitespaceAt(text, before - 1)) before--;
  if (text.charCodeAt(before - 1) !== ZAI) return false;
  const limit = Math.min(text.length, end + FOUNDATION_REACH);
  for (let i = end; i < limit && !(PHRASE_MARKS[text.charCodeAt(i)] & CLAUSE_STOP); i++) if (text.startsWith("基础上", i)) return true;
  return false;
}

/**
 * A comparison with the same period of last year (同比, 比上年同期) speaks of results: the figures
 * of its whole sentence are results (实际使用外资9.2亿美元，同比下降3.1%), unless the sentence aims
 * (力争…同比增长8%).
 */
const SAME_PERIOD = /同比|(?:比|较)(?:上年|去年)同期/;
const AIM = /力争|争取|确保|力求|目标|预期/;

export function isResultSentence(sentence: string): boolean {
  return sentence.includes("同") && SAME_PERIOD.test(sentence) && !AIM.test(sentence);
}

/**
 * Openers of a clause that reports results so far, and what follows it in its sentence: 1-8月，… /
 * 1—6月份 / 一至六月 / 前三季度 / 前5个月 / 一季度 / 二季度末 / 上半年 / 6月底 / 截至9月底 / 今年以来.
 * 6月底前 is a deadline, not a report.
 */
const REPORT_OPENING = new RegExp(
  "^(?:" +
    [
      /\d{1,2}\s*(?:月份?)?\s*[-—–－~～〜至到]\s*\d{1,2}\s*月份?/,
      /[一二三四五六七八九十]{1,2}\s*(?:月份?)?\s*[-—–至到]\s*[一二三四五六七八九十]{1,3}\s*月份?/,
      /\d{1,2}\s*月份?(?:底|末|以来)(?!前)/,
      /第?[一二三四1-4]\s*季度(?!末?前)(?:末|以来)?/,
      /前[一二三1-3]\s*个?季度/,
      /前(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个月/,
      /上半年|年初以来|今年以来|截至|截止|至目前|目前/,
    ]
      .map((r) => r.source)
      .join("|") +
    ")",
);

/** The characters REPORT_OPENING can open with: other clauses are ruled out by one lookup. */
const REPORT_FIRST = charClasses([["0123456789一二三四五六七八九十第前上年今截至目", 1]]);
/** How much of a clause's opening can say it reports results (1—12月份，前三季度，二季度末). */
const REPORT_REACH = 12;

/** Whether the clause opening at text[at] reports results so far. */
export function isReportOpening(text: string, at = 0): boolean {
  return REPORT_FIRST[text.charCodeAt(at)] === 1 && REPORT_OPENING.test(text.slice(at, at + REPORT_REACH));
}

/** 预计新增500家左右: an estimate of results, not an aim (an aim is 预期, 力争, 目标). */
export function isEstimate(clause: string): boolean {
  return clause.includes("预计") || clause.includes("预估");
}

/** Openers of a paragraph that reviews the past: 过去五年, 一年来, “十三五”时期是…. */
const PAST_PARAGRAPH = /^(?:过去(?:的)?[一二三四五]年|[一二三四五]年来|去年|上年|这一年|今年以来|回顾)/;

/** The characters PAST_PARAGRAPH can open with: a reader may skip the test for any other opening. */
export const PAST_PARAGRAPH_FIRST = "过一二三四五去上这今回";

export function isPastParagraph(paragraph: string): boolean {
  return PAST_PARAGRAPH.test(paragraph);
}

/**
 * Headings of a section that reviews the past or states the present: 取得决定性成就, 工作回顾,
 * 完成情况, 存在的主要问题 (仅6家, 不到三成 describe where things stand, they set no target).
 */
const PAST_HEADING = /成就|回顾|完成情况|执行情况|进展情况|取得的成绩|工作总结|发展基础|存在的(?:主要)?问题|面临的(?:主要)?问题|问题和不足|困难和问题/;

export function isPastHeading(heading: string): boolean {
  return PAST_HEADING.test(heading);
}

/** A number with its unit, as the prose scanner found it. */
export interface NumberSite {
  text: string;
  /** First character of the number. */
  start: number;
  /** After the number's own characters. */
  numEnd: number;
  /** After the unit. */
  unitEnd: number;
  unit: string;
  value: number;
  valueMax: number | null;
  /** Written in Chinese numerals (三, 十五, 三分之一). */
  chinese: boolean;
  /** 三分之一, 百分之十五: the numeral form implies the unit. */
  fraction: boolean;
  /** Content of the “…” around the number, when there is one. */
  quoted: string | null;
  /** Inside （…）, (…) or 《…》. */
  bracketed: boolean;
}

export type NumberNoise =
  | "year" | "ordinal" | "label" | "name" | "date_or_duration" | "bracketed" | "policy_articles" | "task_count"
  | "chinese_count";

const TIME_UNITS = new Set(["年", "天", "日", "月", "个月", "周", "小时", "分钟", "秒", "个工作日", "工作日", "岁"]);
/** A duration or age is a target only when a verb or qualifier sets it: 最多80天, 达到11.3年, 超过80岁. */
const TIME_SETTER = /(?:达到|达|为|超过|超|提高|提升|增加|延长到|延长至|缩短到|缩短至|缩短|压缩到|压缩至|压减至|控制在|不超过|最多|至多|不少于|不低于|突破)(?:到|至)?[\s“]*$/;
const TIME_LIMITER = /^\s*(?:以内|以下|以上|左右)(?![^，,；;。]{0,6}(?:的|婴|儿童|老人|人口))/;
const LABELS = /(?:专栏|图|表|附件|附表|栏目|序号|第)\s*$/;
const POLICY_AFTER = /^(?:政策|举措|意见|措施|规定|条例|细则|办法|硬核|”)/;
const POLICY_BEFORE = /(?:新政|政策|措施|举措|意见)\s*$/;
/**
 * The document's own tasks, counted: 办好12件民生实事：…, 明确的64项量化任务中, 把20项重点工作分解到…,
 * or the count after the tasks (实施民生实事项目12件). Projects (重大项目1600项) are targets.
 */
const TASK = "(?:实事(?:工程|项目)?|工作|任务|举措)";
const TASKS_AFTER = new RegExp(`^[\u4e00-\u9fa5]{0,4}${TASK}`);
const TASKS_BEFORE = new RegExp(`${TASK}\\s*$`);

/**
 * Characters next to a number, by char code (tested for every number with a unit): the last
 * characters of the LABELS words and of 前, after which the text before a number is tested; and
 * 1+N, N+1, 2.0版: a plus on either side or a dot after a number make it a name.
 */
const LABEL_END = 1;
const PLUS = 2;
const DOT = 4;
const NEIGHBOUR = charClasses([
  ["栏图表件目号第前", LABEL_END],
  ["+＋", PLUS],
  [".．", DOT],
]);
const QIAN = "前".charCodeAt(0);


/** The few characters before a number (cut only when a test needs them: most numbers need none). */
function wordsBefore(site: NumberSite): string {
  return site.text.slice(Math.max(0, site.start - 6), site.start);
}

/**
 * A target a review cites in brackets after its noun: 比计划目标（7.5%）低, 超过年度计划目标（增长10%）.
 * Exported for the review grammar, which reads the figure as the cited target.
 */
export const CITED_IN_BRACKETS = /(?:计划|目标|任务|预期)[（(](?:增长|下降|提高|降低)?\s*$/;

/** The few characters after a number's unit. */
function wordsAfter(site: NumberSite): string {
  return site.text.slice(site.unitEnd, site.unitEnd + 8);
}

/**
 * Why a number is not a target figure (a year, an ordinal, a name like 5G or “415”), or null.
 * Runs for every number with a unit: character tests first, the text around is cut only when needed.
 */
export function nonTargetNumber(site: NumberSite): NumberNoise | null {
  const { text, start, numEnd, unitEnd, unit } = site;
  if (unit === "年" && Number.isInteger(site.value) && site.value >= 1900 && site.value <= 2100) return "year";
  let last = start;
  while (last > 0 && isWhitespaceAt(text, last - 1)) last--;
  const lastCode = text.charCodeAt(last - 1);
  if (NEIGHBOUR[lastCode] & LABEL_END && (lastCode === QIAN || LABELS.test(wordsBefore(site)))) return "ordinal";
  if (site.bracketed && !CITED_IN_BRACKETS.test(wordsBefore(site))) return "bracketed";
  const prev = text.charCodeAt(start - 1);
  const next = text.charCodeAt(numEnd);
  if (isAsciiLetter(prev) || (isAsciiLetter(next) && !isAsciiLetter(unit.charCodeAt(0)))) return "name";
  if (NEIGHBOUR[prev] & PLUS || NEIGHBOUR[next] & (PLUS | DOT)) return "name";
  if (site.quoted !== null && site.quoted.trim() === text.slice(start, unitEnd)) return "name";
  if (TIME_UNITS.has(unit)) {
    const set = TIME_SETTER.test(wordsBefore(site)) || TIME_LIMITER.test(wordsAfter(site));
    if (!set || /^[的内来前后间]/.test(wordsAfter(site))) return "date_or_duration";
  }
  if (unit === "条" && (POLICY_AFTER.test(wordsAfter(site)) || POLICY_BEFORE.test(wordsBefore(site)))) return "policy_articles";
  if ((unit === "件" || unit === "项") && (TASKS_AFTER.test(wordsAfter(site)) || TASKS_BEFORE.test(wordsBefore(site)))) return "task_count";
  if (site.chinese && !site.fraction && !chineseFigure(site)) return "chinese_count";
  return null;
}

/** Measure words of things counted one by one. */
const COUNTED = new Set(["个", "家", "条", "座", "所", "项", "处", "张", "台", "辆", "名", "人", "位", "套", "户", "间", "艘", "架"]);
const POINTS = new Set(["个百分点", "百分点"]);
/** 万家, 亿元, 千万元: a multiplier with a base unit after it (a bare 百亿, 千亿 is a class: 百亿企业). */
const MULTIPLIED = /^(?:千万|百万|万亿|万|亿)./;
/** Words that set a figure right before it: 突破一万家, 提高两个百分点, 新开辟两条航线. */
const COUNT_SETTER = /(?:突破|达到|达|超过|超|提高|提升|增加|增长|不少于|不低于|至少|建成|创建|培育|新(?:增|建|开辟|开通|开工|引进|培育|设立|招引|认定|组建|改建|创建|招收))\s*$/;
/** The numeral closes its clause after the noun it counts: 新开辟国际航线两条, 新增停车泊位一万个以上. */
const CLOSES_CLAUSE = /^\s*(?:及?以上|左右|以内|以下)?\s*(?:[，。；;,、！？!?）)]|$)/;
/** A noun phrase that names a programme rather than the things counted: 百个创新平台建设, 千亿工程. */
const PROGRAMME = /(?:建设|工程|行动|计划|活动|战略|项目|体系)$/;
/** How far a bare 百/千's noun phrase is read: a descriptive phrase, not a paragraph. */
const PHRASE_REACH = 60;
/** Characters that end a clause, and those that separate the names of a list (A、B和C), by char code. */
const CLAUSE_STOP = 1;
const LIST_SEPARATOR = 2;
const PHRASE_MARKS = charClasses([
  ["，。；;,！？!?\n", CLAUSE_STOP],
  ["、和及", LIST_SEPARATOR],
]);

/**
 * Whether a Chinese numeral is a figure. 二十所, 两千个: two characters and at least ten always are.
 * Smaller or one-character numerals are names and counts of the text (一批, 三大, 四个意识, 两个中心,
 * 一号工程) unless the frame says otherwise: after its noun at the end of its clause (国际航线两条),
 * or right after a word that sets a figure (突破一万家); a bare 百/千 right after an action verb,
 * before a descriptive noun phrase (打造千个…的“五美”城镇, but not 推进百个创新平台建设).
 */
function chineseFigure(site: NumberSite): boolean {
  const { text, start, numEnd, unitEnd, unit, value } = site;
  if (site.quoted !== null) return false;
  if (value >= 10 && numEnd - start >= 2) return true;
  const multiplied = MULTIPLIED.test(unit);
  if (COUNTED.has(unit) || POINTS.has(unit) || multiplied) {
    if (isCjk(text.charCodeAt(start - 1)) && CLOSES_CLAUSE.test(text.slice(unitEnd, unitEnd + 8))) return true;
    // 年产值超千亿元的集群: a figure before 的 describes its noun
    const describes = /^\s*(?:及?以上|左右)?的/.test(text.slice(unitEnd, unitEnd + 4));
    if (!describes && COUNT_SETTER.test(text.slice(Math.max(0, start - 6), start)) && (value >= 2 || multiplied)) return true;
  }
  // 打造装备制造、数字经济两个产业集群: the numeral counts the things just listed
  if (COUNTED.has(unit) && value >= 2 && listedBefore(text, start) === value) return namesThings(text, unitEnd);
  if (value < 100 || !COUNTED.has(unit) || !ACTION_VERBS.before(text, Math.max(0, start - 4), start)) return false;
  return namesThings(text, unitEnd);
}

/** The noun phrase after a count describes the things counted, not a programme (百个创新平台建设). */
function namesThings(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && end - from < PHRASE_REACH && !(PHRASE_MARKS[text.charCodeAt(end)] & CLAUSE_STOP)) end++;
  return end > from && !PROGRAMME.test(text.slice(from, end));
}

const LIST_SEPARATORS = /、|和|及/;
const COLON = "：".charCodeAt(0);
/** The longest list item: a name, not a clause. */
const MAX_LIST_ITEM = 15;

/**
 * How many items are listed between the clause's first action verb and `at` (打造A、B → 2), or 0
 * when no action verb opens a list of names there (nor when no separator stands before `at`).
 */
function listedBefore(text: string, at: number): number {
  let from = at;
  let separated = 0;
  for (; from > 0 && at - from < PHRASE_REACH; from--) {
    const c = text.charCodeAt(from - 1);
    if (PHRASE_MARKS[c] & CLAUSE_STOP || c === COLON) break;
    separated |= PHRASE_MARKS[c] & LIST_SEPARATOR;
  }
  if (!separated) return 0;
  for (let i = from; i < at; i++) {
    const verb = ACTION_VERBS.at(text, i);
    if (!verb) continue;
    const items = text.slice(i + verb.length, at).split(LIST_SEPARATORS);
    const names = items.every((item) => item.length > 0 && item.length <= MAX_LIST_ITEM && !/[0-9０-９]/.test(item));
    return items.length > 1 && names ? items.length : 0;
  }
  return 0;
}
