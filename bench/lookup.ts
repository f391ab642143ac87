/**
 * PLANTARGET lookups: index build time (bundled catalogue, synthetic 100,000-indicator catalogue),
 * and 100,000 lookups in a realistic mix (exact names, aliases, other spellings, fuzzy, misses) as
 * µs per lookup against a plain Map.get over the same names in the same run, plus the mix's p99.
 */
import { existsSync } from "fs";
import type { Catalogue, Indicator } from "../src/core/types";
import { CatalogueIndex, TargetQuery } from "../src/core/lookup/index";
import { BUNDLED_CATALOGUE, readCatalogueFile } from "../src/node/readCatalogue";
import { row, type BenchRow } from "./row";
import { sealCatalogue } from "../src/catalogue/hash";

const PREFIXES = [
  "省级", "国家级", "市级", "县级", "高新技术", "数字", "绿色", "农村", "城镇", "现代", "重点", "新型", "智能", "海洋",
  "生态", "文化", "科技型", "专精特新", "小微", "规模以上", "战略性新兴", "先进制造", "公共", "社区", "基层", "跨境",
  "外贸", "健康", "养老", "教育", "职业", "乡村", "旅游", "物流", "能源", "水利", "交通", "住房", "环保", "金融",
];
const OBJECTS = [
  "企业", "基站", "园区", "项目", "学校", "医院", "产业链", "创新中心", "实验室", "平台", "基地", "工厂", "示范区", "小镇",
  "街区", "公路", "铁路", "港口", "机场", "电站", "充电桩", "管网", "保障房", "床位", "人才", "专利", "品牌", "标准",
  "产品", "服务站", "合作社", "家庭农场", "景区", "市场主体", "孵化器", "众创空间", "数据中心", "网点", "站点", "驿站",
  "书屋", "体育场地", "公园", "绿道", "林地", "湿地", "耕地", "污水处理厂", "垃圾处理设施", "应急避难场所",
];
/** Each suffix with the synonym an alias uses. */
const SUFFIXES: ReadonlyArray<[string, string]> = [
  ["数", "个数"], ["数量", "总数"], ["建成数", "建成数量"], ["新增数", "新增数量"], ["覆盖率", "覆盖比例"], ["增长率", "增速"],
  ["投资额", "投资"], ["面积", "总面积"], ["占比", "比重"], ["总量", "规模总量"], ["产值", "总产值"], ["规模", "总规模"],
];
const REGIONS = ["浙江省", "江苏省", "广东省", "山东省", "河南省", "四川省", "湖北省", "宁夏回族自治区", "嘉兴市", "杭州市"];
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const NAMES = 20_000;
const ENTRIES_PER_NAME = 5;
const LOOKUPS = 100_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same catalogue. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What every synthetic entry shares: a plain count of 个 from one document, no actuals, no conflicts. */
const PLAIN_COUNT = {
  unit: "个", valueMax: null, qualifier: "exact", kind: "count", baseline: null, baseYear: null, attribute: null,
  sources: [{ doc: "synthetic.txt", quote: "", offset: 0 }], actuals: [], conflict: [],
} as const satisfies Partial<Indicator>;

export function syntheticCatalogue(): Catalogue {
  const indicators: Indicator[] = [];
  const rand = random(42);
  for (let n = 0; n < NAMES; n++) {
    const prefix = PREFIXES[n % PREFIXES.length];
    const object = OBJECTS[Math.floor(n / PREFIXES.length) % OBJECTS.length];
    const [suffix, synonym] = SUFFIXES[Math.floor(n / (PREFIXES.length * OBJECTS.length)) % SUFFIXES.length];
    const used = new Set<string>();
    while (used.size < ENTRIES_PER_NAME) {
      const region = REGIONS[Math.floor(rand() * REGIONS.length)];
      const year = YEARS[Math.floor(rand() * YEARS.length)];
      const key = `${region}${year}`;
      if (used.has(key)) continue;
      used.add(key);
      indicators.push({
        id: `syn-${n}-${used.size}`,
        name: `${prefix}${object}${suffix}`,
        aliases: [`${prefix}${object}${synonym}`],
        region,
        year,
        value: Math.round(rand() * 10000) / 10,
        ...PLAIN_COUNT,
      });
    }
  }
  const documents = [{ id: "synthetic", file: "synthetic.txt", title: "synthetic", region: "浙江省", year: 2020, kind: "plan" as const }];
  return sealCatalogue(documents, indicators, "synthetic");
}

type Kind = "exact" | "alias" | "spelling" | "fuzzy" | "miss";

