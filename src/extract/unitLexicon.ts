/**
 * Units seen in Chinese planning documents, matched longest-first right after a number.
 * A unit is an optional multiplier (万, 亿, 万亿, 千万, 百万) + a base unit (个, 元, 吨标准煤…)
 * + an optional denominator (/年, /人, /亿元); 个百分点 stays apart from %.
 */
import { charClasses } from "./segment";
import { WordList } from "./wordList";

/** Base units; order does not matter (matching is longest-first). */
const BASE_UNITS = [
  // things and people
  "个", "家", "项", "条", "台", "套", "件", "款", "列", "场", "张", "座", "辆", "艘", "栋", "幢",
  "户", "间", "所", "处", "次", "批", "段", "部", "只", "头", "株", "棵", "种", "位", "篇", "本", "份",
  "册", "宗", "片", "床", "张床", "口", "架", "根", "支", "盏", "台套", "人", "名", "人次", "家次", "项次", "户次", "标箱", "个工作日",
  "工作日", "岁", "倍", "年", "天", "日", "月", "个月", "周", "小时", "分钟", "秒",
  // money
  "元", "美元", "欧元",
  // land, volume, length, mass
  "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "米", "吨", "千克", "公斤",
  "克", "斤", "升", "吨标准煤", "吨标煤", "吨二氧化碳",
  // energy and power
  "千瓦", "千瓦时", "兆瓦", "度", "瓦", "伏", "千伏", "kW", "MW", "GW", "km", "TEU",
];

/** Multipliers written before a base unit; kept in the unit as written (5万个). */
const MULTIPLIERS = ["万亿", "千万", "百万", "亿", "万"];

/** Units that take no multiplier and no denominator. */
const STANDALONE_UNITS = ["%", "％", "‰", "个百分点", "百分点", "微克/立方米", "毫克/立方米", "mg/m³", "μg/m³"];

/** What may follow "/" in a compound unit: 人/亿元, 万元/人, 元/人, 吨/年, 床/千人. */
const DENOMINATORS = [
  "万人", "千人", "人", "亿元", "万元", "元", "年", "月", "日", "天", "户", "平方米", "平方公里",
  "立方米", "吨", "亩", "公顷", "小时", "千瓦时", "万千瓦时",
];

/** Characters that may sit between a number and its unit in web text: 2700 亿元. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;
}

export function skipSpaces(s: string, i: number): number {
  while (isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** Every character a unit can start with: a scanner skips a numeral not followed by one of them. */
export const UNIT_FIRST_CHARS = [...new Set([...BASE_UNITS, ...MULTIPLIERS, ...STANDALONE_UNITS].map((u) => u[0]))].join("");
const UNIT_FIRST = charClasses([[UNIT_FIRST_CHARS, 1]]);

const YU = "余".charCodeAt(0);
const DUO = "多".charCodeAt(0);
const SLASH = 0x2f;
const FULL_WIDTH_SLASH = 0xff0f;

const BASES = new WordList(BASE_UNITS);
const MULTS = new WordList(MULTIPLIERS);
const STANDALONE = new WordList(STANDALONE_UNITS);
const DENOMS = new WordList(DENOMINATORS);

export interface UnitMatch {
  /** As written, full-width ％ folded to %. */
  unit: string;
  /** Index just after the unit. */
  end: number;
  /** 5万余家: the 余/多 written between multiplier and base unit. */
  approx: "余" | "多" | null;
}

/**
 * The unit written at s[i] (spaces before it skipped), longest match first;
 * a bare multiplier (8.5万亿, 2万) is a unit of its own. Null when none.
 */
export function matchUnitAt(s: string, i: number): UnitMatch | null {
  const start = skipSpaces(s, i);
  if (UNIT_FIRST[s.charCodeAt(start)] !== 1) return null; // about half the numbers have no unit: one lookup rules them out
  const standalone = STANDALONE.at(s, start);
  if (standalone) {
    return { unit: standalone === "％" ? "%" : standalone, end: start + standalone.length, approx: null };
  }
  const mult = MULTS.at(s, start);
  let j = start + mult.length;
  let approx: UnitMatch["approx"] = null;
  const between = s.charCodeAt(j);
  if (mult && (between === YU || between === DUO)) {
    approx = between === YU ? "余" : "多";
    j++;
  }
  const base = BASES.at(s, j);
  if (!base) return mult ? { unit: mult, end: start + mult.length, approx: null } : null;
  let end = j + base.length;
  let unit = mult + base;
  const slash = s.charCodeAt(end);
  if ((slash === SLASH || slash === FULL_WIDTH_SLASH) && !base.includes("/")) {
    const denominator = DENOMS.at(s, end + 1);
    if (denominator) {
      unit += "/" + denominator;
      end += 1 + denominator.length;
    }
  }
  return { unit, end, approx };
}
