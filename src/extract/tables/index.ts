/**
 * Indicator tables flattened one cell per line (专栏 / 表 of an outline or plan): found by their
 * header (指标 with year, 年均/累计 and 属性 columns), rebuilt row by row into targets, and, for
 * completion tables (规划目标 / 完成情况), into the actuals that answer them.
 */
import type { TargetKind } from "../../core/types";
import { charClasses } from "../segment";
import type { ReportedFigure } from "../progress/figures";
import type { ParseContext, RawActual, RawTarget } from "../types";
import { alignRow, isRateCell, partnerOf } from "./align";
import { type Cell, type ValueCell, cellsOf, isGroupHeading, lineCell, parseValueCell } from "./cells";
import { type Slot, type TableHeader, isNameHeader, readHeader } from "./header";
import { lineMatches, linePattern } from "./lineSearch";
import { type Item, type TableRow, readRows } from "./rows";

export interface StructuredPart {
  targets: RawTarget[];
  /** targetIndex points into this part's `targets`. */
  actuals: RawActual[];
  claimed: Array<{ start: number; end: number }>;
}

/** A figure a past year's results column reports (2019年完成 | 增长), for that year's targets stated elsewhere. */
export interface TableResult {
  year: number;
  figure: ReportedFigure;
}

export interface TablePart extends StructuredPart {
  results: TableResult[];
}

const CAPTION = /^(?:专栏|附表|表)\s*[\d一二三四五六七八九十]|主要指标|指标体系/;
const NOTE = /^注(?:[:：释\s（(]|$)/;
const NOTE_ITEM = /^[（(]?\d+[)）.、．]/;
const HEADING = /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十百]+[章节篇部]/;
/** How many cells after a group heading its first row's first figure may stand (name, unit, a dash). */
const GROUP_REACH = 4;

/** What a NOTE, HEADING or CAPTION line opens with; a caption may instead hold 指标, like a name header. */
const MARK_FIRST = charClasses([["注一二三四五六七八九十（(第专附表", 1]]);

const FULL_STOP = "。".charCodeAt(0);
const BIAO = "标".charCodeAt(0);

/** A line that cannot belong to a table body: prose, a heading, a note, the next caption or header. */
function endsTable(line: string): boolean {
  if (line.length > 60) return true;
  // One pass over the char codes (every line of a table is asked): a full stop ends the body, and a
  // line without 标 is neither a caption naming 指标 nor a name header.
  let biao = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === FULL_STOP) return true;
    if (c === BIAO) biao = true;
  }
  // Most cells open with none of MARK_FIRST and hold no 标: no regex runs on them.
  if (MARK_FIRST[line.charCodeAt(0)] === 1 && (NOTE.test(line) || HEADING.test(line) || CAPTION.test(line))) return true;
  return biao && (CAPTION.test(line) || isNameHeader(line));
}

/** A line holding only 指标 (指 标, 主要指标, 指标名称): where a table header may stand. */
const NAME_LINE = linePattern(/^[^\S\n]*(?:主要|具体)?指[^\S\n]*标(?:名称)?(?:[(（]单位[)）])?[^\S\n]*$/my, "指", "主要具体");
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

/**
 * The table's cells: the window's, then those of the lines after it (each cut once), through the
 * body and the notes after it (注：, then numbered items). The body is looked for from
 * cells[bodyFrom] on; it ends before the first cell that cannot belong to it, at cells[bodyEnd], or
 * at the text's end, before a last line of spaces with no line break after it (its empty cell
 * starts there): that line is claimed only when it lies past the window.
 */
