/**
 * Indicator tables flattened one cell per line (专栏 / 表 of an outline or plan): found by their
 * header (指标 with year, 年均/累计 and 属性 columns), rebuilt row by row into targets, and, for
 * completion tables (规划目标 / 完成情况), into the actuals that answer them.
 */
import type { TargetKind } from "../../core/types";
import type { ParseContext, RawActual, RawTarget } from "../types";
import { alignRow, isRateCell, partnerOf } from "./align";
import { type Cell, type ValueCell, cellsOf } from "./cells";
import { type Slot, type TableHeader, isNameHeader, readHeader } from "./header";
import { type Item, type TableRow, readRows } from "./rows";

export interface StructuredPart {
  targets: RawTarget[];
  /** targetIndex points into this part's `targets`. */
  actuals: RawActual[];
  claimed: Array<{ start: number; end: number }>;
}

const CAPTION = /^(?:专栏|附表|表)\s*[\d一二三四五六七八九十]|主要指标|指标体系/;
const NOTE = /^注(?:[:：释\s（(]|$)/;
const NOTE_ITEM = /^[（(]?\d+[)）.、．]/;
const HEADING = /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十百]+[章节篇部]/;

/** A line that cannot belong to a table body: prose, a heading, a note, the next caption or header. */
function endsTable(line: string): boolean {
  return line.includes("。") || line.length > 60 || NOTE.test(line) || HEADING.test(line) || CAPTION.test(line) || isNameHeader(line);
}

/** A line holding only 指标 (指 标, 主要指标, 指标名称): where a table header may stand. */
const NAME_LINE = /^[^\S\n]*(?:主要|具体)?指[^\S\n]*标(?:名称)?(?:[(（]单位[)）])?[^\S\n]*$/gm;
/** The header cells before 指标 (类别, 序号) and the caption stand within these many lines above it… */
const LINES_ABOVE = 16;
/** …and the rest of the header within these many lines below it (empty lines count). */
const LINES_BELOW = 60;

/** Start of the line `count` lines above the line starting at `at`, not before `floor`. */
function linesAbove(text: string, at: number, count: number, floor: number): number {
  let from = at;
  for (let k = 0; k < count && from > floor; k++) from = Math.max(floor, text.lastIndexOf("\n", from - 2) + 1);
  return from;
}

/** Start of the line `count` lines below the line starting at `at` (the text's end at the latest). */
function linesBelow(text: string, at: number, count: number): number {
  let to = at;
  for (let k = 0; k < count && to < text.length; k++) {
    const nl = text.indexOf("\n", to);
    to = nl < 0 ? text.length : nl + 1;
  }
  return to;
}

/** The trimmed line starting at `at`, and where it ends. */
function lineAt(text: string, at: number): { line: string; end: number } {
  const nl = text.indexOf("\n", at);
  const end = nl < 0 ? text.length : nl;
  return { line: text.slice(at, end).trim(), end };
}

/** Where the body ends (start of the first line that cannot be in it) and where the claim ends (after the notes). */
function tableEnd(text: string, from: number): { body: number; claim: number } {
  let at = from;
  let line = lineAt(text, at);
  while (at < text.length && !(line.line && endsTable(line.line))) {
    at = line.end + 1;
    line = lineAt(text, at);
  }
  const body = Math.min(at, text.length);
  if (body === text.length || !NOTE.test(line.line)) return { body, claim: body };
  let claim = line.end;
  for (at = line.end + 1; at < text.length; at = line.end + 1) {
    line = lineAt(text, at);
    if (line.line && !NOTE_ITEM.test(line.line)) break;
    if (line.line) claim = line.end;
  }
  return { body, claim };
}

function levelKind(subject: string, unit: string): TargetKind {
  if (unit === "%") {
    if (/增长|增速/.test(subject)) return "growth_rate";
    if (/降低|下降|减少|削减/.test(subject)) return "reduction";
    return "share";
  }
  // 万元/人, 人/亿元 are per-capita or per-output; 微克/立方米 is a concentration, a level.
  const perUnit = /\/(?:[万千百]?人|[万亿]?元|户)$|^(?:人|[万亿]?元)\//.test(unit) || /^(?:人均|每[十百千万]|万元|亿元|单位)/.test(subject);
  // 人均预期寿命 is a lifespan, not a per-capita quantity.
  if (perUnit && !/^[年岁]$/.test(unit)) return "ratio";
  // 城镇新增就业(万人) counts what the year adds; 新增劳动力平均受教育年限 is an average, a level.
  return /新增|新建/.test(subject) && !/平均|年限/.test(subject) && !/^[年岁]$/.test(unit) ? "increment" : "level";
}

interface Figure {
  kind: TargetKind;
  unit: string;
  verb: string;
}

