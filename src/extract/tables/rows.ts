/**
 * Rebuilding rows from the cells after a table header. A row is written as
 * [category] [row number] name lines [unit] value cells [attribute]; a name may wrap over two
 * lines, a sub-group header (城镇化率(%)) may head the next few rows, and merged cells
 * (a category, a shared attribute) are written once for several rows.
 */
import type { Attribute } from "../../core/types";
import {
  type Cell,
  type ValueCell,
  integerOf,
  isDash,
  isGroupHeading,
  isPlaceholder,
  isTextValue,
  parseAttribute,
  parseValueCell,
  type TrailingUnit,
  trailingUnit,
  wholeUnit,
} from "./cells";
import type { TableHeader } from "./header";

/** A value cell, or an empty / placeholder cell that still fills a column. */
export type Item = { cell: Cell; value: ValueCell } | { cell: Cell; value: null };

export interface TableRow {
  /** The indicator as written, without unit, category or 其中. */
  subject: string;
  unit: string;
  /** Where the first name line starts: the row's quotes run from here through each figure's cell. */
  nameStart: number;
  items: Item[];
  attribute: Attribute | null;
}

interface Pending {
  lines: Cell[];
  items: Item[];
  unit: string | null;
  attribute: Attribute | null;
  /** The row number's cell was seen: text before it was a category. */
  numbered: boolean;
}

interface Group {
  stem: string;
  unit: string;
}

/** A group header naming a class its rows are members of: 主要污染物排放总量减少, 主要农产品产量. */
const CLASS_HEADER = /^主要[\u4e00-\u9fa5]{1,4}?[物品](?=[\u4e00-\u9fa5]{2})/;

/**
 * A row's subject under a group header that says what is measured: 化学需氧量 under
 * 主要污染物排放总量减少 is 化学需氧量排放总量减少 (the row takes the class's place); under any
 * other header the header stays a remark (常住人口(城镇化率)).
 */
function groupedSubject(name: string, stem: string): string {
  const member = CLASS_HEADER.exec(stem);
  return member ? name + stem.slice(member[0].length) : `${name}(${stem})`;
}

/**
 * A 类别 cell: a short phrase at the start of a row (经济发展, 空气质量), or, first on its row, one
 * of five or six characters that ends as only a field's name does (产业数字化, 对外开放发展); a
 * wrapped name's first line may be as long (地级及以上, 公共文化服务 of 公共文化服务设施覆盖率).
 */
function isCategoryLike(text: string, first: boolean): boolean {
  return /^[\u4e00-\u9fa5]{2,4}$/.test(text) || (first && /^[\u4e00-\u9fa5]{5,6}$/.test(text) && FIELD_ENDING.test(text));
}
/** How only the names of fields end: …化, 发展, 驱动, 福祉, 开放, 改革, 生态, 保障. */
const FIELD_ENDING = /(?:化|发展|驱动|福祉|开放|改革|生态|保障)$/;

/** A unit in parentheses standing alone on its line: (万元/人). */
function isUnitLine(unit: TrailingUnit | null): boolean {
  return unit !== null && unit.at === 0;
}

/** What is inferred when a name gives no unit: shares are percentages. */
function impliedUnit(name: string): string {
  return /比重|比例|占比|率$/.test(name) ? "%" : "";
}

/** Splits a row's text lines into its name lines, given the table's categories and the open sub-group. */
class RowBuilder {
  private group: Group | null = null;
  private attribute: Attribute | null = null;
  readonly rows: TableRow[] = [];

  constructor(private readonly hasCategory: boolean) {}