function tableCells(text: string, window: Cell[], windowEnd: number, bodyFrom: number): { cells: Cell[]; bodyEnd: number } {
  const cells = window.slice();
  let next = windowEnd; // the first line not cut yet
  const cellAt = (i: number): Cell | undefined => {
    while (cells.length <= i && next < text.length) {
      const nl = text.indexOf("\n", next);
      const lineEnd = nl < 0 ? text.length : nl;
      const cell = lineCell(text, next, lineEnd);
      if (cell) cells.push(cell);
      next = lineEnd + 1;
    }
    return cells[i];
  };
  // a group heading (一、水安全保障) stays in the body when a row's figures follow it
  const figuresFollow = (i: number): boolean => {
    for (let k = i + 1; k <= i + GROUP_REACH && cellAt(k); k++) {
      const t = cells[k].text;
      if (t && parseValueCell(t)) return true;
      if (t && endsTable(t)) return false;
    }
    return false;
  };
  const inBody = (i: number) => {
    const { start, text: t } = cells[i];
    return start < text.length && (!t || !endsTable(t) || (isGroupHeading(t) && figuresFollow(i)));
  };
  let bodyEnd = bodyFrom;
  while (cellAt(bodyEnd) && inBody(bodyEnd)) bodyEnd++;
  const after = cells[bodyEnd];
  let claimed = bodyEnd; // cells[0, claimed) are the table's
  if (after && NOTE.test(after.text)) {
    claimed = bodyEnd + 1;
    for (let i = claimed; cellAt(i) && (cells[i].text === "" || NOTE_ITEM.test(cells[i].text)); i++) {
      if (cells[i].text) claimed = i + 1;
    }
  } else if (after && after.start === text.length && bodyEnd >= window.length) {
    claimed = bodyEnd + 1;
  }
  cells.length = claimed;
  return { cells, bodyEnd };
}

/** A row whose name says its figure rises or falls (地区生产总值增长, 能耗降低). */
const RISING_ROW = /增长|增速|增幅|涨幅/;
const FALLING_ROW = /降低|下降|减少|削减/;

