/**
 * The indicator and its verb around a figure. Three shapes cover planning prose:
 *   indicator + relational verb + figure   数字经济核心产业增加值 增长 15%
 *   action verb + thing + figure            新增 小微企业园 200 个
 *   action verb + figure + thing            建成 18 家 省级制造业创新中心
 * Frames (力争, 全年, 到2025年, 加快) are dropped; 每年 stays with the verb.
 */
import { charClasses, splitItems, WHITESPACE, type Span } from "../segment";
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
import { YUE_WORD_FIRST } from "../qualifiers";
import { WordList } from "../wordList";
import { scanSpan } from "./figures";
import { clausesBefore, itemAfter, itemBefore, namesProjects, occursIn, programmeBefore, projectsNamedIn, topicBefore } from "./context";

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

/** Words for the whole home region after a verb, which say where, not what. */
const HOME_SCOPE = new WordList(["全省", "全市", "全区", "全县"]);
/** Per-head words between a verb and its figure: 达到年人均8000元. */
const PER_HEAD = new WordList(["年人均", "人均"]);
const SPACES_AND_COMMAS = " \u3000\u00a0、，,";
/** A closing quote cannot open an indicator, nor an opening quote end one. */
const SKIP_FORWARD = charClasses([[SPACES_AND_COMMAS + "”’", 1]]);
const SKIP_BACKWARD = charClasses([[SPACES_AND_COMMAS + "“‘", 1]]);
const LEADING_YEAR = /^(?:到|至|在|截至)?\s*(?:(?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2})\s*年(?:底|末|前)?/;
/** First characters of the year in LEADING_YEAR: a position whose year cannot start there skips the regex. */
const YEAR_FIRST = charClasses([["12二", 1]]);
const SPACE = charClasses([[WHITESPACE, 1]]);
const DAO_ZHI_ZAI = charClasses([["到至在", 1]]);
const JIE = "截".charCodeAt(0);
const ZHI = "至".charCodeAt(0);
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
  // the regex runs only where its year could start: after 到/至/在/截至 and spaces, a 1, 2 or 二
  let y = s;
  if (DAO_ZHI_ZAI[text.charCodeAt(y)]) y++;
  else if (text.charCodeAt(y) === JIE && text.charCodeAt(y + 1) === ZHI) y += 2;
  while (SPACE[text.charCodeAt(y)]) y++;
  if (!YEAR_FIRST[text.charCodeAt(y)]) return 0;
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
const YUE_WORDS = charClasses([[YUE_WORD_FIRST, 1]]);

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
const VERB_JOINERS = charClasses([["和及与", 1]]);
/** Verbs that act on what is there, read as verbs only after a joined one (新增和更新; not 更新改造项目). */
const JOINED_VERBS = new WordList(["更新", "提升", "升级", "完善"]);
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

/** Where a figure stands, for reading what its clause leaves out. */
interface Place {
  pre: Span;
  figureEnd: number;
  /** End of the figure's list item. */
  to: number;
  /** 累计 opened the clause or stood before the verb (累计达到2.2万个). */
  cumulative: boolean;
}

/** Whether text[s, e) is action verbs only (举办, 新增减负): then they name no indicator. */
function allVerbs(text: string, s: number, e: number): boolean {
  while (s < e) {
    const verb = actionVerbAt(text, s, e);
    if (!verb) return false;
    s += verb.length;
  }
  return true;
}

/**
 * Reads the indicator and verb of a figure from the text before it (`pre`) and after it, up to `to`.
 * A subject that says too little (试点, 年度投资, none at all) is completed from its context
 * (withContext); `depth` counts how many readings of context led here.
 */
