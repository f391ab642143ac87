/**
 * The header of an indicator table, flattened one cell per line, read into value columns.
 * One level: 指标 | 2020年 | 2025年 | 年均/累计 | 属性, or an annual plan's 指标 | 单位 | 2017年实际 |
 * 2018年计划 | 增长（%）. Two levels: 指标 | 2015年 | 规划目标 | 完成情况 | 属性, then the groups'
 * own cells 2020年 | 年均/累计 | 2020年 | 年均/累计.
 */
import type { Cell } from "./cells";

/** What a value column holds. */
export interface Slot {
  role: "base" | "target" | "actual";
  /** level: the figure itself; rate: 年均 growth or 〔〕 cumulative; growth: the year's growth (增长%) of the column before. */
  measure: "level" | "rate" | "growth";
  year: number | null;
  /** A base column that reports the year's results (2019年完成 before 2020年预期): they may answer that year's targets stated elsewhere. */
  reports?: boolean;
}

export interface TableHeader {
  slots: Slot[];
  hasCategory: boolean;
  hasSerial: boolean;
  /** A 单位 column: a dash in it (a coefficient's —) is the row's unit, not a value. */
  hasUnit: boolean;
  /** The 属性 column stands before the figures (指标 | 单位 | 属性 | 2023年完成 | 2024年目标). */
  attributeFirst: boolean;
  /** Index (into the cells) of the first cell after the header. */
  end: number;
  /** Index of the header's first cell. */
  start: number;
}

type HeaderCell =
  | { type: "category" | "serial" | "name" | "unit" | "attr" | "blank" }
  /** A column of figures; year null for a base without one (基期值). */
  | { type: "year"; year: number | null; role: Slot["role"] | null; final: boolean }
  | { type: "rate" }
  | { type: "growth" }
  | { type: "group"; role: "target" | "actual" };

/** 指标, 主要指标, 指标名称, 指标名称（单位）. */
const NAME = /^(?:主要)?指标(?:名称)?(?:[(（]单位[)）])?$|^具体指标$/;
/** Words that label a column of figures: 2023年计划目标, 2022年预计完成, 基期值, 执行数. */
const LABEL = "(?:基期|基数|基准|现状|计划|规划|预期|预计|目标|实际|实绩|完成|执行|实现|情况)*(?:值|数)?";
const YEAR = new RegExp(`^(\\d{4})年?度?(${LABEL})$`);
/** A year named relative to the document's: 上年实际, 今年目标. */
const RELATIVE_YEAR = new RegExp(`^(上年|去年|上一年|本年|今年|当年)度?(${LABEL})$`);
const RATE = /^(?:年均|累计|五年累计)[^\d]{0,10}$/;
/** The growth of the year beside it: 增长（%）, 比上年增长%, 增速. */
const GROWTH = /^(?:\d{4}年)?(?:比上年|较上年|同比)?(?:增长|增速|增幅|增长率|增减|±)[(（]?[%％]?[)）]?$/;
/** A label alone heads a group of columns (规划目标 over 2020年 | 年均/累计) or a column of the document's year. */
const GROUP = new RegExp(`^${LABEL}$`);
const BASE_WORDS = /基|现状/;
const TARGET_WORDS = /目标|计划|规划|预期/;
/** 预计 (estimated) is a result not yet final; 预期 (expected) is a target. */
const ACTUAL_WORDS = /实际|实绩|完成|实现|执行|预计/;
/** A result as reported, not estimated. */
const FINAL_WORDS = /^(?!.*预计).*(?:实际|实绩|完成|实现|执行)/;

/** The role a column label names; a result label loses to a target word (计划完成 is planned). */
function roleOf(label: string): Slot["role"] | null {
  if (BASE_WORDS.test(label)) return "base";
  if (TARGET_WORDS.test(label)) return "target";
  return ACTUAL_WORDS.test(label) ? "actual" : null;
}

function classify(text: string, docYear: number): HeaderCell | null {
  const s = text.replace(/\s+/g, "");
  if (s === "") return { type: "blank" };
  if (/^(?:类别|类型|领域|分类)$/.test(s)) return { type: "category" };
  if (/^(?:序号|编号)$/.test(s)) return { type: "serial" };
  if (NAME.test(s)) return { type: "name" };
  if (/^(?:计量)?单位$/.test(s)) return { type: "unit" };
  if (/^(?:指标)?属性$|^性质$/.test(s)) return { type: "attr" };
  const y = YEAR.exec(s);
  if (y) return { type: "year", year: Number(y[1]), role: roleOf(y[2]), final: FINAL_WORDS.test(y[2]) };
  const relative = RELATIVE_YEAR.exec(s);
  if (relative && roleOf(relative[2])) {
    const year = /^(?:上|去)/.test(relative[1]) ? docYear - 1 : docYear;
    return { type: "year", year, role: roleOf(relative[2]), final: FINAL_WORDS.test(relative[2]) };
  }
  if (RATE.test(s)) return { type: "rate" };
  if (GROWTH.test(s)) return { type: "growth" };
  const role = GROUP.test(s) ? roleOf(s) : null;
  if (role === "base") return { type: "year", year: null, role, final: false };
  return role ? { type: "group", role } : null;
}

/** A column of figures: a year's, a 年均/累计 rate or a year's growth. */
function isFigureColumn(c: HeaderCell): boolean {
  return c.type === "year" || c.type === "rate" || c.type === "growth";
}