function levelKind(subject: string, unit: string): TargetKind {
  if (unit === "%") {
    if (/增长|增速/.test(subject)) return "growth_rate";
    if (FALLING_ROW.test(subject)) return "reduction";
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
  /** -5左右 in a 比上年±% column is a fall of 5: the figure is stated without its sign. */
  negated: boolean;
}

/** What a cell in a column measures. */
function figureOf(row: TableRow, slot: Slot, item: Item & { value: ValueCell }): Figure {
  if (slot.measure === "level" && !isRateCell(item, row.unit)) return { kind: levelKind(row.subject, row.unit), unit: row.unit, verb: "", negated: false };
  if (item.value.bracketed) return { kind: "cumulative", unit: item.value.percent ? "%" : row.unit || "%", verb: "累计", negated: false };
  const negated = slot.measure === "growth" && item.value.value < 0;
  const falling = negated || FALLING_ROW.test(row.subject);
  const over = slot.measure === "growth" ? "" : "年均"; // 增长（%）: over the year before; 年均: a yearly average
  return { kind: falling ? "reduction" : "growth_rate", unit: "%", verb: `${over}${falling ? "下降" : "增长"}`, negated };
}

function hasValue(item: Item | undefined): item is Item & { value: ValueCell } {
  return item !== undefined && item.value !== null;
}

/** A results column's cell as a reported figure: the row's name through the cell is what it speaks of. */
function resultOf(row: TableRow, slot: Slot, item: Item & { value: ValueCell }): TableResult {
  // the cell alone is the figure's item (a row's level and growth are two results), its row's name the context
  const cell = { start: item.cell.start, end: item.cell.end };
  const growth = slot.measure !== "level";
  // a row measured in % whose name says it changes (地区生产总值增长, 能耗下降) states a change in its level column too
  const change = growth ? "rise" : row.unit !== "%" ? null : FALLING_ROW.test(row.subject) ? "fall" : RISING_ROW.test(row.subject) ? "rise" : null;
  return {
    year: slot.year!,
    figure: {
      value: item.value.value,
      unit: growth ? "%" : row.unit || null,
      at: item.cell.start,
      item: cell,
      clause: cell,
      context: { start: row.nameStart, end: item.cell.end },
      change,
      sentenceStart: row.nameStart,
    },
  };
}

function addRow(ctx: ParseContext, header: TableHeader, row: TableRow, out: TablePart): void {
  const placed = alignRow(row.items, header.slots, row.unit);
  if (!placed) return;
  const itemIn = (slot: number): Item | undefined => row.items[placed.indexOf(slot)];
  const baseSlot = header.slots.findIndex((s) => s.role === "base" && s.measure === "level");
  const base = itemIn(baseSlot);
  // A figure's quote runs from the row's name through its own cell, so that it states what it quotes.
  const quoteTo = (item: Item) => ctx.text.slice(row.nameStart, item.cell.end);
  placed.forEach((s, j) => {
    const slot = header.slots[s];
    const item = row.items[j];
    if (slot.reports && slot.year !== null && hasValue(item)) out.results.push(resultOf(row, slot, item));
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
      value: figure.negated ? -item.value.value : item.value.value,
      unit: figure.unit,
      valueMax: item.value.valueMax === null || !figure.negated ? item.value.valueMax : -item.value.valueMax,
      qualifier: item.value.qualifier,
      kind: figure.kind,
      baseline: hasValue(base) && comparable ? base.value.value : null,
      baseYear: baseSlot >= 0 ? header.slots[baseSlot].year : null,
      attribute: row.attribute,
      quote: quoteTo(item),
      offset: row.nameStart,
    });
    const partner = partnerOf(header.slots, s);
    const answer = itemIn(partner);
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

/**
 * Index of the cell that begins the line starting at `lineStart`, or -1: a 指标 after a lone \r
 * (a line end to the regex, not to the cells) begins none, and the next cell is another line's.
 */
function cellOfLine(text: string, cells: Cell[], lineStart: number): number {
  const i = cells.findIndex((c) => c.start >= lineStart);
  return i >= 0 && text.lastIndexOf("\n", cells[i].start - 1) < lineStart ? i : -1;
}

/** The caption just above a header (专栏 1…), skipping empty cells. */
function captionStart(cells: Cell[], headerStart: number): number | null {
  for (let i = headerStart - 1; i >= 0 && i >= headerStart - 3; i--) {
    if (cells[i].text === "") continue;
    return CAPTION.test(cells[i].text) ? cells[i].start : null;
  }
  return null;
}

export function extractTables(ctx: ParseContext): TablePart {
  const { text } = ctx;
  const out: TablePart = { targets: [], actuals: [], claimed: [], results: [] };
  let consumed = 0;
  for (const nameLine of lineMatches(text, NAME_LINE)) {
    if (nameLine < consumed) continue;
    // The header first, in a window of bounded size: a stray 指标 line costs no more than that.
    const from = linesAbove(text, nameLine, LINES_ABOVE, consumed);
    const windowEnd = linesBelow(text, nameLine, LINES_BELOW);
    const window = cellsOf(text, from, windowEnd);
    const nameCell = cellOfLine(text, window, nameLine);
    const inWindow = nameCell < 0 ? null : readHeader(window, nameCell, ctx.year);
    if (!inWindow) continue;
    // The body is looked for from the line after 指标 on (past the window's cells when none of them follows).
    const nextLine = linesBelow(text, nameLine, 1);
    const afterName = window.findIndex((c) => c.start >= nextLine);
    const { cells, bodyEnd } = tableCells(text, window, windowEnd, afterName < 0 ? window.length : afterName);
    // The cells begin with the window's: a header that stops before the end of both reads the same in each.
    const reread = inWindow.end >= Math.min(window.length, cells.length);
    const header = reread ? readHeader(cells, cellOfLine(text, cells, nameLine), ctx.year) : inWindow;
    if (!header) continue;
    for (const row of readRows(cells, header, Math.max(header.end, bodyEnd))) addRow(ctx, header, row, out);
    const last = cells[cells.length - 1];
    out.claimed.push({ start: captionStart(cells, header.start) ?? cells[header.start].start, end: last.end });
    consumed = last.end;
  }
  return out;
}
