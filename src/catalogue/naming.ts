/**
 * Standard names and aliases for catalogue entries, and the key under which the same
 * indicator from several documents is merged. Works from the extractor's subject and verb.
 * Names are what a planner calls the figure (5G基站建成数, 新增隐形冠军企业数, 数字经济核心产业
 * 增加值增速, 城镇化率累计提高); aliases are what people type for it (5G基站, 5G基站数, 建成5G基站).
 * Spellings that differ only by synonyms (GDP, 地区生产总值) are matched by the lookup
 * (src/core/match/synonyms.ts), not listed here.
 */
import type { TargetKind } from "../core/types";
import type { RawTarget } from "../extract/types";

type Naming = Pick<RawTarget, "subject" | "verb" | "kind" | "unit">;

const QUOTE_CHARS = /[“”‘’"'「」『』《》〈〉]/g;
const BRACKET_CHARS = /[（）()〔〕【】[\]]/g;
/** A bracketed remark: 省级特色小镇(2.0版), 每千人口执业(助理)医师数(常住人口). */
const REMARK = /[（(][^（）()]*[）)]/g;
const CLOSING_REMARK = /[（(][^（）()]*[）)]$/;
/** Shorter than this, a subject stripped of its remarks ((留浙)博士 → 博士) names too much. */
const MIN_STRIPPED_LENGTH = 3;
const SPACES = /[\s\u3000]+/g;

/** Full-width ASCII → half-width, so Ｒ＆Ｄ and R&D meet. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The comparison form of a subject: no spaces, quotes or brackets, half-width, lower case. */
export function subjectKey(subject: string): string {
  return halfWidth(subject).replace(SPACES, "").replace(QUOTE_CHARS, "").replace(BRACKET_CHARS, "").toLowerCase();
}

/** Display form: spaces dropped (000 writes "打造 10 条"), everything else as written. */
export function cleanSubject(subject: string): string {
  return subject.replace(SPACES, "");
}

/** Units that count things: their indicators read naturally with 数 (隐形冠军企业数). */
const COUNT_UNIT = /^(万|亿)?(个|家|项|条|台|人|名|所|张|件|款|列|场|套|座|辆|艘|户|处|次|批|支|只|部)$/;

/** Kinds whose figures are of one family and may contradict each other across documents. */
export function kindFamily(kind: TargetKind): string {
  switch (kind) {
    case "growth_rate":
    case "reduction":
    case "cumulative":
      return kind;
    default:
      return "amount";
  }
}

const COUNT_ENDINGS = /(数|量|数量)$/;
const GROWTH_ENDINGS = /(增长|增速|增幅|涨幅|增长率|增长幅度|上涨幅度)$/;
/** A price (居民消费价格上涨3%, 居民消费价格…控制在3%): its rate is a 涨幅, not a 增速. */
const PRICE_RISE = /上涨$/;
const PRICE = /(价格|物价|物价总水平|价格指数)$/;
const CHANGE_ENDINGS = /(下降|降低|减少|下降率|降幅|提高|提升|增加)$/;
/** Units of a figure whose five-year change is a rise (城镇化率, 人均预期寿命): 累计提高. */
const RISING_UNIT = /^(%|‰|个百分点|百分点|年|岁)$/;
/** Subjects whose five-year figure is a total of what was done (新增就业, 投资, 工程), not a rise. */
const FLOW_SUBJECT = /^(新增|新建|新引进|引进|招收)|(投资|投入|工程|项目)$/;
/** Stocks and per-head figures (林木蓄积量, 每千人口医师数, 人均…): their five-year change is an increase. */
const STOCK_SUBJECT = /^(每|人均)|(量|面积|规模)$/;
/** A closing remark that says which way the figure goes: 化学需氧量(主要污染物排放总量减少). */
const DIRECTION_REMARK = /[（(][^（）()]*?(减少|下降|降低|提高|增加)[）)]$/;

/** Verbs that say what is done (建成, 培育); qualifiers and kind words (达到, 突破, 增长) do not name anything. */
const ACTION_VERB =
  /^(每年)?(新增|新建|建成|建设|创建|培育|培育建设|打造|引进|新引进|认定|新认定|新培育|实施|组织实施|完成|开工|新开工|落地|招引|启动|启动建设|启动实施|推进|集聚|招收|淘汰|整治|腾退|连接|服务|举办|开发集成|设立|安排|构筑|深化)$/;
const COUNTED_VERB = /^(建成|建设|创建|培育|打造|引进|认定|实施|完成|争创)$/;
/**
 * Verbs that act on things already there or count events (改造城中村, 服务工业企业, 落地百亿级项目):
 * what is counted is the act, so the verb leads the name (改造城中村数, not 城中村数).
 */
const ACTING_VERB = /(改造|整治|淘汰|腾退|连接|服务|治理|修复|关停|帮扶|救助|资助|培训|安置|转移|筹集|落地|开工|竣工|储备|覆盖)$/;
/** A verb whose object is covered by something (“浙政钉”覆盖80%以上部门协同业务): its share is a 覆盖率. */
const COVERING_VERB = /覆盖$/;
/** Units of a time allowed: a figure in them is a 时限 (审批最多80天). */
const DURATION_UNIT = /^(天|日|个工作日|工作日|小时|分钟|个月)$/;
const DURATION_ENDINGS = /(时间|时限|天数|周期|期限|时长)$/;
/** A programme's projects (重大攻关项目(护航计划)) are also typed by the programme: 护航计划项目. */
const PROGRAMME_REMARK = /^(.*项目)[（(]([^（）()]*(?:计划|工程|行动))[）)]$/;
/** A predicate written before its noun (进入全国前10的国家级高新区), typed after it too. */
const PREDICATE_FIRST = /^((?:进入|入选|跻身|迈入).+)的(.+)$/;
/** Batch words (首批, 第二批) that people leave out: 未来社区首批试点 is typed 未来社区试点. */
const BATCH = /首批|第[一二三四五六七八九十]批/;

/** Events a subject may name itself (亿元以上竣工(投产)项目): then no verb carried to it leads its name. */
const OWN_EVENT = /开工|竣工|投产|落地/;
/** Kinds whose names add words after the subject (数, a verb, 面积): a closing remark goes after those. */
const REMARK_LAST = new Set<TargetKind>(["count", "increment", "level"]);

/** The verb without 每年, which the name does not carry (每年新增城镇就业 → 新增城镇就业数). */
function plainVerb(verb: string): string {
  return cleanSubject(verb).replace(/^每年/, "");
}

function actionVerb(verb: string): string {
  const clean = plainVerb(verb);
  return ACTION_VERB.test(clean) || ACTING_VERB.test(clean) ? clean : "";
}

/** The acting verb of a figure (see ACTING_VERB) when its subject does not already hold one, or "". */
function actingVerb(base: string, verb: string): string {
  return ACTING_VERB.test(verb) && !COVERING_VERB.test(verb) && !base.includes(verb) && !OWN_EVENT.test(base) ? verb : "";
}

function cumulativeName(base: string, t: Naming, counted: (s: string) => string): string {
  if (CHANGE_ENDINGS.test(base)) return base;
  const remark = DIRECTION_REMARK.exec(base);
  if (remark) return `${base.slice(0, remark.index)}${remark[1]}`;
  if (RISING_UNIT.test(t.unit)) return `${base.replace(/^累计/, "")}累计提高`;
  if (STOCK_SUBJECT.test(base) && !FLOW_SUBJECT.test(base)) return `${base.replace(/^累计/, "")}累计增加`;
  if (base.startsWith("累计")) return counted(base);
  const verb = actionVerb(t.verb);
  return `累计${verb && !base.startsWith(verb) ? verb : ""}${counted(base)}`;
}

export function standardName(t: Naming): string {
  const base = cleanSubject(t.subject);
  if (!base) return "";
  // 重大前瞻性基础研究项目(尖峰计划): the name is built on the subject, the remark closes it
  const remark = REMARK_LAST.has(t.kind) ? CLOSING_REMARK.exec(base) : null;
  if (remark && remark.index > 0) return standardName({ ...t, subject: base.slice(0, remark.index) }) + remark[0];
  const isCounted = COUNT_UNIT.test(t.unit);
  const counted = (s: string) => (isCounted && !COUNT_ENDINGS.test(s) ? `${s}数` : s);
  const verb = plainVerb(t.verb);
  const acting = actingVerb(base, verb);
  switch (t.kind) {
    case "growth_rate":
      if (GROWTH_ENDINGS.test(base)) return base;
      return `${base}${verb.includes("年均") ? "年均" : ""}${PRICE_RISE.test(verb) || PRICE.test(base) ? "涨幅" : "增速"}`;
    case "reduction":
      return CHANGE_ENDINGS.test(base) ? base : `${base}下降率`;
    case "cumulative":
      return cumulativeName(base, t, counted);
    case "increment":
      // 比重提高0.5个百分点, 人均预期寿命提高1岁: a raise of a rate or an age
      if (RISING_UNIT.test(t.unit) && t.unit !== "%" && !CHANGE_ENDINGS.test(base)) return `${base}提高`;
      if (acting) return counted(`${acting}${base}`);
      return counted(base.startsWith("新") || !verb.startsWith("新") ? base : `${verb}${base}`);
    case "count":
      if (acting) return counted(`${acting}${base}`);
      // 新开工亿元以上项目: a verb of new things leads, as for increments
      if (verb.startsWith("新") && !base.startsWith("新") && !OWN_EVENT.test(base)) return counted(`${verb}${base}`);
      if (isCounted && COUNTED_VERB.test(verb) && !base.startsWith(verb)) return `${base}${verb}数`;
      return counted(base);
    case "share":
      // “浙政钉”覆盖80%以上部门协同业务: the share of the object covered
      return COVERING_VERB.test(verb) && !/率$/.test(base) ? `${verb.replace(COVERING_VERB, "")}${base}覆盖率` : base;
    default:
      // 地区生产总值…比2020年翻一番: the figure is a multiple, named by what doubles.
      if (t.unit === "倍" && /翻/.test(verb) && !/翻/.test(base)) return `${base}翻番`;
      // 腾退低效用地2万亩 → 腾退低效用地面积; 5G基站累计 2.2万个 → 5G基站累计数; 审批最多80天 → 审批时限
      if (acting) return `${acting}${base}${measuredWord(base, t.unit)}`;
      if (DURATION_UNIT.test(t.unit) && !DURATION_ENDINGS.test(base)) return `${base}时限`;
      return base.endsWith("累计") ? counted(base) : base;
  }
}

/** Units whose figures people name by what they measure: 腾退低效用地 2万亩 is 腾退低效用地面积. */
const MEASURED_AS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(万|亿)?(亩|平方米|平方公里|公顷)$/, "面积"],
  [/^(万)?(公里|千米)$/, "里程"],
];