export function readSubject(text: string, pre: Span, figureEnd: number, to: number, depth = 0): Reading {
  const framed = stripFrames(text, Math.max(pre.start, pre.end - MAX_SUBJECT), pre.end);
  let s = framed.start;
  let e = skipBackward(text, s, pre.end);
  const base = trailingBase(text, s, e);
  if (base) e = skipBackward(text, s, e - base);
  const every = framed.everyYear ? "每年" : "";
  const place: Place = { pre, figureEnd, to, cumulative: occursIn(text, "累计", pre.start, s) };
  // the noun after the figure is read only when the words before it do not name the indicator
  let after: string | null = null;
  const nounAfterFigure = (): string => (after ??= tidy(nounAfter(text, figureEnd, to)));

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
      if (linker === "累计") place.cumulative = true;
      e -= linker.length;
      e = withoutModal(text, s, e);
      e -= trailingBase(text, s, e);
    }
    const named = NAMING_VERBS.has(relational) ? relational : "";
    // 举办不少于100场专场路演: a verb before the relation, the thing counted after the figure
    const subject = e > s && allVerbs(text, s, e) ? nounAfterFigure() || tidy(text.slice(s, e)) : tidy(text.slice(s, e)) + named;
    const reading = { subject, verb: every + relational, relational: true, respectively, fromPost: false };
    return withContext(text, reading, place, depth);
  }

  const verbs: string[] = [];
  for (let a = actionVerbAt(text, s, e); a; a = actionVerbAt(text, s, e)) {
    verbs.push(a); // 布局建设省实验室: 布局建设
    s += a.length;
    // 新增和更新新能源公交车: verbs joined by 和/及/与 share their object
    if (VERB_JOINERS[text.charCodeAt(s)] && (actionVerbAt(text, s + 1, e) || JOINED_VERBS.at(text, s + 1))) {
      verbs.push(text[s++]);
      const joined = JOINED_VERBS.at(text, s);
      if (joined && !actionVerbAt(text, s, e)) {
        verbs.push(joined);
        s += joined.length;
      }
    }
  }
  if (verbs.length) s += HOME_SCOPE.at(text, s).length; // 完成全省重大项目投资: the indicator is 重大项目投资
  let action = verbs.join("");
  if (!action && (ACTION_VERBS.before(text, s, e) || e - s <= 2) && nounAfterFigure()) {
    // 合作建设30个…平台, 组建10个…: the words before the figure are all verb, the noun follows it
    action = text.slice(s, e);
    s = e;
  }
  const before = tidy(text.slice(s, withoutModal(text, s, e)));
  let subject = before || nounAfterFigure() || tidy(text.slice(figureEnd, to));
  if (!subject && verbs.length > 1) {
    // 再新增减负200亿元: verbs only, nothing counted after them: the last verb names what is done
    subject = verbs.pop()!;
    action = verbs.join("");
  }
  const reading = { subject, verb: every + (action || framed.frameVerb), relational: false, respectively: false, fromPost: !before };
  return withContext(text, reading, place, depth);
}

/** How many readings of context a subject may take: a qualifier's own qualifier, never further. */
const MAX_DEPTH = 2;

/** Projects, pilots and works named by a bare head and at most a level, batch or weight: 省级试点, 首批试点, 重大项目. */
const BARE_PROJECT = /^((?:国家级|国家|省级|省|市级|市|县级|县|区级|省市县|省市)?)((?:首批|第[一二三四五六七八九十]批)?)((?:重大|重点)?(?:建设)?(?:项目|工程|试点))$/;
/** The batch written before the figure, which FRAMES dropped: 首批24个试点. */
const BATCH_BEFORE = /(?:首批|第[一二三四五六七八九十]批)$/;
/** Investment without its object: 总投资, 年度投资, 完成投资. */
const BARE_INVESTMENT = /^(?:总|年度|完成|计划)?投资(?:额|总额)?$/;
/** Those who take part in a programme, written before it: 122家企业供应链创新与应用试点. */
const PARTICIPANT = /^(企业|城市|县|园区|学校|医院|社区|乡镇|村|单位|家庭|街道)([\u4e00-\u9fa5A-Za-z0-9“”]{2,}试点)$/;
const PARTICIPANT_ONLY = /^(?:企业|城市|县|园区|学校|医院|社区|乡镇|村|单位|家庭|街道)$/;
/** What a count of events is counted by: 起数, 人数. */
const COUNT_MEASURE = /(?:起数|人数|次数|件数|户数|个数|宗数|数量)$/;
/** Endings that say what an indicator measures; a subject without one may be a scope (重点行业). */
const MEASURED = /(?:量|率|额|数|值|比重|比例|收入|产值|规模|指数|浓度|面积|强度|能耗|排放|投资|价格)$/;
/** Longest subject that may lean on the item before it: longer ones name their own indicator. */
const MAX_ELLIPTICAL = 4;
/** Longest scope (重点行业, 中心城区) that may stand for the indicator before it. */
const MAX_SCOPE = 6;