  finish(p: Pending): void {
    const lines = p.lines;
    if (lines.length === 0) return;
    // Each line's unit, read once: the tests below ask about most lines several times.
    const units = lines.map((l) => trailingUnit(l.text));
    // A line closed by a unit and followed by more name lines heads a sub-group.
    let groupAt = -1;
    for (let i = 0; i < lines.length - 1; i++) if (units[i] && !isUnitLine(units[i + 1])) groupAt = i;
    // The name starts on lines[first]: a sub-group header or categories before it are not part of it.
    let first = 0;
    if (groupAt >= 0) {
      const head = units[groupAt]!;
      this.group = { stem: lines[groupAt].text.slice(0, head.at), unit: head.unit };
      first = groupAt + 1;
    } else if (units.some((u) => u !== null) || !this.group) {
      this.group = null;
      if (this.hasCategory && !p.numbered) {
        while (first < lines.length - 1 && isCategoryLike(lines[first].text, first === 0) && !isUnitLine(units[first + 1])) first++;
      }
    }
    if (p.attribute) this.attribute = p.attribute;
    if (p.items.length === 0) return;
    let name = "";
    let nameUnit: string | null = null; // of the last name line closed by a unit
    for (let i = first; i < lines.length; i++) {
      const u = units[i];
      name += u ? lines[i].text.slice(0, u.at) : lines[i].text;
      if (u) nameUnit = u.unit;
    }
    if (name.startsWith("其中")) name = name.replace(/^其中[:：]/, "");
    const ownNameUnit = p.unit ?? nameUnit;
    let unit = ownNameUnit ?? impliedUnit(name);
    let subject = name;
    if (!ownNameUnit && this.group) {
      // 化学需氧量 under 主要污染物排放总量减少(%): the group says what is measured.
      unit = this.group.unit;
      if (!name.includes(this.group.stem)) subject = groupedSubject(name, this.group.stem);
    }
    this.rows.push({
      subject,
      unit,
      nameStart: lines[first].start,
      items: p.items,
      // Merged 属性 cells are written once, on the first row they cover.
      attribute: p.attribute ?? this.attribute,
    });
  }
}

function emptyPending(): Pending {
  return { lines: [], items: [], unit: null, attribute: null, numbered: false };
}

/** What may follow a row number: a name, not the value or attribute of a row whose target equals the next number. */
function opensRow(next: string): boolean {
  return !parseValueCell(next) && !parseAttribute(next);
}

/** The rows of cells[header.end, end). */
export function readRows(cells: Cell[], header: TableHeader, end: number): TableRow[] {
  const builder = new RowBuilder(header.hasCategory);
  let row = emptyPending();
  let nextNumber = 1;
  const started = () => row.items.length > 0 || row.attribute !== null;
  for (let i = header.end; i < end; i++) {
    const cell = cells[i];
    const text = cell.text;
    if (isGroupHeading(text)) {
      // 一、水安全保障 heads the rows after it: it closes the row before and names none
      if (started()) builder.finish(row);
      row = emptyPending();
      continue;
    }
    const attribute = parseAttribute(text);
    if (attribute) {
      row.attribute = attribute;
      continue;
    }
    if (header.hasSerial && integerOf(text) === nextNumber && i + 1 < end && opensRow(cells[i + 1].text)) {
      if (started()) {
        builder.finish(row);
        row = emptyPending();
      }
      row.lines = [];
      row.numbered = true;
      nextNumber++;
      continue;
    }
    const value = text === "" ? null : parseValueCell(text);
    if (header.hasUnit && row.lines.length > 0 && !started() && row.unit === null && isDash(text)) {
      row.unit = ""; // 农田灌溉水有效利用系数 | — | 0.484 | ≥0.5: the coefficient has no unit
      continue;
    }
    if (value || text === "" || (row.items.length > 0 ? isTextValue(text) : isPlaceholder(text))) {
      // Empty cells before a row's name or after its attribute are layout, not columns (unless the
      // attribute stands before the figures).
      if (row.lines.length > 0 && (row.attribute === null || header.attributeFirst)) row.items.push({ cell, value });
      continue;
    }
    const unit = row.lines.length > 0 && !started() ? wholeUnit(text) : null;
    if (unit) {
      row.unit = unit;
      continue;
    }
    if (started()) {
      builder.finish(row);
      row = emptyPending();
    }
    row.lines.push(cell);
  }
  if (started()) builder.finish(row);
  return builder.rows;
}
