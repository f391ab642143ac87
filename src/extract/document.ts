/**
 * What a document is, before its body is read: title, region, the default year of its
 * targets and its genre. Explicit metadata wins field by field; the text's title lines
 * fill what metadata lacks.
 */
import type { DocKind, DocumentInfo } from "../core/types";
import { parseNumberAt } from "./numbers";
import type { DocumentMeta } from "./types";

/** Provincial-level divisions, full names: a body that names one often enough says where it is from. */
const PROVINCES = [
  "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
  "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
  "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
  "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
];

/** Lines of site chrome that come before a web page's title. */
const CLUTTER = /^(当前位置|您的位置|您现在的位置|首页|主页|朗读|打印|字号|分享|来源|发布日期|发布时间|浏览次数)|>|›|»/;

/** A title names its genre; a body paragraph is long and punctuated. */
const TITLE_GENRE = /政府工作报告|计划|规划|纲要|讲话|(?:完成|进展|推进|落实|执行|进度)情况|通知|报告|意见|方案/;

/** Title lines are looked for among the first few meaningful lines only. */
const TITLE_SEARCH_LINES = 4;

/** The region a title starts with (after 关于): 浙江省, 嘉兴市, 宁夏回族自治区, 海曙区…, followed by its issuer or subject. */
const TITLE_REGION =
  /^(?:关于)?([\u4e00-\u9fa5]{2,10}?(?:特别行政区|自治区|自治州|省|市|州|盟|县|区))(?=人民政府|政府|关于|国民经济|\d|[〇一二三四五六七八九十]{4}年|第|“|"|《)/;

/** …or names it after the year: 关于下达2020年浙江省国民经济和社会发展计划. */
const TITLE_REGION_AFTER_YEAR =
  /年([\u4e00-\u9fa5]{2,10}?(?:特别行政区|自治区|自治州|省|市|州|盟|县|区))(?=国民经济|政府工作报告|[\u4e00-\u9fa5]*(?:规划|计划|纲要))/;

/**
 * Genre from the title. Progress reports name how far a plan or report has got (完成情况, 推进情况,
 * 计划执行情况), so they are tested before the genre they report on; a title that also brings the
 * next plan's draft (计划执行情况与2020年计划草案) is that plan.
 */
const KIND_RULES: ReadonlyArray<[RegExp, DocKind]> = [
  [/^(?!.*草案).*(?:完成|进展|推进|落实|执行|进度)情况/, "progress"],
  [/讲话/, "speech"],
  [/五年规划|规划纲要|纲要|规划/, "outline"],
  [/计划/, "plan"],
  [/政府工作报告/, "work_report"],
];

/** Conflict ranking of a genre (plan/outline/work_report > progress > speech > other) lives with the catalogue types. */
export { docKindRank } from "../core/docRank";

/** Chinese titles need no spaces; web text puts them around numbers ("下达 2020 年"). */
function compact(line: string): string {
  return line.replace(/\s+/g, "");
}

/** The title line, if one of the first meaningful lines is one. */
export function findTitle(text: string): string | null {
  let seen = 0;
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf("\n", at);
    const end = next < 0 ? text.length : next;
    const line = compact(text.slice(at, end));
    at = end + 1;
    if (!line || CLUTTER.test(line)) continue;
    if (line.length <= 80 && TITLE_GENRE.test(line) && !/[，,。；;]/.test(line)) return line;
    if (++seen >= TITLE_SEARCH_LINES) break;
  }
  return null;
}

/** Final year of the N-th five-year plan: 十三五 → 2020, 十四五 → 2025 (the 3rd plan ended in 1970). */
function fiveYearPlanEnd(n: number): number {
  return 1970 + 5 * (n - 3);
}

/** A year written with digits (2020年) or digit by digit (二〇二〇年). */
function yearsIn(title: string): number[] {
  const years: number[] = [];
  for (const m of title.matchAll(/(\d{4}|[〇零一二三四五六七八九]{4})年/g)) {
    const n = parseNumberAt(m[1], 0);
    if (n && n.value >= 1949 && n.value <= 2100) years.push(n.value);
  }
  return years;
}

/** The default target year a title announces. */
function titleYear(title: string, kind: DocKind | null): number | null {
  const plan = /第([一二三四五六七八九十]+)个五年|[“"]([一二三四五六七八九十]+)五[”"]|([一二三四五六七八九十]+)五(?:规划|时期)/.exec(title);
  if (plan && kind === "outline") {
    const n = parseNumberAt(plan[1] ?? plan[2] ?? plan[3], 0);
    if (n) return fiveYearPlanEnd(n.value);
  }
  const range = /(\d{4})\s*[-—–~至到]\s*(\d{4})年/.exec(title);
  if (range) return Number(range[2]);
  const years = yearsIn(title);
  if (years.length === 0) return null;
  // "关于2019年计划执行情况与2020年计划草案": a plan's year is the last one named.
  return kind === "plan" ? years[years.length - 1] : years[0];
}

function titleKind(title: string): DocKind | null {
  for (const [pattern, kind] of KIND_RULES) if (pattern.test(title)) return kind;
  return null;
}

/** How far into the body a province is looked for: a document says where it is from early. */
const BODY_REGION_CHARS = 50_000;

/** The province the body names most often (a progress report's title may name none). */
function bodyRegion(whole: string): string | null {
  const text = whole.slice(0, BODY_REGION_CHARS);
  let best: string | null = null;
  let bestCount = 0;
  for (const province of PROVINCES) {
    let count = 0;
    for (let i = text.indexOf(province); i >= 0; i = text.indexOf(province, i + province.length)) count++;
    if (count > bestCount) {
      best = province;
      bestCount = count;
    }
  }
  return best;
}

function fileId(file: string): string {
  const base = file.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function titleRegion(title: string): string | null {
  return (TITLE_REGION.exec(title) ?? TITLE_REGION_AFTER_YEAR.exec(title))?.[1] ?? null;
}

function missingFieldsError(file: string, noRegion: boolean, noYear: boolean): Error {
  const zh = [noRegion ? "地区" : "", noYear ? "年份" : ""].filter(Boolean).join("和");
  const en = [noRegion ? "region" : "", noYear ? "year" : ""].filter(Boolean).join(" and ");
  const flags = [noRegion ? "--region" : "", noYear ? "--year" : ""].filter(Boolean).join(" ");
  return new Error(
    `无法从 ${file} 的标题或元数据判断${zh}，请用 ${flags} 指定。` +
      ` Cannot tell the ${en} of ${file} from its title or metadata; pass ${flags}.`,
  );
}

export function inferDocument(text: string, meta: DocumentMeta): DocumentInfo {
  const title = findTitle(text);
  const kind = meta.kind ?? (title ? titleKind(title) : null) ?? "other";
  const region = meta.region ?? (title ? titleRegion(title) : null) ?? bodyRegion(text);
  const year = meta.year ?? (title ? titleYear(title, kind) : null);
  if (!region || year === null) throw missingFieldsError(meta.file, !region, year === null);
  return {
    id: fileId(meta.file),
    file: meta.file,
    title: meta.title ?? title ?? fileId(meta.file),
    region,
    year,
    kind,
  };
}
