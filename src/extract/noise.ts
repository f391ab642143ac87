/**
 * What is not planning text: web-page clutter around a published document (navigation, URLs,
 * adverts, keyword spam, QR prompts, page furniture), and statements of what was already achieved.
 */
import type { SkippedLine } from "./types";

export type NoiseReason = SkippedLine["reason"];

const URL = /https?:\/\/|www\.[a-z0-9-]+\.|\.(?:html?|php|aspx?)\b/i;
const NAVIGATION = /^(?:当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]?|(?:首页|主页)\s*[>＞»›]|[>＞»›]\s*正文/;
const QR_PROMPT = /二维码|扫一扫|预览已结束|完整报告链接|长按识别|关注微信公众号|微信公众号搜索/;
const ADVERT = /免责声明|联系\s*QQ|版权所有|版权保护|转载请|推荐参加|官方微博|获取热门|点击(?:查看|下载|进入)|下载\s*APP|广告|关注我们/i;
/** Page furniture: only on short lines, where it cannot be a sentence of the document. */
const FURNITURE = /^(?:发布日期|发布时间|浏览次数|信息来源|来源[:：]|字号|打印本页|关闭窗口|朗读|分享到|上一篇|下一篇|责任编辑|站点关键词|相关阅读|热门搜索|Produced By)|^[A-Za-z][A-Za-z ]{0,20}$/i;
const SENTENCE_MARKS = /[。，；,;]/;

/** 宁波政策 宁波限购政策2017 宁波企业政策 …: many short space-separated terms and no sentence. */
function isKeywordSpam(line: string): boolean {
  if (SENTENCE_MARKS.test(line)) return false;
  const terms = line.replace(/^[•·\-*\s]+/, "").split(/[\s\u3000]+/).filter((t) => t.length > 0);
  if (terms.length < 5) return false;
  const total = terms.reduce((n, t) => n + t.length, 0);
  return total / terms.length <= 10;
}

const SHORT_LINE = 80;
const PROMPT_LINE = 160;

/** Why a whole line is not document text, or null when it is. */
export function classifyLine(line: string): NoiseReason | null {
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

/**
 * Marks of a statement about the past: 已经/已, verb + 了 (建成了, 实现了), 在…的基础上, 同比.
 * Checked on the clause that holds a number.
 */
const PAST_CLAUSE = /已经|已[建完达实有累超突形取]|[成现得到长降高升破过]了|的基础上|基础上[,，]?再|同比|比上年同期/;

export function isPastClause(clause: string): boolean {
  return PAST_CLAUSE.test(clause);
}

/** Openers of a sentence that reports results so far: 1-8月，… / 前三季度 / 上半年 / 截至9月底. */
const REPORT_OPENING = /^(?:\d{1,2}\s*[-—－~～至]\s*\d{1,2}\s*月|[一二三四1-4]季度|前[一二三]季度|上半年|截至|截止)/;

export function isReportOpening(sentenceStart: string): boolean {
  return REPORT_OPENING.test(sentenceStart);
}

/** Openers of a paragraph that reviews the past: 过去五年, 一年来, “十三五”时期是…. */
const PAST_PARAGRAPH = /^(?:过去(?:的)?[一二三四五]年|[一二三四五]年来|去年|上年|这一年|今年以来|回顾)/;

export function isPastParagraph(paragraph: string): boolean {
  return PAST_PARAGRAPH.test(paragraph);
}

/** Headings of a section that reviews the past: 取得决定性成就, 工作回顾, 完成情况. */
const PAST_HEADING = /成就|回顾|完成情况|执行情况|进展情况|取得的成绩|工作总结|发展基础/;

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
  | "year" | "ordinal" | "label" | "name" | "date_or_duration" | "bracketed" | "policy_articles" | "chinese_count";

const TIME_UNITS = new Set(["年", "天", "日", "月", "个月", "周", "小时", "分钟", "秒", "个工作日", "工作日", "岁"]);
/** A duration or age is a target only when a verb or qualifier sets it: 最多80天, 达到11.3年, 超过80岁. */
const TIME_SETTER = /(?:达到|达|为|超过|超|提高到|提高至|延长到|延长至|缩短到|缩短至|缩短|压缩到|压缩至|压减至|控制在|不超过|最多|至多|不少于|不低于|突破|提升到|提升至)[\s“]*$/;
const TIME_LIMITER = /^\s*(?:以内|以下|以上|左右)(?![^，,；;。]{0,6}(?:的|婴|儿童|老人|人口))/;
const LABELS = /(?:专栏|图|表|附件|附表|栏目|序号|第)\s*$/;
const POLICY_AFTER = /^(?:政策|举措|意见|措施|规定|条例|细则|办法|硬核|”)/;
const POLICY_BEFORE = /(?:新政|政策|措施|举措|意见)\s*$/;
const ASCII_LETTER = /[A-Za-z]/;

/** Why a number is not a target figure (a year, an ordinal, a name like 5G or “415”), or null. */
export function nonTargetNumber(site: NumberSite): NumberNoise | null {
  const { text, start, numEnd, unitEnd, unit } = site;
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(unitEnd, unitEnd + 8);
  if (unit === "年" && Number.isInteger(site.value) && site.value >= 1900 && site.value <= 2100) return "year";
  if (LABELS.test(before) || /前\s*$/.test(before)) return "ordinal";
  if (site.bracketed) return "bracketed";
  const prev = text[start - 1] ?? "";
  const next = text[numEnd] ?? "";
  if (ASCII_LETTER.test(prev) || (ASCII_LETTER.test(next) && !ASCII_LETTER.test(unit[0] ?? ""))) return "name";
  if (prev === "+" || prev === "＋" || next === "+" || next === "＋" || next === "." || next === "．") return "name";
  if (site.quoted !== null && site.quoted.trim() === text.slice(start, unitEnd)) return "name";
  if (TIME_UNITS.has(unit)) {
    const set = TIME_SETTER.test(before) || TIME_LIMITER.test(after);
    if (!set || /^[的内来前后间]/.test(after)) return "date_or_duration";
  }
  if (unit === "条" && (POLICY_AFTER.test(after) || POLICY_BEFORE.test(before))) return "policy_articles";
  if (site.chinese && !site.fraction) {
    const written = text.slice(start, numEnd);
    if (site.value < 10 || written.length < 2 || site.quoted !== null) return "chinese_count";
  }
  return null;
}
