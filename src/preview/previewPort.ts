/**
 * The preview's WorkbookPort: the task pane's workbook operations against the in-memory workbook.
 * What to write comes from src/sheets exactly as for Excel (tableCells, refresh plans, marks,
 * planNames); this adapter only decides how. Like the Office adapter, every operation checks
 * before it writes, so a refused operation leaves the workbook unchanged.
 */
import { a1FromR1C1, cellAddress, parseAddress, quoteSheet, rangeAddress, sheetAddress, uniqueSheetName, uniqueTableName } from "../sheets/address";
import { columnDef } from "../sheets/columns";
import {
  addRowsRestructured, addRowsTableGone, areaNotEmpty, asPortError, cellNotEmpty, emptySelection, noSuchSheet, nothingToInsert, overlapsTables, PortError,
} from "../sheets/errors";
import { LINK_PREFIX, SETTINGS_KEY, linkKey } from "../sheets/link";
import { markedComment, planNames } from "../sheets/names";
import type { CellBlock, InsertLocation, LinkedTableSnapshot, NameDefinition, NamesResult, WorkbookPort } from "../sheets/port";
import { pendingRows, type RowsAddition } from "../sheets/newRows";
import type { RefreshPlan } from "../sheets/refresh";
import type { CellMark } from "../sheets/check";
import { parseSettings } from "../sheets/settings";
import { tableCells, type TargetTableSpec } from "../sheets/tableSpec";
import { cellSelection, type CellRect, type PreviewWorkbook, type TableInfo } from "./workbook";

/** TableStyleMedium2's header, which the grid has no table styles to draw otherwise. */
const HEADER_STYLE = { bold: true, fill: "#4472C4", color: "#FFFFFF" };

function refuseArea(book: PreviewWorkbook, sheet: string, rect: CellRect): void {
  const where = rangeAddress(rect.row, rect.col, rect.rows, rect.cols);
  const overlapping = [...book.tables.values()].filter(
    (t) => t.sheet === sheet && t.row < rect.row + rect.rows && rect.row < t.row + t.bodyRows + 1 && t.col < rect.col + rect.cols && rect.col < t.col + t.cols,
  );
  if (overlapping.length > 0) throw overlapsTables(where, overlapping.map((t) => t.name));
  const used = usedPart(book, sheet, rect);
  if (used) throw areaNotEmpty(where, used.address);
}

