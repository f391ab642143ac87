/**
 * What a document is, before its body is read: title, region, the default year of its
 * targets and its genre. Explicit metadata wins field by field; the text's title lines
 * fill what metadata lacks.
 */
import { PROVINCES } from "../core/regions";
import type { DocKind, DocumentInfo } from "../core/types";
import { classifyLine } from "./noise";
import { parseNumberAt } from "./numbers";
import type { DocumentMeta } from "./types";

/** Lines of site chrome that come before a web page's title. */
const CLUTTER = /^(当前位置|您的位置|您现在的位置|首页|主页|朗读|打印|字号|分享|来源|发布日期|发布时间|浏览次数)|>|›|»/;

/** A title names its genre; a body paragraph is long and punctuated. */
const TITLE_GENRE = /政府工作报告|计划|规划|纲要|讲话|(?:完成|进展|推进|落实|执行|进度)情况|通知|报告|意见|方案/;

/** Any title line is looked for among the first few meaningful lines… */
const TITLE_SEARCH_LINES = 4;

/**
 * …and, further down but before the body starts, a line with the whole shape of a formal title
 * (…关于…的通知, …政府工作报告, …计划（草案）): a web page may stack more chrome above its title than
 * the noise rules know.
 */
const FORMAL_TITLE =
  /(?:关于.+的(?:通知|报告|意见|决定|批复|函)|政府工作报告|计划|规划|纲要|(?:完成|进展|推进|落实|执行|进度)情况)(?:[（(]草案[）)])?$/;
/** How many meaningful lines the search for a formal title reads at most. */
const FORMAL_SEARCH_LINES = 30;
const TITLE_LENGTH = 80;
const SENTENCE_MARK = /[，,。；;]/;

/**
 * The region a title starts with (after 关于, 关于印发《…): 浙江省, 嘉兴市, 宁夏回族自治区, 海曙区…,
 * followed by its issuer or subject.
 */
const TITLE_REGION =
  /^(?:关于)?(?:(?:印发|下达|转发|公布|发布)[《“]?)?([\u4e00-\u9fa5]{2,10}?(?:特别行政区|自治区|自治州|省|市|州|盟|县|区))(?=人民政府|政府|关于|国民经济|\d|[〇一二三四五六七八九十]{4}年|第|“|"|《)/;

/** …or names it after the year: 关于下达2020年浙江省国民经济和社会发展计划. */
const TITLE_REGION_AFTER_YEAR =
  /年([\u4e00-\u9fa5]{2,10}?(?:特别行政区|自治区|自治州|省|市|州|盟|县|区))(?=国民经济|政府工作报告|[\u4e00-\u9fa5]*(?:规划|计划|纲要))/;

/**
 * Genre from the title. Progress reports name how far a plan or report has got (完成情况, 推进情况,
 * 计划执行情况), so they are tested before the genre they report on; a title that also brings the
 * next plan's draft (计划执行情况与2020年计划草案) is that plan; a list of the year's work
 * (民生实事项目, 工作要点, 行动方案) is a plan too.
 */
const KIND_RULES: ReadonlyArray<[RegExp, DocKind]> = [
  [/^(?!.*草案).*(?:完成|进展|推进|落实|执行|进度)情况/, "progress"],
  [/讲话/, "speech"],
  [/五年规划|规划纲要|纲要|规划/, "outline"],
  [/计划/, "plan"],
  // a government's own list of the year's work: 重点民生实事项目, 工作要点, 行动方案
  [/实事|工作要点|重点工作|行动方案|实施方案|任务清单/, "plan"],
  [/政府工作报告/, "work_report"],
];

/** Conflict ranking of a genre (plan/outline/work_report > progress > speech > other) lives with the catalogue types. */
export { docKindRank } from "../core/docRank";

/** Chinese titles need no spaces; web text puts them around numbers ("下达 2020 年"). */
function compact(line: string): string {
  return line.replace(/\s+/g, "");
}

/** Lines that may follow a title: its date and meeting (——2024年1月21日在…会议上), the issuer. */
const SUBTITLE_LINES = 2;

interface TitleLines {
  title: string;
  /** The meaningful lines right under the title. */
  below: string[];
}

/** A line that could be a title: short, unpunctuated, naming a genre. */
function titleShaped(line: string): boolean {
  return line.length <= TITLE_LENGTH && TITLE_GENRE.test(line) && !SENTENCE_MARK.test(line);
}

/** A formal title that says where or when its document is from (else finding it far down serves nothing). */
function formalTitle(line: string): boolean {
  return titleShaped(line) && FORMAL_TITLE.test(line) && (titleRegion(line) !== null || yearsIn(line).length > 0);
}

/**
 * The title line, with the lines right under it: one of the first meaningful lines (site chrome
 * the noise rules recognise does not count), or a formal title standing before the first
 * paragraph of the body.
 */
function titleLines(text: string): TitleLines | null {
  let seen = 0;
  let inBody = false;
  let found: TitleLines | null = null;
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf("\n", at);
    const end = next < 0 ? text.length : next;
    const raw = text.slice(at, end).trim();
    const line = compact(raw);
    at = end + 1;
    if (!line) continue;
    if (found) {
      found.below.push(line);
      if (found.below.length >= SUBTITLE_LINES) break;
      continue;
    }
    if (CLUTTER.test(line) || classifyLine(raw) !== null) continue;
    seen++;
    if (seen <= TITLE_SEARCH_LINES ? titleShaped(line) : formalTitle(line)) {
      found = { title: line, below: [] };
      continue;
    }
    inBody ||= isBodyParagraph(line);
    if (seen >= FORMAL_SEARCH_LINES || (seen >= TITLE_SEARCH_LINES && inBody)) break;
  }
  return found;
}

