/**
 * What a figure measures, from its unit and the words that lead to it: 增长15% is a growth rate,
 * 下降20% a reduction, 占…比重达到30% a share, 新增…家 an increment, 打造10条 a count,
 * 人/亿元 or 翻一番 a ratio, 五年累计 a cumulative total, anything else a level.
 */
import type { TargetKind } from "../core/types";

export interface KindEvidence {
  /** Text of the clause (or list item) from its start up to the number. */
  before: string;
  /** The verb that introduced the figure (新增, 建成, 增长…), "" when none. */
  verb: string;
  /** The indicator as written. */
  subject: string;
  unit: string;
}

const PERCENT_UNITS = new Set(["%", "‰", "个百分点", "百分点"]);

/** Things counted one by one, with or without a 万/亿 multiplier. */
const COUNTED = /^(?:万|亿)?(?:个|家|项|条|台|套|件|款|列|场|张|座|辆|艘|栋|幢|户|间|所|处|次|批|段|部|只|名|人|位|种|宗|片|床|口|架|根|支|盏|台套|人次|份)$/;

/** Concentrations are levels although written per unit volume. */
const CONCENTRATION = /克\/(?:立方米|升)|mg\/|μg\//;

const CUMULATIVE = /五年累计|累计(?:新增|招收|引进|完成|培养|培训|建设|建成|投入|减少|实施)|五年(?:完成|新增|实施|投入)|〔\s*$/;
const GROWTH = /(?:增长|增速|增幅|涨幅|上涨)[^，,；;]{0,4}$/;
const REDUCTION = /(?:下降|降低|减少|削减|压减|降幅)[^，,；;]{0,4}$/;
const RAISE_POINTS = /(?:提高|提升)[^，,；;]{0,2}$/;
/** GROWTH, REDUCTION and RAISE_POINTS match at most this many characters, at the end: they are tested on those alone. */
const TAIL = 6;
/** 新增, 新建, 新开辟…: verbs of new things (新开工 counts works started); 净增 and 增加 add to a stock. */
const INCREMENT_VERB = /^(?:每年)?(?:新(?!开工)|引进|增加|净增)/;
/** 提高1岁, 增加2天: a raise by, not to (提高到11.3年 is a level). */
const RAISE_BY = /(?:提高|提升|增加|延长)\s*$/;
const PER_HEAD = /每(?:千|万|百|十万)|强度/;
/** A stock reached rather than things done: 达到110家, 累计突破10万台. */
const STOCK = /达到|达$|突破|超过|累计/;

export function classifyKind(e: KindEvidence): TargetKind {
  if (e.unit === "倍" && /翻/.test(e.verb)) return "ratio";
  if (CUMULATIVE.test(e.before)) return "cumulative";
  const tail = e.before.slice(-TAIL);
  if (PERCENT_UNITS.has(e.unit)) {
    if (GROWTH.test(tail)) return "growth_rate";
    if (REDUCTION.test(tail)) return "reduction";
    if (PER_HEAD.test(e.before)) return "ratio";
    if (e.unit !== "%" && RAISE_POINTS.test(tail)) return "increment";
    return "share";
  }
  if (INCREMENT_VERB.test(e.verb) || e.subject.includes("新增") || RAISE_BY.test(e.before)) return "increment";
  if (REDUCTION.test(tail)) return "reduction";
  if ((e.unit.includes("/") && !CONCENTRATION.test(e.unit)) || PER_HEAD.test(e.before)) return "ratio";
  if (COUNTED.test(e.unit) && !STOCK.test(e.before)) return "count";
  return "level";
}
