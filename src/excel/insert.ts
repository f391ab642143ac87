/**
 * Inserting a target table: one Excel.run. The first sync reads everything needed to refuse
 * cleanly (protection, overlapping tables, merged or non-empty cells, taken names, which sheet
 * columns hold other cells); nothing is written before it. The writes then go out in as few
 * requests as Excel on the web's 5 MB request limit allows (see planTableWrites): one request, so
 * 2 syncs in all, for tables up to REQUEST_BUDGET of cell data, and one more sync per further
 * 4.5 MB. With 40–80-character quotes and another document on every row (about 390 bytes a row)
 * that is up to 11,478 rows in 2 syncs, and 20,000 rows in 3; a whole document's table (来源, 地区,
 * 年份 sent once, about 270 bytes a row) holds some 16,000 rows in 2. Measured in
 * test/excel/insert.test.ts and `npm run bench`. The first sync cannot carry data: the refusals
 * above must come before anything is written. If a later request fails, what was written is
 * removed again.
 */
import { rangeAddress, uniqueSheetName, uniqueTableName } from "../sheets/address";
import { TABLE_STYLE, type ColumnDef } from "../sheets/columns";
import { PortError, areaNotEmpty, nothingToInsert, overlapsTables } from "../sheets/errors";
import { linkKey } from "../sheets/link";
import type { InsertLocation, InsertResult, NameDefinition } from "../sheets/port";
import type { TargetTableSpec } from "../sheets/tableSpec";
import { loadNames, queueNames } from "./names";
import { runBatch, type ExcelRun } from "./run";
import { planTableWrites } from "./tableWrites";

interface SelectionProbe {
  sheet: Excel.Worksheet;
  anchor: Excel.Range;
  target: Excel.Range;
  overlapping: Excel.TableScopedCollection;
  merged: Excel.RangeAreas;
  used: Excel.Range;
  /** Per table column: the sheet column, to see whether anything else lives in it and how it looks now. */
  columns: { used: Excel.Range; whole: Excel.Range }[];
}

function probeSelection(workbook: Excel.Workbook, rows: number, cols: number): SelectionProbe {
  const selection = workbook.getSelectedRange();
  const sheet = selection.worksheet.load("name");
  sheet.protection.load("protected");
  const anchor = selection.getCell(0, 0).load("rowIndex,columnIndex");
  const target = anchor.getResizedRange(rows - 1, cols - 1).load("address");
  const columns = Array.from({ length: cols }, (_, i) => {
    const whole = target.getColumn(i).getEntireColumn().load("columnHidden");
    whole.format.load("columnWidth");
    return { used: whole.getUsedRangeOrNullObject(true).load("address"), whole };
  });
  return {
    sheet,
    anchor,
    target,
    overlapping: target.getTables(false).load("items/name"),
    merged: target.getMergedAreasOrNullObject().load("address"),
    used: target.getUsedRangeOrNullObject(true).load("address"),
    columns,
  };
}

function refuseSelection(p: SelectionProbe): void {
  const sheet = p.sheet.name;
  const where = p.target.address;
  if (p.sheet.protection.protected) {
    throw new PortError(
      "protected-sheet",
      `工作表「${sheet}」受保护，无法插入表格；请撤销工作表保护，或改为插入到新工作表。`,
      `Sheet "${sheet}" is protected, so the table cannot be inserted; unprotect it or insert on a new sheet.`,
    );
  }
  if (p.overlapping.items.length > 0) {
    throw overlapsTables(where, p.overlapping.items.map((t) => t.name));
  }
  if (!p.merged.isNullObject) {
    throw new PortError(
      "merged-cells",
      `所需区域 ${where} 含有合并单元格（${p.merged.address}）；请取消合并或选择其他位置。`,
      `The table needs ${where}, which contains merged cells (${p.merged.address}); unmerge them or choose another place.`,
    );
  }
  if (!p.used.isNullObject) {
    throw areaNotEmpty(where, p.used.address);
  }
}

/** How a sheet column looked before, for putting it back if the insert fails. */
interface ColumnLook {
  width: number;
  hidden: boolean;
}

interface Placement {
  sheet: Excel.Worksheet;
  sheetName: string;
  top: number;
  left: number;
  isNewSheet: boolean;
  /**
   * Per table column, its look before the insert when the table may set width and visibility,
   * or null when other content lives in that sheet column (hiding or resizing it would change
   * the user's own cells).
   */
  columns: (ColumnLook | null)[];
}

/**
 * Number formats before values, so text columns keep 1-8月 as text; then widths and hidden link
 * columns, only on sheet columns the table has to itself.
 */