/** A paragraph of the body: the title, if any, stands above it. */
function isBodyParagraph(line: string): boolean {
  return line.length > TITLE_LENGTH || /[。；;]/.test(line);
}

/** The document's title line (see titleLines), or null. */
export function findTitle(text: string): string | null {
  return titleLines(text)?.title ?? null;
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

/**
 * The date line under a title: ——2024年1月21日在湖南省第十四届人民代表大会第二次会议上,
 * （2021年2月3日合肥市第十六届人民代表大会第六次会议批准）, ——在2019年12月全省经济工作会议上的讲话.
 */
const DATE_LINE = /^[—─\-－（(]*(?:在)?((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月/;
/** …which names the meeting or the act it records, or is nothing but the date, and is no sentence of the body. */
const DATE_LINE_EVENT = /会议|大会|人大|通过|批准|讲话|报告|^[^年]*年[^月]*月[\d一二三四五六七八九十]*日?[）)]?$/;
/** The region whose congress met: …在湖南省第十四届人民代表大会…, …日合肥市第十六届…. */
const CONGRESS_REGION =
  /(?:^|[日在（(—])(?!在)([\u4e00-\u9fa5]{2,10}?(?:特别行政区|自治区|自治州|省|市|州|盟|县|区))(?=第?[一二三四五六七八九十]+届|人民代表大会)/;
/** Genres delivered at year end (经济工作会议 in December) that set the targets of the year after. */
const SETS_COMING_YEAR: ReadonlySet<DocKind> = new Set(["speech", "work_report", "plan"]);
const DECEMBER = 12;

function dateLine(below: string[]): RegExpExecArray | null {
  for (const line of below) {
    const m = DATE_LINE.exec(line);
    if (m && DATE_LINE_EVENT.test(line) && !SENTENCE_MARK.test(line)) return m;
  }
  return null;
}

/**
 * The year of a document whose title names none (政府工作报告): the year it was delivered in, or
 * the year after for a December speech or report. A five-year outline is never dated this way: it
 * is approved in the first year of the period its targets end.
 */
function dateLineYear(below: string[], kind: DocKind): number | null {
  const m = kind === "outline" ? null : dateLine(below);
  if (!m) return null;
  const year = parseNumberAt(m[1], 0)?.value;
  if (year === undefined) return null;
  const month = parseNumberAt(m[2], 0)?.value;
  return month === DECEMBER && SETS_COMING_YEAR.has(kind) ? year + 1 : year;
}

/** How far into a document a congress line (…在某市第二十届人民代表大会…) is looked for when its title names no region. */
const CONGRESS_LINE_CHARS = 5_000;

/** The first lines that name a people's congress (——2019年2月20日在府谷县第十八届人民代表大会…), wherever they stand above the body. */
function congressLines(text: string): string[] {
  return text
    .slice(0, CONGRESS_LINE_CHARS)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.includes("人民代表大会"));
}

/** The region whose congress the document was delivered to, named on any of its first lines. */
function congressRegion(lines: string[]): string | null {
  for (const line of lines) {
    const region = CONGRESS_REGION.exec(line)?.[1];
    if (region) return region;
  }
  return null;
}

function dateLineRegion(below: string[]): string | null {
  const line = dateLine(below)?.input;
  return line ? CONGRESS_REGION.exec(line)?.[1] ?? null : null;
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

/** A news site's tag before a headline: 【重磅】, 【聚焦】. */
const HEADLINE_TAG = /^【[^】]{1,6}】/;

function titleRegion(title: string): string | null {
  const bare = title.replace(HEADLINE_TAG, "");
  return (TITLE_REGION.exec(bare) ?? TITLE_REGION_AFTER_YEAR.exec(bare))?.[1] ?? null;
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
  const lines = titleLines(text);
  const title = lines?.title ?? null;
  const below = lines?.below ?? [];
  const kind = meta.kind ?? (title ? titleKind(title) : null) ?? "other";
  // a page's chrome may stand between the title and its date line: then the congress lines tell
  const congress = () => congressLines(text);
  const region = meta.region ?? (title ? titleRegion(title) : null) ?? dateLineRegion(below) ?? congressRegion(congress()) ?? bodyRegion(text);
  const year = meta.year ?? (title ? titleYear(title, kind) : null) ?? dateLineYear(below, kind) ?? dateLineYear(congress(), kind);
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