/**
 * Last characters of the subjects the patterns above can match (…项目/工程/试点, …投资/额): a
 * subject ending otherwise skips their regexes, which would run for every figure.
 */
const PROJECT_LAST = charClasses([["目程点", 1]]);
const INVESTMENT_LAST = charClasses([["资额", 1]]);
const DIAN = "点".charCodeAt(0);
const ZHAN = "占".charCodeAt(0);
/** A share whose part is left out (占地区生产总值比重); not 占用耕地, 占地面积. */
const SHARE_OF_WHOLE = /^占[^，,；;]{1,15}(?:比重|比例|份额)$/;
/** Verbs after a counted noun that say which of them count: 2家高新区进入全国前10. */
const RANKINGS = new WordList(["进入", "入选", "跻身", "迈入"]);
/** Events after a counted noun that are what is counted: 2个平台落户, 2000个技改项目开工建设. */
const EVENTS = new WordList(["落户", "落地", "开工", "竣工", "投产"]);

function withContext(text: string, r: Reading, place: Place, depth: number): Reading {
  if (depth >= MAX_DEPTH) return r;
  let subject = completed(text, r, place, depth);
  // projects of a programme: 实施“尖峰计划”…实施100项重大前瞻性基础研究项目 → …项目(尖峰计划)
  if (subject.endsWith("项目")) {
    const programme = programmeBefore(text, place.pre.start);
    if (programme && !subject.includes(programme)) subject += `(${programme})`;
  }
  return subject === r.subject ? r : { ...r, subject };
}

/** The indicator of the list item or clause before `at`, without its act (5G基站新建 → 5G基站), or "". */
function thingBefore(text: string, at: number, depth: number): string {
  const carried = indicatorOf(text, spanBefore(text, at), depth)?.subject ?? "";
  // 5G基站新建1.5万个，累计突破7万个: the total is of the thing, not of the act
  const act = ACTION_VERBS.before(carried, 0, carried.length);
  return carried.length - act.length >= 2 ? carried.slice(0, carried.length - act.length) : carried;
}

/** The subject completed from its context, or as read. */
function completed(text: string, r: Reading, place: Place, depth: number): string {
  const s = r.subject;
  const at = place.pre.start;
  if (!s) {
    // 实际利用外资增长12%以上，达到25亿美元; 新建5G基站3000个，累计达到2.2万个
    if (!r.relational) return s;
    const thing = thingBefore(text, at, depth);
    return thing ? thing + (place.cumulative ? "累计" : "") : s;
  }
  // 数字经济核心产业增加值增长10%，占地区生产总值比重达到12%: the share is of the indicator before
  if (s.charCodeAt(0) === ZHAN && SHARE_OF_WHOLE.test(s)) return thingBefore(text, at, depth) + s;
  const last = s.charCodeAt(s.length - 1);
  const project = PROJECT_LAST[last] ? BARE_PROJECT.exec(s) : null;
  if (project) {
    const topic = topicBefore(text, at);
    const batch = project[2] || (r.fromPost ? BATCH_BEFORE.exec(text.slice(at, place.pre.end))?.[0] ?? "" : "");
    return topic && !s.includes(topic) ? project[1] + topic + batch + project[3] : s;
  }
  if (INVESTMENT_LAST[last] && BARE_INVESTMENT.test(s)) return projectsBefore(text, at, depth) + s;
  if (r.fromPost) return participants(text, s, place) ?? predicated(text, s, place) ?? s;
  return elliptical(text, r, at, depth) ?? s;
}

/**
 * A counted noun with the verb after it that says which count: 2家国家级高新区进入全国前10 →
 * 进入全国前10的国家级高新区; 2个国家级科创平台落户 → 国家级科创平台落户. Null without one.
 */