/** 面积 for an area, 里程 for a length, unless the subject says it already; else "". */
function measuredWord(base: string, unit: string): string {
  const word = MEASURED_AS.find(([units]) => units.test(unit))?.[1];
  return word && !base.endsWith(word) ? word : "";
}

function measuredAlias(base: string, unit: string): string {
  const word = measuredWord(base, unit);
  return word ? `${base}${word}` : "";
}

/** How a figure of this kind is also called: 增长 for 增速, 上涨 for 涨幅, 下降 for 下降率, 提高 for 累计提高. */
function kindWording(base: string, kind: TargetKind, name: string): string[] {
  switch (kind) {
    case "growth_rate":
      return GROWTH_ENDINGS.test(base) ? [] : [`${base}${name.endsWith("涨幅") ? "上涨" : "增长"}`];
    case "reduction":
      return CHANGE_ENDINGS.test(base) ? [] : [`${base}下降`];
    case "cumulative":
      return /累计(提高|增加)$/.test(name) ? [name.replace(/累计(提高|增加)$/, "$1")] : [];
    default:
      return [];
  }
}

/**
 * What people type: the bare subject, with 数, with its action verb (before it, and after it for
 * an acting verb: 城镇老旧小区改造), with a predicate after its noun (国家级高新区进入全国前10), by
 * the programme its projects belong to (护航计划项目), without its remarks or batch word
 * (省级特色小镇(2.0版) → 省级特色小镇, 未来社区首批试点 → 未来社区试点), with what its unit
 * measures (面积, 里程), in the kind's other wording; never the name itself.
 */