function measureOf(c: HeaderCell): Slot["measure"] {
  return c.type === "rate" || c.type === "growth" ? c.type : "level";
}

/** Slots of a group: its own year and rate cells. */
function groupSlots(role: "target" | "actual", cells: HeaderCell[], fallbackYear: number | null): Slot[] {
  const year = cells.find((c): c is Extract<HeaderCell, { type: "year" }> => c.type === "year")?.year ?? fallbackYear;
  return cells.map((c) => ({ role, measure: measureOf(c), year }));
}

/**
 * One-level headers: the earliest of several years is the base; a lone year is a base only when it
 * is past. A past year's result beside a later target and none of its own (2022年实际 | 2023年计划目标)
 * is where the plan starts from: the base, not a result, unless another column is the base
 * (2020年基期值 | 2022年实际值 | 2025年目标值 of a mid-term review): then it is progress so far.
 */
function plainSlots(cells: HeaderCell[], docYear: number): Slot[] {
  const years = cells.flatMap((c) => (c.type === "year" && c.year !== null ? [c.year] : []));
  const first = Math.min(...years);
  const targetYear = years.length ? Math.max(...years) : docYear;
  const roles = cells.map((c) => {
    if (c.type !== "year") return "target";
    if (c.role) return c.role;
    return c.year !== null && (years.length > 1 ? c.year === first : c.year < docYear) ? "base" : "target";
  });
  const targetYears = cells.flatMap((c, k) => (c.type === "year" && roles[k] === "target" ? [c.year] : []));
  // a column labelled as the base (基期值, 基数), not only the earliest of several years
  const hasBase = cells.some((c) => c.type === "year" && c.role === "base");
  const slots: Slot[] = [];
  let yearColumn: Slot | null = null; // the latest year column
  cells.forEach((c, k) => {
    if (c.type === "growth") {
      // the growth of the year column before it, in that column's role (a target beside 2018年计划)
      slots.push({ ...(yearColumn ?? { role: "target", year: targetYear }), measure: "growth" });
    } else if (c.type !== "year") slots.push({ role: "target", measure: "rate", year: targetYear });
    else {
      const past = c.year !== null && c.year < targetYear && !targetYears.includes(c.year);
      const start = roles[k] === "actual" && past && !hasBase; // the result the plan starts from
      yearColumn = { role: start ? "base" : roles[k], measure: "level", year: c.year, ...(start && c.final ? { reports: true } : {}) };
      slots.push(yearColumn);
    }
  });
  return slots;
}

function buildSlots(cells: HeaderCell[], docYear: number): Slot[] {
  const groups = cells.flatMap((c) => (c.type === "group" ? [c.role] : []));
  const columns = (list: HeaderCell[]) => list.filter(isFigureColumn);
  if (groups.length === 0) return plainSlots(columns(cells), docYear);
  const firstGroup = cells.findIndex((c) => c.type === "group");
  let lastGroup = cells.length - 1;
  while (cells[lastGroup].type !== "group") lastGroup--;
  const top = columns(cells.slice(0, firstGroup));
  const sub = columns(cells.slice(lastGroup + 1));
  const per = Math.max(1, Math.floor(sub.length / groups.length));
  const topYears = top.flatMap((c) => (c.type === "year" && c.year !== null ? [c.year] : []));
  const slots: Slot[] = top.map((c) => ({
    role: "base",
    measure: measureOf(c),
    year: c.type === "year" ? c.year : null,
  }));
  groups.forEach((role, g) => {
    const own = sub.slice(g * per, (g + 1) * per);
    slots.push(...groupSlots(role, own.length ? own : [{ type: "year", year: docYear, role, final: false }], topYears.length ? null : docYear));
  });
  return slots;
}

/**
 * The header around cells[nameIndex] (a 指标 cell): the run of header cells before and after it.
 * Null unless it names a target column: a table of results or bases alone is left to the prose.
 */
export function readHeader(cells: Cell[], nameIndex: number, docYear: number): TableHeader | null {
  let start = nameIndex;
  while (start > 0 && classify(cells[start - 1].text, docYear)?.type.match(/^(?:category|serial|blank)$/)) start--;
  const found: HeaderCell[] = [];
  let end = start;
  for (; end < cells.length; end++) {
    const c = classify(cells[end].text, docYear);
    if (!c) break;
    found.push(c);
  }
  if (!found.some((c) => isFigureColumn(c) || c.type === "group")) return null;
  const slots = buildSlots(found, docYear);
  if (!slots.some((s) => s.role === "target")) return null;
  return {
    slots,
    hasCategory: found.some((c) => c.type === "category"),
    hasSerial: found.some((c) => c.type === "serial"),
    hasUnit: found.some((c) => c.type === "unit"),
    attributeFirst: attributeBeforeFigures(found),
    start,
    end,
  };
}

function attributeBeforeFigures(cells: HeaderCell[]): boolean {
  const attr = cells.findIndex((c) => c.type === "attr");
  const figure = cells.findIndex((c) => isFigureColumn(c) || c.type === "group");
  return attr >= 0 && attr < figure;
}

export function isNameHeader(text: string): boolean {
  // every name header has 标: other lines are ruled out without a copy
  return text.includes("标") && NAME.test(text.replace(/\s+/g, ""));
}
