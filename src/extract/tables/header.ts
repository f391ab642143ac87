/**
 * The header of an indicator table, flattened one cell per line, read into value columns.
 * One level: 指标 | 2020年 | 2025年 | 年均/累计 | 属性. Two levels: 指标 | 2015年 | 规划目标 |
 * 完成情况 | 属性, then the groups' own cells 2020年 | 年均/累计 | 2020年 | 年均/累计.
 */
import type { Cell } from "./cells";

/** What a value column holds. */
export interface Slot {
  role: "base" | "target" | "actual";
  /** level: the figure itself; rate: 年均 growth or 〔〕 cumulative. */
  measure: "level" | "rate";
  year: number | null;
}

export interface TableHeader {
  slots: Slot[];
  hasCategory: boolean;
  hasSerial: boolean;
  /** Index (into the cells) of the first cell after the header. */
  end: number;
  /** Index of the header's first cell. */
  start: number;
}

type HeaderCell =
  | { type: "category" | "serial" | "name" | "unit" | "attr" | "blank" }
  | { type: "year"; year: number; role: Slot["role"] | null }
  | { type: "rate" }
  | { type: "group"; role: "target" | "actual" };

const NAME = /^(?:主要)?指标(?:名称)?$|^具体指标$/;
const YEAR = /^(\d{4})年?(基数|基期值?|现状值?|目标值?|预期目标|规划目标|规划值|实际值?|完成值?|实现值?)?$/;
const RATE = /^(?:年均|累计|五年累计)[^\d]{0,10}$/;
const GROUP = /^(?:规划目标|目标值?|预期目标|完成情况|实际完成|完成值|实际值?|实现情况|执行情况)$/;
const ACTUAL_WORDS = /实际|完成|实现|执行/;
const BASE_WORDS = /基|现状/;

function classify(text: string): HeaderCell | null {
  const s = text.replace(/\s+/g, "");
  if (s === "") return { type: "blank" };
  if (/^(?:类别|类型|领域|分类)$/.test(s)) return { type: "category" };
  if (/^(?:序号|编号)$/.test(s)) return { type: "serial" };
  if (NAME.test(s)) return { type: "name" };
  if (/^(?:计量)?单位$/.test(s)) return { type: "unit" };
  if (/^(?:指标)?属性$|^性质$/.test(s)) return { type: "attr" };
  const y = YEAR.exec(s);
  if (y) {
    const hint = y[2] ?? "";
    const role = hint === "" ? null : ACTUAL_WORDS.test(hint) ? "actual" : BASE_WORDS.test(hint) ? "base" : "target";
    return { type: "year", year: Number(y[1]), role };
  }
  if (RATE.test(s)) return { type: "rate" };
  if (GROUP.test(s)) return { type: "group", role: ACTUAL_WORDS.test(s) ? "actual" : "target" };
  return null;
}

/** Slots of a group: its own year and rate cells. */
function groupSlots(role: "target" | "actual", cells: HeaderCell[], fallbackYear: number | null): Slot[] {
  const year = cells.find((c): c is Extract<HeaderCell, { type: "year" }> => c.type === "year")?.year ?? fallbackYear;
  return cells.map((c) => ({ role, measure: c.type === "rate" ? "rate" : "level", year }));
}

/** One-level headers: the earliest of several years is the base; a lone year is a base only when it is past. */
function plainSlots(cells: HeaderCell[], docYear: number): Slot[] {
  const years = cells.flatMap((c) => (c.type === "year" ? [c.year] : []));
  const first = Math.min(...years);
  const targetYear = years.length ? Math.max(...years) : docYear;
  return cells.map((c): Slot => {
    if (c.type === "rate") return { role: "target", measure: "rate", year: targetYear };
    const y = c as Extract<HeaderCell, { type: "year" }>;
    const role = y.role ?? ((years.length > 1 ? y.year === first : y.year < docYear) ? "base" : "target");
    return { role, measure: "level", year: y.year };
  });
}

function buildSlots(cells: HeaderCell[], docYear: number): Slot[] {
  const groups = cells.flatMap((c) => (c.type === "group" ? [c.role] : []));
  const columns = (list: HeaderCell[]) => list.filter((c) => c.type === "year" || c.type === "rate");
  if (groups.length === 0) return plainSlots(columns(cells), docYear);
  const firstGroup = cells.findIndex((c) => c.type === "group");
  let lastGroup = cells.length - 1;
  while (cells[lastGroup].type !== "group") lastGroup--;
  const top = columns(cells.slice(0, firstGroup));
  const sub = columns(cells.slice(lastGroup + 1));
  const per = Math.max(1, Math.floor(sub.length / groups.length));
  const topYears = top.flatMap((c) => (c.type === "year" ? [c.year] : []));
  const slots: Slot[] = top.map((c) => ({
    role: "base",
    measure: c.type === "rate" ? "rate" : "level",
    year: c.type === "year" ? c.year : null,
  }));
  groups.forEach((role, g) => {
    const own = sub.slice(g * per, (g + 1) * per);
    slots.push(...groupSlots(role, own.length ? own : [{ type: "year", year: docYear, role }], topYears.length ? null : docYear));
  });
  return slots;
}

/**
 * The header around cells[nameIndex] (a 指标 cell): the run of header cells before and after it.
 * Null unless it names at least one year or rate column.
 */
export function readHeader(cells: Cell[], nameIndex: number, docYear: number): TableHeader | null {
  let start = nameIndex;
  while (start > 0 && classify(cells[start - 1].text)?.type.match(/^(?:category|serial|blank)$/)) start--;
  const found: HeaderCell[] = [];
  let end = start;
  for (; end < cells.length; end++) {
    const c = classify(cells[end].text);
    if (!c) break;
    found.push(c);
  }
  if (!found.some((c) => c.type === "year" || c.type === "rate")) return null;
  return {
    slots: buildSlots(found, docYear),
    hasCategory: found.some((c) => c.type === "category"),
    hasSerial: found.some((c) => c.type === "serial"),
    start,
    end,
  };
}

export function isNameHeader(text: string): boolean {
  return NAME.test(text.replace(/\s+/g, ""));
}
