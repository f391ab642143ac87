/**
 * Reading a user's block of cells and marking figures that do not match. Reading is one sync;
 * marking is at most three (existing comments, their cells, then the writes), whatever the count.
 */
import { parseAddress, quoteSheet } from "../sheets/address";
import { PortError, cellNotEmpty, emptySelection, noSuchSheet } from "../sheets/errors";
import type { CellBlock, CellMark } from "../sheets/port";
import { localAddress, runBatch, type ExcelRun } from "./run";

async function readRange(context: Excel.RequestContext, range: Excel.Range): Promise<CellBlock> {
  // Only the used part: a whole-column selection must not read a million empty rows.
  const used = range.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,values");
  const sheet = range.worksheet.load("name");
  await context.sync();
  if (used.isNullObject) throw emptySelection();
  return { sheet: sheet.name, address: localAddress(used.address), top: used.rowIndex, left: used.columnIndex, values: used.values };
}

export function readSelection(run: ExcelRun): Promise<CellBlock> {
  return runBatch(run, (context) => readRange(context, context.workbook.getSelectedRange()));
}

export async function readBlock(run: ExcelRun, address: string): Promise<CellBlock> {
  const { sheet, rect } = parseAddress(address);
  return runBatch(run, async (context) => {
    const sheets = context.workbook.worksheets;
    let ws: Excel.Worksheet;
    if (sheet === null) {
      ws = sheets.getActiveWorksheet();
    } else {
      ws = sheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) {
        throw noSuchSheet(quoteSheet(sheet));
      }
    }
    return readRange(context, ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols));
  });
}

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}:${col}`;

/** Cells that already carry a comment: a second comment on one cell is an error in Excel. */
async function commentedCells(context: Excel.RequestContext): Promise<Set<string>> {
  const comments = context.workbook.comments.load("items/id");
  await context.sync();
  const places = comments.items.map((c) => {
    const at = c.getLocation().load("rowIndex,columnIndex");
    at.worksheet.load("name");
    return at;
  });
  if (places.length > 0) await context.sync();
  return new Set(places.map((p) => key(p.worksheet.name, p.rowIndex, p.columnIndex)));
}

export function markCells(run: ExcelRun, marks: readonly CellMark[]): Promise<void> {
  if (marks.length === 0) return Promise.resolve();
  return runBatch(run, async (context) => {
    const wb = context.workbook;
    const sheetNames = [...new Set(marks.map((m) => m.sheet))];
    const sheets = new Map(sheetNames.map((name) => {
      const ws = wb.worksheets.getItem(name);
      ws.protection.load("protected");
      return [name, ws] as const;
    }));
    let taken = new Set<string>();
    if (marks.some((m) => m.note !== null)) taken = await commentedCells(context);
    else await context.sync();
    const locked = sheetNames.filter((n) => sheets.get(n)?.protection.protected);
    if (locked.length > 0) {
      const list = locked.map(quoteSheet).join("、");
      throw new PortError("protected-sheet", `工作表 ${list} 受保护，无法标记单元格；请先撤销保护。`, `Sheet ${locked.map(quoteSheet).join(", ")} is protected, so no cell was marked; unprotect it first.`);
    }
    for (const m of marks) {
      const ws = sheets.get(m.sheet) as Excel.Worksheet;
      const cell = ws.getRangeByIndexes(m.row, m.col, 1, 1);
      if (m.fill !== null) cell.format.fill.color = m.fill;
      if (m.note !== null && !taken.has(key(m.sheet, m.row, m.col))) wb.comments.add(cell, m.note);
    }
    await context.sync();
  });
}

export function insertFormula(run: ExcelRun, formula: string): Promise<string> {
  return runBatch(run, async (context) => {
    const cell = context.workbook.getActiveCell().load("address,formulas");
    const sheet = cell.worksheet.load("name");
    sheet.protection.load("protected");
    await context.sync();
    if (sheet.protection.protected) {
      throw new PortError("protected-sheet", `工作表 ${quoteSheet(sheet.name)} 受保护，无法写入公式；请先撤销保护。`, `Sheet ${quoteSheet(sheet.name)} is protected, so the formula was not written; unprotect it first.`);
    }
    if (cell.formulas[0][0] !== "") {
      throw cellNotEmpty(cell.address);
    }
    cell.formulas = [[formula]];
    await context.sync();
    return cell.address;
  });
}