export function aliasesFor(t: Naming, name: string): string[] {
  const base = cleanSubject(t.subject);
  if (!base) return [];
  // a subject naming its own event (亿元以上竣工项目) takes no event verb carried to it
  const verb = OWN_EVENT.test(base) && OWN_EVENT.test(t.verb) ? "" : actionVerb(t.verb);
  const unmarked = (s: string) => s.replace(QUOTE_CHARS, "").replace(BRACKET_CHARS, "");
  const predicate = PREDICATE_FIRST.exec(base);
  const programme = PROGRAMME_REMARK.exec(base);
  const stripped = [base.replace(CLOSING_REMARK, ""), base.replace(REMARK, ""), base.replace(BATCH, "")].map(unmarked);
  const candidates = [
    base,
    COUNT_UNIT.test(t.unit) && !COUNT_ENDINGS.test(base) ? `${base}数` : "",
    verb && !base.includes(verb) ? `${verb}${base}` : "",
    actingVerb(base, verb) ? `${base}${verb}` : "",
    predicate ? `${predicate[2]}${predicate[1]}` : "",
    programme ? `${programme[2]}项目` : "",
    ...stripped.filter((s) => s.length >= MIN_STRIPPED_LENGTH),
    unmarked(base),
    measuredAlias(base, t.unit),
    ...kindWording(base, t.kind, name),
  ];
  return [...new Set(candidates.filter((a) => a && a !== name))];
}
