/**
 * The planning genre's vocabulary: the spellings planners use for one thing, brought to one
 * canonical form so that 地区生产总值增速, GDP增长 and 生产总值年均增长 meet as "gdp增长". Applied to
 * names already normalised (normalizeName: lower case, half-width, no punctuation), to what the
 * catalogue stores and to what users type alike. The only synonym table: extend it here.
 */

/** Words and abbreviations: canonical form ← the spellings that mean it. */
const TERMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["gdp", ["地区生产总值gdp", "国内生产总值", "地区生产总值", "生产总值"]],
  ["单位gdp", ["万元gdp"]],
  ["研发", ["研究与试验发展", "rd"]],
  ["占", ["相当于"]],
  ["比重", ["占比", "比例"]],
  ["规上", ["规模以上"]],
  ["利用外资", ["使用外资"]],
  ["pm2.5", ["细颗粒物pm2.5", "细颗粒物"]],
  ["iii类以上", ["达到或好于iii类", "iii类及以上"]],
  ["iii类", ["三类"]],
  ["水质", ["水体"]],
  ["化学需氧量", ["cod"]],
  ["二氧化硫", ["so2"]],
  ["氮氧化物", ["nox"]],
  ["vocs", ["挥发性有机物"]],
  ["碳", ["二氧化碳", "co2"]],
  ["社会消费品零售", ["社零"]],
  ["网络零售", ["网上零售"]],
  ["货物贸易", ["外贸"]],
  ["固定资产投资", ["固投"]],
  ["城镇化率", ["常住人口城镇化率"]],
  ["空气优良率", ["空气质量优良天数比率", "空气质量优良率"]],
  ["优良率", ["优良天数比率"]],
  ["高新企业", ["高新技术企业"]],
  ["高新区", ["高新技术产业开发区"]],
  ["经开区", ["经济技术开发区"]],
  ["产能", ["生产能力"]],
  ["应用程序", ["app"]],
  ["数", ["数量", "个数"]],
  ["翻番", ["翻一番"]],
  // Scope words that do not change which indicator is meant.
  ["", ["累计", "年均"]],
];

/** Phrases over canonical terms: the genre's short names for its intensity indicators. */
const PHRASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["研发强度", ["研发经费支出占gdp比重", "研发经费占gdp比重", "研发投入占gdp比重", "研发经费投入强度", "研发投入强度", "研发比重"]],
  ["能耗强度", ["单位gdp能源消耗", "单位gdp能耗"]],
  ["用水强度", ["单位gdp用水量", "单位gdp用水"]],
  ["碳排放强度", ["单位gdp碳排放"]],
];

/** How a name ends when it measures a change: one word per direction. */
const ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["增长", ["增长率", "增长速度", "增速", "增幅", "增长"]],
  ["下降", ["下降率", "降低率", "降幅", "下降", "降低", "减少", "减排"]],
  ["提高", ["提高", "提升", "增加"]],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regex over all variants, longest first, and the canonical form of each. */
function replacer(table: ReadonlyArray<readonly [string, readonly string[]]>, anchored: boolean): (text: string) => string {
  const canonical = new Map<string, string>();
  for (const [to, variants] of table) for (const v of variants) canonical.set(v, to);
  const alternatives = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?:${alternatives.join("|")})${anchored ? "$" : ""}`, "g");
  return (text) => text.replace(pattern, (found) => canonical.get(found)!);
}

const terms = replacer(TERMS, false);
const phrases = replacer(PHRASES, false);
const endings = replacer(ENDINGS, true);
/** 数 before the ending (企业数, 企业数增长) says nothing the name does not: 企业 = 企业数 = 企业数量. */
const COUNT_WORD = /数(?=(?:增长|下降|提高|翻番)?$)/;

/** The canonical form of a normalised name: synonyms replaced, change endings unified, 数 dropped. */
export function canonicalName(normal: string): string {
  return endings(phrases(terms(normal))).replace(COUNT_WORD, "");
}