/** The smallest rectangle inside `rect` holding every non-empty cell (Excel's getUsedRange(true)), or null. */
function usedPart(book: PreviewWorkbook, sheet: string, rect: CellRect): (CellRect & { address: string }) | null {
  const size = book.usedSize(sheet);
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (let r = rect.row; r < Math.min(rect.row + rect.rows, size.rows); r++) {
    for (let c = rect.col; c < Math.min(rect.col + rect.cols, size.cols); c++) {
      if (book.isEmpty(sheet, r, c)) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
  }
  if (bottom < 0) return null;
  const used = { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  return { ...used, address: rangeAddress(used.row, used.col, used.rows, used.cols) };
}

function readUsed(book: PreviewWorkbook, sheet: string, rect: CellRect): CellBlock {
  const used = usedPart(book, sheet, rect);
  if (!used) throw emptySelection();
  return { sheet, address: used.address, top: used.row, left: used.col, values: book.values(sheet, used) };
}

function tableNamed(book: PreviewWorkbook, name: string): TableInfo {
  const table = book.tables.get(name);
  if (!table) throw asPortError(new Error(`The table "${name}" does not exist`));
  return table;
}

function insertTable(book: PreviewWorkbook, spec: TargetTableSpec, where: InsertLocation, names: readonly NameDefinition[]) {
  if (spec.rows.length === 0) throw nothingToInsert();
  const rows = spec.rows.length + 1;
  const cols = spec.columns.length;
  const selection = book.selection;
  const newSheet = where.kind === "newSheet" ? uniqueSheetName(where.sheetName, book.sheetNames) : null;
  const sheet = newSheet ?? selection.sheet;
  const top = newSheet ? 0 : selection.row;
  const left = newSheet ? 0 : selection.col;
  if (!newSheet) refuseArea(book, sheet, { row: top, col: left, rows, cols });
  const table = uniqueTableName(spec.name, [...book.tables.keys(), ...book.names.keys()]);
  book.change(() => {
    if (newSheet) book.addSheet(newSheet);
    // Formats first, so text columns keep their text (as the Office adapter does).
    spec.columns.forEach((c, i) => book.setColumn(sheet, left + i, { numberFormat: c.numberFormat, width: c.width, hidden: c.hidden }));
    book.write(sheet, top, left, tableCells(spec, top, left));
    for (let i = 0; i < cols; i++) book.setStyle(sheet, top, left + i, HEADER_STYLE);
    book.tables.set(table, { name: table, sheet, row: top, col: left, bodyRows: spec.rows.length, cols });
    book.settings.set(linkKey(table), JSON.stringify({ ...spec.link, table }));
    installNames(book, names);
    if (newSheet) book.select(cellSelection(sheet, 0, 0));
  });
  return { table, sheet, address: rangeAddress(top, left, rows, cols), rows: spec.rows.length };
}

function readLinkedTables(book: PreviewWorkbook) {
  const tables: LinkedTableSnapshot[] = [];
  const missing: string[] = [];
  for (const [key, link] of book.settings) {
    if (!key.startsWith(LINK_PREFIX)) continue;
    const name = key.slice(LINK_PREFIX.length);
    const t = book.tables.get(name);
    if (!t) {
      missing.push(name);
      continue;
    }
    const [headers, ...rows] = book.values(t.sheet, { row: t.row, col: t.col, rows: t.bodyRows + 1, cols: t.cols });
    tables.push({ table: name, link, sheet: t.sheet, protected: false, headers: headers.map(String), rows });
  }
  return { tables, missing };
}

function applyRefresh(book: PreviewWorkbook, plan: RefreshPlan): void {
  const targets = plan.tables.map((t) => ({ refresh: t, table: tableNamed(book, t.table) }));
  book.change(() => {
    for (const { refresh, table } of targets) {
      const top = table.row + 1;
      for (const w of refresh.writes) book.write(table.sheet, top + w.row, table.col + w.col, [[w.value]]);
      for (const f of refresh.fills) book.setStyle(table.sheet, top + f.row, table.col + f.col, { fill: f.color ?? undefined });
      book.settings.set(linkKey(refresh.table), JSON.stringify(refresh.link));
    }
    for (const name of plan.dropLinks) book.settings.delete(linkKey(name));
  });
}

function cannotMoveBelow(table: TableInfo): PortError {
  return new PortError(
    "inside-table",
    `表格「${table.name}」下方的单元格无法下移（有跨越这些列的表格或溢出的数组公式），未添加任何行；请移开表格下方的内容后再添加。`,
    `The cells below table "${table.name}" cannot move down (a table or a spilled array crosses its columns), so no rows were added; move what is below the table, then add them.`,
  );
}

/**
 * What adding `a` will do, checked before anything is written: the table still exists with the
 * headers the rows were planned against, which of the rows it does not hold yet, and that the cells
 * below it can move down.
 */
function planAddition(book: PreviewWorkbook, a: RowsAddition) {
  const table = book.tables.get(a.table);
  if (!table) throw addRowsTableGone(a.table);
  const [headers, ...body] = book.values(table.sheet, { row: table.row, col: table.col, rows: table.bodyRows + 1, cols: table.cols });
  if (headers.map(String).join("\u0000") !== a.headers.join("\u0000")) throw addRowsRestructured(a.table);
  const idCol = a.headers.indexOf(columnDef("id").header);
  const pending = pendingRows(a, body.map((line) => line[idCol]));
  const span = { row: table.row + 1 + table.bodyRows, col: table.col, cols: table.cols };
  if (pending.rows.length > 0 && !book.canInsertCells(table.sheet, span, pending.rows.length)) throw cannotMoveBelow(table);
  return { a, ...pending };
}

/** Appends a refresh's new rows (see WorkbookPort.addRows): formats, then cells with 完成率 in A1 form, fills, link. */
function addRows(book: PreviewWorkbook, additions: readonly RowsAddition[]): number {
  const plans = additions.map((a) => planAddition(book, a));
  return book.change(() => {
    let added = 0;
    for (const { a, rows, fills } of plans) {
      if (rows.length === 0) continue;
      // Read again: adding rows to a table above may have moved this one down.
      const table = tableNamed(book, a.table);
      const { sheet, col: left } = table;
      const top = table.row + 1 + table.bodyRows;
      book.insertCells(sheet, { row: top, col: left, cols: table.cols }, rows.length);
      a.numberFormats.forEach((numberFormat, j) => numberFormat !== null && book.setColumn(sheet, left + j, { numberFormat }));
      const cells = rows.map((line, n) => line.map((v, j) => (typeof v === "string" && v.startsWith("=") ? a1FromR1C1(v, top + n, left + j) : v)));
      book.write(sheet, top, left, cells);
      for (const f of fills) if (f.color !== null) book.setStyle(sheet, top + f.row, left + f.col, { fill: f.color });
      book.tables.set(table.name, { ...table, bodyRows: table.bodyRows + rows.length });
      book.settings.set(linkKey(a.table), JSON.stringify(a.link));
      added += rows.length;
    }
    return added;
  });
}

function markCells(book: PreviewWorkbook, marks: readonly CellMark[]): void {
  const unknown = marks.find((m) => !book.hasSheet(m.sheet));
  if (unknown) throw asPortError(new Error(`The sheet ${quoteSheet(unknown.sheet)} does not exist`));
  book.change(() => {
    for (const m of marks) {
      if (m.fill !== null) book.setStyle(m.sheet, m.row, m.col, { fill: m.fill });
      // Excel allows one comment per cell: an existing note is kept, as the Office adapter does.
      if (m.note !== null && !book.style(m.sheet, m.row, m.col).note) book.setStyle(m.sheet, m.row, m.col, { note: m.note });
    }
  });
}

/** Writes a formula into the active cell, which must be empty; returns its address, e.g. Sheet1!B2. */
function insertFormula(book: PreviewWorkbook, formula: string): string {
  const { sheet, activeRow, activeCol } = book.selection;
  const address = sheetAddress(sheet, cellAddress(activeRow, activeCol));
  if (!book.isEmpty(sheet, activeRow, activeCol)) throw cellNotEmpty(address);
  book.type(sheet, activeRow, activeCol, formula);
  return address;
}

function installNames(book: PreviewWorkbook, defs: readonly NameDefinition[]): NamesResult {
  const plan = planNames([...book.names.values()], defs);
  for (const def of plan.add) book.names.set(def.name, { name: def.name, formula: def.formula, comment: markedComment(def) });
  for (const def of plan.update) book.names.set(def.name, { ...(book.names.get(def.name) as { comment: string }), name: def.name, formula: def.formula });
  return plan.result;
}

/** Port operations are synchronous here; they return promises like the Office adapter's. */
const later = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

export function createPreviewPort(book: PreviewWorkbook): WorkbookPort {
  return {
    insertTable: (spec, where, names = []) => later(() => insertTable(book, spec, where, names)),
    readLinkedTables: () => later(() => readLinkedTables(book)),
    applyRefresh: (plan) => later(() => applyRefresh(book, plan)),
    addRows: (additions) => later(() => addRows(book, additions)),
    readSelection: () =>
      later(() => {
        const s = book.selection;
        return readUsed(book, s.sheet, s);
      }),
    readBlock: (address) =>
      later(() => {
        const { sheet, rect } = parseAddress(address);
        const name = sheet ?? book.selection.sheet;
        if (!book.hasSheet(name)) throw noSuchSheet(quoteSheet(name));
        return readUsed(book, name, rect);
      }),
    markCells: (marks) => later(() => markCells(book, marks)),
    loadSettings: () =>
      later(() => {
        const raw = book.settings.get(SETTINGS_KEY);
        return raw === undefined ? null : parseSettings(raw);
      }),
    saveSettings: (settings) => later(() => void book.settings.set(SETTINGS_KEY, JSON.stringify(settings))),
    insertFormula: (formula) => later(() => insertFormula(book, formula)),
    installNames: (defs) => later(() => book.change(() => installNames(book, defs))),
  };
}