/** The mix: half exact names, a quarter aliases, 5 % other spellings, 10 % fuzzy, 10 % misses. */
function queryMix(catalogue: Catalogue): Array<{ kind: Kind; query: TargetQuery }> {
  const rand = random(7);
  const pick = () => catalogue.indicators[Math.floor(rand() * catalogue.indicators.length)];
  const mix: Array<{ kind: Kind; query: TargetQuery }> = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const r = rand();
    const target = pick();
    const where = { year: target.year, region: target.region };
    if (r < 0.5) mix.push({ kind: "exact", query: { name: target.name, ...where } });
    else if (r < 0.75) mix.push({ kind: "alias", query: { name: target.aliases[0], ...where } });
    else if (r < 0.8) mix.push({ kind: "spelling", query: { name: ` ${target.name} `, year: `${target.year}年`, region: target.region.slice(0, 2) } });
    else if (r < 0.9) mix.push({ kind: "fuzzy", query: { name: `${target.region}${target.name}情况`, ...where } });
    else mix.push({ kind: "miss", query: { name: `航天发射${i % 97}次数`, ...where } });
  }
  return mix;
}

const now = () => process.hrtime.bigint();

/** µs per item of one pass over `items`. */
function pass<T>(items: readonly T[], f: (item: T) => unknown): number {
  let hits = 0;
  const t0 = now();
  for (const item of items) if (f(item)) hits++;
  const us = Number(now() - t0) / 1e3 / items.length;
  if (hits < 0) throw new Error("unreachable");
  return us;
}

/**
 * Best of `rounds` passes of the subject and of its baseline, interleaved so that load from other
 * processes weighs on both alike; in µs per item.
 */
function perItem<T>(items: readonly T[], rounds: number, subject: (item: T) => unknown, baseline?: (item: T) => unknown): [number, number | null] {
  let best = Infinity;
  let base = Infinity;
  for (let r = 0; r < rounds; r++) {
    best = Math.min(best, pass(items, subject));
    if (baseline) base = Math.min(base, pass(items, baseline));
  }
  return [best, baseline ? base : null];
}

function buildMs(catalogue: Catalogue, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    new CatalogueIndex(catalogue);
    best = Math.min(best, Number(now() - t0) / 1e6);
  }
  return best;
}

function p99(index: CatalogueIndex, mix: ReadonlyArray<{ query: TargetQuery }>): number {
  const times = new Float64Array(mix.length);
  mix.forEach(({ query }, i) => {
    const t0 = now();
    index.lookup(query);
    times[i] = Number(now() - t0) / 1e3;
  });
  times.sort();
  return times[Math.floor(times.length * 0.99)];
}

export async function benchLookup(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  if (existsSync(BUNDLED_CATALOGUE)) {
    const bundled = readCatalogueFile(BUNDLED_CATALOGUE);
    rows.push(row(`lookup: index build, bundled catalogue (${bundled.indicators.length} indicators)`, buildMs(bundled, 20), "ms", null));
  }
  const catalogue = syntheticCatalogue();
  rows.push(row(`lookup: index build, synthetic catalogue (${catalogue.indicators.length} indicators)`, buildMs(catalogue, 3), "ms", null));

  const index = new CatalogueIndex(catalogue);
  const mix = queryMix(catalogue);
  const byName = new Map(catalogue.indicators.map((i) => [i.name, i]));
  for (const i of catalogue.indicators) for (const a of i.aliases) byName.set(a, i);
  const mapGet = ({ query }: { query: TargetQuery }) => byName.get(query.name);
  const lookup = ({ query }: { query: TargetQuery }) => index.lookup(query).ok;
  const of = (kind: Kind) => mix.filter((m) => m.kind === kind);
  const timed = (name: string, [value, baseline]: [number, number | null]) => row(name, value, "µs", baseline);

  for (const kind of ["exact", "alias"] as const) {
    const items = of(kind);
    rows.push(timed(`lookup: ${kind} name, ${items.length} lookups (baseline: Map.get)`, perItem(items, 9, lookup, mapGet)));
  }
  for (const kind of ["spelling", "fuzzy", "miss"] as const) {
    rows.push(timed(`lookup: ${kind}, ${of(kind).length} lookups`, perItem(of(kind), 3, lookup)));
  }
  rows.push(timed(`lookup: mix of ${mix.length} (baseline: Map.get)`, perItem(mix, 3, lookup, mapGet)));
  rows.push(row(`lookup: p99 of the mix of ${mix.length}`, p99(index, mix), "µs", null));
  return rows;
}