/** What a cell in a column measures. */
function figureOf(row: TableRow, slot: Slot, item: Item & { value: ValueCell }): Figure {
  if (slot.measure === "level" && !isRateCell(item, row.unit)) return { kind: levelKind(row.subject, row.unit), unit: row.unit, verb: "" };
  if (item.value.bracketed) return { kind: "cumulative", unit: item.value.percent ? "%" : row.unit || "%", verb: "累计" };
  const falling = /降低|下降|减少|削减/.test(row.subject);
  return { kind: falling ? "reduction" : "growth_rate", unit: "%", verb: falling ? "年均下降" : "年均增长" };
}

function hasValue(item: Item | undefined): item is Item & { value: ValueCell } {
  return item !== undefined && item.value !== null;
}

function addRow(ctx: ParseContext, header: TableHeader, row: TableRow, out: StructuredPart): void {
  const placed = alignRow(row.items, header.slots, row.unit);
  if (!placed) return;
  const at = new Map<number, Item>(placed.map((s, j) => [s, row.items[j]]));
  const baseSlot = header.slots.findIndex((s) => s.role === "base" && s.measure === "level");
  const base = at.get(baseSlot);
  // A figure's quote runs from the row's name through its own cell, so that it states what it quotes.
  const quoteTo = (item: Item) => ctx.text.slice(row.nameStart, item.cell.end);
  placed.forEach((s, j) => {
    const slot = header.slots[s];
    const item = row.items[j];
    if (slot.role !== "target" || !hasValue(item)) return;
    const figure = figureOf(row, slot, item);
    // The base cell is in the row's unit: a baseline of any target in that unit (2.0 beside a 5% growth
    // target in a 增长(%) row, 48.6 beside 〔4.4〕 points), of none in another (a 年均 % beside 亿元).
    const comparable = figure.unit === row.unit;
    const year = slot.year ?? ctx.year;
    out.targets.push({
      subject: row.subject,
      verb: figure.verb,
      year,
      value: item.value.value,
      unit: figure.unit,
      valueMax: item.value.valueMax,
      qualifier: item.value.qualifier,
      kind: figure.kind,
      baseline: hasValue(base) && comparable ? base.value.value : null,
      baseYear: baseSlot >= 0 ? header.slots[baseSlot].year : null,
      attribute: row.attribute,
      quote: quoteTo(item),
      offset: row.nameStart,
    });
    const partner = partnerOf(header.slots, s);
    const answer = at.get(partner);
    if (!hasValue(answer)) return;
    out.actuals.push({
      subject: row.subject,
      value: answer.value.value,
      unit: figureOf(row, header.slots[partner], answer).unit,
      asOf: String(header.slots[partner].year ?? year),
      quote: quoteTo(answer),
      offset: row.nameStart,
      targetIndex: out.targets.length - 1,
    });
  });
}

/** The caption just above a header (专栏 1…), skipping empty cells. */
function captionStart(cells: Cell[], headerStart: number): number | null {
  for (let i = headerStart - 1; i >= 0 && i >= headerStart - 3; i--) {
    if (cells[i].text === "") continue;
    return CAPTION.test(cells[i].text) ? cells[i].start : null;
  }
  return null;
}

/**
 * cellsOf(text, from, to) given the cells of [from, windowEnd), windowEnd a line start: the window's
 * lines are not cut again. `to` is a line's start or end, so no cell of the window straddles it.
 */
function extendedCells(text: string, window: Cell[], windowEnd: number, to: number): Cell[] {
  if (to > windowEnd) return window.concat(cellsOf(text, windowEnd, to));
  let n = window.length;
  while (n > 0 && window[n - 1].start >= to) n--;
  return n === window.length ? window : window.slice(0, n);
}

export function extractTables(ctx: ParseContext): StructuredPart {
  const { text } = ctx;
  const out: StructuredPart = { targets: [], actuals: [], claimed: [] };
  let consumed = 0;
  for (const m of text.matchAll(NAME_LINE)) {
    const nameLine = m.index ?? 0;
    if (nameLine < consumed) continue;
    // The header first, in a window of bounded size: a stray 指标 line costs no more than that.
    const from = linesAbove(text, nameLine, LINES_ABOVE, consumed);
    const windowEnd = linesBelow(text, nameLine, LINES_BELOW);
    const window = cellsOf(text, from, windowEnd);
    if (!readHeader(window, window.findIndex((c) => c.start >= nameLine), ctx.year)) continue;
    const end = tableEnd(text, linesBelow(text, nameLine, 1));
    const cells = extendedCells(text, window, windowEnd, end.claim);
    const header = readHeader(cells, cells.findIndex((c) => c.start >= nameLine), ctx.year);
    if (!header) continue;
    let bodyEnd = header.end;
    while (bodyEnd < cells.length && cells[bodyEnd].start < end.body) bodyEnd++;
    for (const row of readRows(cells, header, bodyEnd)) addRow(ctx, header, row, out);
    const last = cells[cells.length - 1];
    out.claimed.push({ start: captionStart(cells, header.start) ?? cells[header.start].start, end: last.end });
    consumed = last.end;
  }
  return out;
}