function queueFormats(placement: Placement, columns: readonly ColumnDef[], rows: number): void {
  const { sheet, top, left } = placement;
  columns.forEach((col, i) => {
    const body = sheet.getRangeByIndexes(top + 1, left + i, rows, 1);
    // A single value applies to every cell of the range ("single input copy").
    body.numberFormat = col.numberFormat as unknown as string[][];
    if (placement.columns[i] === null) return;
    const column = body.getEntireColumn();
    column.format.columnWidth = col.width;
    if (col.hidden) column.columnHidden = true;
  });
}

/** Removes whatever of the table made it into the workbook (only runs after a failed write). */
async function rollBack(context: Excel.RequestContext, placement: Placement, table: string, rows: number, cols: number): Promise<void> {
  try {
    const wb = context.workbook;
    const written = wb.tables.getItemOrNullObject(table).load("name");
    const link = wb.settings.getItemOrNullObject(linkKey(table)).load("key");
    const sheet = placement.isNewSheet ? wb.worksheets.getItemOrNullObject(placement.sheetName).load("name") : null;
    await context.sync();
    if (!link.isNullObject) link.delete();
    if (sheet) {
      if (!sheet.isNullObject) sheet.delete();
    } else {
      if (!written.isNullObject) written.delete();
      placement.sheet.getRangeByIndexes(placement.top, placement.left, rows, cols).clear();
      placement.columns.forEach((look, i) => {
        if (!look) return;
        const column = placement.sheet.getRangeByIndexes(0, placement.left + i, 1, 1).getEntireColumn();
        column.format.columnWidth = look.width;
        column.columnHidden = look.hidden;
      });
    }
    await context.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}

export async function insertTable(run: ExcelRun, spec: TargetTableSpec, where: InsertLocation, names: readonly NameDefinition[] = []): Promise<InsertResult> {
  if (spec.rows.length === 0) {
    throw nothingToInsert();
  }
  const rows = spec.rows.length + 1;
  const cols = spec.columns.length;
  const wantedSheet = where.kind === "newSheet" ? where.sheetName : null;
  return runBatch(run, async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name");
    const definedNames = loadNames(wb);
    const structure = wb.protection.load("protected");
    const probe = wantedSheet === null ? probeSelection(wb, rows, cols) : null;
    await context.sync();

    let placement: Placement;
    if (probe) {
      refuseSelection(probe);
      placement = {
        sheet: probe.sheet,
        sheetName: probe.sheet.name,
        top: probe.anchor.rowIndex,
        left: probe.anchor.columnIndex,
        isNewSheet: false,
        columns: probe.columns.map((c) => (c.used.isNullObject ? { width: c.whole.format.columnWidth, hidden: c.whole.columnHidden } : null)),
      };
    } else {
      if (structure.protected) {
        throw new PortError(
          "protected-sheet",
          "工作簿结构受保护，无法新建工作表；请撤销工作簿保护，或插入到当前选中位置。",
          "The workbook structure is protected, so no sheet can be added; unprotect the workbook or insert at the selection.",
        );
      }
      const sheetName = uniqueSheetName(wantedSheet ?? "", sheets.items.map((s) => s.name));
      const fresh = { width: 0, hidden: false };
      placement = { sheet: wb.worksheets.add(sheetName), sheetName, top: 0, left: 0, isNewSheet: true, columns: spec.columns.map(() => fresh) };
    }
    const table = uniqueTableName(spec.name, [...tables.items.map((t) => t.name), ...definedNames.items.map((n) => n.name)]);
    const { sheet, top, left } = placement;
    const requests = planTableWrites(spec, top, left);
    queueFormats(placement, spec.columns, spec.rows.length);
    let sent = 0;
    try {
      for (const request of requests) {
        for (const w of request.writes) {
          // A single value (not a 2-D array) goes into every cell of the range.
          sheet.getRangeByIndexes(w.row, w.col, w.rows, w.cols)[w.property] = w.data as unknown as string[][];
        }
        if (++sent === requests.length) {
          const created = sheet.tables.add(rangeAddress(top, left, rows, cols), true);
          created.name = table;
          created.style = TABLE_STYLE;
          wb.settings.add(linkKey(table), JSON.stringify({ ...spec.link, table }));
          queueNames(wb, definedNames, names);
          if (placement.isNewSheet) {
            sheet.freezePanes.freezeRows(1);
            sheet.activate();
          }
        }
        await context.sync();
      }
    } catch (e) {
      await rollBack(context, placement, table, rows, cols);
      throw e;
    }
    return { table, sheet: placement.sheetName, address: rangeAddress(top, left, rows, cols), rows: spec.rows.length };
  });
}
