/**
 * Region names as users type them: 浙江 = 浙江省, 宁夏 = 宁夏回族自治区, 嘉兴 = 嘉兴市, 香港 = 香港特别行政区.
 * Province-level names are listed (their short forms are fixed); below that level a region's short
 * form is its name without the administrative suffix (市, 县, 区, 盟, 自治州…).
 */
import { toHalfWidth } from "./match/normalize";

/** The 34 province-level divisions by their full names. */
export const PROVINCES: readonly string[] = [
  "北京市", "天津市", "上海市", "重庆市",
  "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省",
  "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
  "甘肃省", "青海省", "台湾省",
  "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
  "香港特别行政区", "澳门特别行政区",
];

/** Ethnic groups named in autonomous regions, prefectures and counties (土家 before 土: longest first). */
const ETHNIC =
  "土家|蒙古|朝鲜|哈萨克|柯尔克孜|达斡尔|鄂温克|鄂伦春|塔吉克|布依|哈尼|傈僳|拉祜|纳西|景颇|仫佬|毛南|仡佬|" +
  "撒拉|东乡|保安|裕固|独龙|普米|阿昌|基诺|德昂|布朗|锡伯|回|壮|藏|苗|彝|傣|黎|侗|瑶|白|羌|土|佤|满|畲|水|怒";

/**
 * Administrative suffixes. The ethnic part before 自治区/自治州/自治县 belongs to the suffix:
 * 宁夏回族自治区 → 宁夏, 湘西土家族苗族自治州 → 湘西. The regex finds the leftmost match, so a
 * place name never loses its own characters to an ethnic alternative.
 */
const SUFFIX = new RegExp(
  `(?:(?:(?:${ETHNIC})族)*自治(?:区|州|县|旗)|维吾尔自治区|特别行政区|地区|新区|省|市|县|区|盟|旗)$`,
);

/** The short form two spellings of one region share: 宁夏回族自治区 and 宁夏 both → 宁夏. */
export function regionKey(name: string): string {
  const clean = toHalfWidth(name).replace(/\s+/g, "");
  const short = clean.replace(SUFFIX, "");
  // A name that is nothing but a suffix-like word (市区, 新区) keeps its own spelling.
  return short.length >= 2 ? short : clean;
}

const PROVINCE_BY_KEY = new Map(PROVINCES.map((p) => [regionKey(p), p]));

/** 浙江 → 浙江省, 内蒙古 → 内蒙古自治区; null when the name is not a province-level division. */
export function provinceFullName(name: string): string | null {
  return PROVINCE_BY_KEY.get(regionKey(name)) ?? null;
}

const PROVINCE_ORDER = new Map(PROVINCES.map((p, i) => [p, i]));

/** Province-level regions first, in their usual order, then the rest by pinyin: 浙江省、嘉兴市. */
export function compareRegions(a: string, b: string): number {
  const pa = PROVINCE_ORDER.get(a) ?? PROVINCES.length;
  const pb = PROVINCE_ORDER.get(b) ?? PROVINCES.length;
  return pa - pb || a.localeCompare(b, "zh-CN");
}

export type RegionMatch =
  | { kind: "found"; region: string }
  | { kind: "ambiguous"; regions: string[] }
  | { kind: "unknown"; region: string };

/** Resolves typed region names against the regions a catalogue actually has. */
export class RegionResolver {
  private readonly exact = new Set<string>();
  private readonly byKey = new Map<string, string[]>();

  constructor(regions: Iterable<string>) {
    for (const region of regions) {
      if (this.exact.has(region)) continue;
      this.exact.add(region);
      const key = regionKey(region);
      const list = this.byKey.get(key);
      if (list) list.push(region);
      else this.byKey.set(key, [region]);
    }
  }

  /**
   * The catalogue's spelling of `typed`. A name the catalogue lacks is still given its full
   * province-level form (宁夏 → 宁夏回族自治区) so that messages name it properly.
   */
  resolve(typed: string): RegionMatch {
    if (this.exact.has(typed)) return { kind: "found", region: typed };
    const candidates = this.byKey.get(regionKey(typed));
    if (candidates && candidates.length === 1) return { kind: "found", region: candidates[0] };
    if (candidates) return { kind: "ambiguous", regions: [...candidates] };
    return { kind: "unknown", region: provinceFullName(typed) ?? toHalfWidth(typed).trim() };
  }
}