function predicated(text: string, s: string, place: Place): string | null {
  // searched within the item only: a subject found past it has no verb in it
  const found = place.to - place.figureEnd > s.length ? text.slice(place.figureEnd, place.to).indexOf(s) : -1;
  const at = place.figureEnd + found;
  if (found < 0 || at + s.length >= place.to) return null;
  const event = EVENTS.at(text, at + s.length);
  if (event) return s + event;
  return RANKINGS.at(text, at + s.length) ? `${tidy(text.slice(at + s.length, place.to))}的${s}` : null;
}

/** The reading of the last figure in a span (a clause or list item), or null. */
function indicatorOf(text: string, span: Span | null | undefined, depth: number): Reading | null {
  if (!span) return null;
  const figures = scanSpan(text, span).figures;
  const figure = figures[figures.length - 1];
  if (!figure) return null;
  const item = splitItems(text, span).find((it) => it.start <= figure.start && figure.start < it.end) ?? span;
  const previous = figures.length > 1 ? figures[figures.length - 2].end : -1;
  const start = Math.max(item.start, previous);
  return readSubject(text, { start, end: figure.start }, figure.end, item.end, depth + 1);
}

/** The projects an investment belongs to: those counted or named by the clause before (实施省级重点项目600个，完成年度投资…). */
function projectsBefore(text: string, at: number, depth: number): string {
  const span = spanBefore(text, at);
  if (!span) return "";
  const counted = indicatorOf(text, span, depth);
  if (counted) return namesProjects(counted.subject) ? counted.subject : "";
  return projectsNamedIn(text, span);
}

/** The list item before the one starting at `at`, or else the clause before it in the sentence. */
function spanBefore(text: string, at: number): Span | null {
  return itemBefore(text, at) ?? clausesBefore(text, at).pop() ?? null;
}

/**
 * Participants of a programme: 122家企业供应链创新与应用试点 → 供应链创新与应用试点企业, and
 * 9个城市 listed before it → 供应链创新与应用试点城市. Null when the subject is no participant.
 */
function participants(text: string, s: string, place: Place): string | null {
  const own = s.charCodeAt(s.length - 1) === DIAN ? PARTICIPANT.exec(s) : null;
  if (own) return own[2] + own[1];
  if (s.length > 2 || !PARTICIPANT_ONLY.test(s)) return null;
  const next = itemAfter(text, place.to);
  // the programme shared with the next item is a …试点 named in it (spaces may stand inside the word)
  const figure = next && occursIn(text, "点", next.start, next.end) ? scanSpan(text, next).figures[0] : undefined;
  const shared = next && figure ? PARTICIPANT.exec(tidy(nounAfter(text, figure.end, next.end))) : null;
  return shared ? shared[2] + s : null;
}

/**
 * A short subject that leans on the list item before it: 示范镇100个、示范村1000个 (示范村 of the
 * same 省级乡村振兴), 事故起数、死亡人数 (事故死亡人数), VOCs排放总量下降20%、重点行业下降30%
 * (the 重点行业 VOCs排放总量). Null when it names its own indicator.
 */
function elliptical(text: string, r: Reading, at: number, depth: number): string | null {
  const s = r.subject;
  const scope = r.relational && s.length <= MAX_SCOPE && !MEASURED.test(s);
  if (s.length > MAX_ELLIPTICAL && !scope) return null;
  const item = itemBefore(text, at);
  if (!item) return null;
  const prev = indicatorOf(text, item, depth) ?? { subject: sharedSubject(text, item) ?? "", relational: false };
  const p = prev.subject;
  if (p.length <= s.length || p.includes(s)) return null;
  if (s.length <= MAX_ELLIPTICAL) {
    // parallel heads of one length sharing their opening: 示范镇 / 示范村
    const head = p.slice(p.length - s.length);
    if (head.slice(0, 2) === s.slice(0, 2)) return p.slice(0, p.length - s.length) + s;
    const ownMeasure = COUNT_MEASURE.exec(s);
    const theirs = COUNT_MEASURE.exec(p);
    if (ownMeasure && theirs) return p.slice(0, theirs.index) + s;
  }
  // a scope of the indicator before it, with the same kind of verb
  if (scope && prev.relational && MEASURED.test(p)) return s + p;
  return null;
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
