/**
 * The planning genre's vocabulary: the spellings planners use for one thing, brought to one
 * canonical form so that 地区生产总值增速, GDP增长 and 生产总值年均增长 meet as "gdp增长". Applied to
 * names already normalised (normalizeName: lower case, half-width, no punctuation), to what the
 * catalogue stores and to what users type alike. The only synonym table: extend it here.
 */

/** Words and abbreviations: canonical form ← the spellings that mean it. */
const TERMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["gdp", ["地区生产总值gdp", "国内生产总值", "地区生产总值", "生产总值", "经济总量"]],
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
  ["居民消费价格", ["cpi"]],
  // Word order: 城镇新增就业 and 新增城镇就业 are one indicator.
  ["城镇新增就业", ["新增城镇就业"]],
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
  ["增长", ["增长率", "增长速度", "增长幅度", "增速", "增幅", "涨幅", "上涨幅度", "上涨", "增长"]],
  ["下降", ["下降率", "降低率", "下降幅度", "降幅", "下降", "降低", "减少", "减排"]],
  ["提高", ["提高", "提升", "增加"]],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regex over all variants, longest first, and the canonical form of each. */
function replacer(table: ReadonlyArray<readonly [string, readonly string[]]>): (text: string) => string {
  const canonical = new Map<string, string>();
  for (const [to, variants] of table) for (const v of variants) canonical.set(v, to);
  const alternatives = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(alternatives.join("|"), "g");
  return (text) => text.replace(pattern, (found) => canonical.get(found)!);
}

const terms = replacer(TERMS);
const phrases = replacer(PHRASES);

/** Closing words by their last character, each as [word, what it becomes], longest first. */
type Closings = ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;

function closings(table: ReadonlyArray<readonly [string, readonly string[]]>): Closings {
  const byLast = new Map<string, Array<readonly [string, string]>>();
  for (const [to, words] of table) {
    for (const word of words) {
      const last = word[word.length - 1];
      byLast.set(last, [...(byLast.get(last) ?? []), [word, to] as const].sort((a, b) => b[0].length - a[0].length));
    }
  }
  return byLast;
}

/** Splits off the first closing word `text` ends with, leaving at least two characters: [rest, its replacement]. */
function splitClosing(text: string, words: Closings): [string, string] {
  for (const [word, to] of words.get(text[text.length - 1]) ?? []) {
    if (text.length >= word.length + 2 && text.endsWith(word)) return [text.slice(0, -word.length), to];
  }
  return [text, ""];
}

const dropping = (...words: string[]) => closings([["", words]]);

const CHANGE_ENDINGS = closings([...ENDINGS, ["翻番", ["翻番"]]]);
/** Words people add after a name that ask for nothing more: 5G基站目标, GDP指标, 城镇化率情况. */
const FILLER = dropping("的目标值", "的目标", "的指标", "的情况", "目标值", "目标", "指标值", "指标", "情况", "任务");
/** 额, 总量, 规模 before the ending: 实际利用外资额 = 实际利用外资 (that the name asks for an amount, measure.ts reads). */
const AMOUNT_WORDS = dropping("总量", "总额", "金额", "额", "规模");
/** 数 likewise (企业数, 企业数增长): 企业 = 企业数 = 企业数量, 新增就业 = 新增就业人数, 接待游客 = 接待游客人次. */
const COUNT_WORDS = dropping("人数", "人次", "数");
/**
 * Closing verbs that say how a count is taken, not what of: 5G基站建成数 = 5G基站建设数 = 5G基站
 * (the catalogue builder merges one subject's figures whatever the verb, too).
 */
const HOW_COUNTED = dropping("建设", "建成", "培育", "创建", "实施", "打造", "认定", "布局");

/** The closing words unified: filler dropped, the change ending in one word, 额 and 数 before it dropped. */
function finish(text: string): string {
  const [asked] = splitClosing(text, FILLER);
  const [core, change] = splitClosing(asked, CHANGE_ENDINGS);
  const [subject] = splitClosing(splitClosing(core, AMOUNT_WORDS)[0], COUNT_WORDS);
  return change ? subject + change : splitClosing(subject, HOW_COUNTED)[0];
}
/** Terms twice, for those formed by a first replacement: 万元生产总值 → 万元gdp → 单位gdp. */
const allTerms = (text: string) => terms(terms(text));

/** The canonical form of a normalised name: synonyms replaced, change endings unified, 数 and 额 dropped. */
export function canonicalName(normal: string): string {
  return finish(phrases(allTerms(normal)));
}

/**
 * The forms a stored name is matched in: its canonical form and, where a phrase was shortened
 * (研发投入强度 → 研发强度), also the form with the phrase as written, so that part of it (研发投入)
 * still finds the name.
 */
export function canonicalForms(normal: string): string[] {
  const termed = allTerms(normal);
  const full = finish(phrases(termed));
  const literal = finish(termed);
  return full === literal ? [full] : [full, literal];
}
