/**
 * Errors a workbook operation reports to the user: Chinese first, English second, saying what
 * was wrong and what to do. Thrown before anything is written, so the workbook stays unchanged.
 */
export type PortErrorCode =
  | "protected-sheet"
  | "inside-table"
  | "merged-cells"
  | "not-empty"
  | "bad-address"
  | "no-selection"
  | "link-new-version"
  | "link-corrupt"
  | "restructured"
  | "empty-table"
  | "too-large"
  | "excel";

export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} ${en}`);
    this.name = "PortError";
  }
}

/** Unexpected host failures still reach the user bilingually, with the host's own words appended. */
export function asPortError(e: unknown): PortError {
  if (e instanceof PortError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new PortError(
    "excel",
    `Excel 操作失败：${detail}。请重试；如仍失败，请保存并重新打开工作簿。`,
    `The Excel operation failed: ${detail}. Try again; if it still fails, save and reopen the workbook.`,
  );
}

/** Inserting a table without rows: both adapters refuse it before touching the workbook. */
export function nothingToInsert(): PortError {
  return new PortError("empty-table", "没有可插入的指标；请先选择指标或调整筛选条件。", "There are no indicators to insert; select some or change the filters.");
}

/** The area a new table needs overlaps existing tables (`where` is its A1 address). */
export function overlapsTables(where: string, tables: readonly string[]): PortError {
  const names = tables.join("、");
  return new PortError(
    "inside-table",
    `所需区域 ${where} 与已有表格「${names}」重叠；请选择表格以外的空白单元格，或改为插入到新工作表。`,
    `The table needs ${where}, which overlaps the existing table "${names}"; select an empty cell outside it or insert on a new sheet.`,
  );
}

/** The area a new table needs already holds the user's data (`used`: the address of that data). */
export function areaNotEmpty(where: string, used: string): PortError {
  return new PortError(
    "not-empty",
    `所需区域 ${where} 中已有内容（${used}），插入会覆盖您的数据；请选择空白区域，或改为插入到新工作表。`,
    `The table needs ${where}, which already holds data (${used}); inserting would overwrite it. Select an empty area or insert on a new sheet.`,
  );
}

/** A formula goes only into an empty active cell (`address` as shown to the user). */
export function cellNotEmpty(address: string): PortError {
  return new PortError(
    "not-empty",
    `当前单元格 ${address} 不是空的，未写入公式；请选择一个空白单元格，或使用“复制公式”。`,
    `The active cell ${address} is not empty, so the formula was not written; select an empty cell or use "Copy formula".`,
  );
}

/** Check figures read a selection or address with nothing in it. */
export function emptySelection(): PortError {
  return new PortError("no-selection", "所选区域没有内容；请先选中包含指标、年份和数值的单元格。", "The selected cells are empty; select the cells holding names, years and figures first.");
}

/** An address names a sheet the workbook does not have (`sheet` quoted as in the address, see quoteSheet). */
export function noSuchSheet(sheet: string): PortError {
  return new PortError("bad-address", `找不到工作表 ${sheet}；请检查地址中的工作表名。`, `There is no sheet ${sheet}; check the sheet name in the address.`);
}

/** Adding a refresh's new rows to a table that was deleted or renamed since. */
export function addRowsTableGone(table: string): PortError {
  return new PortError(
    "restructured",
    `表格「${table}」已不存在或改了名，未添加任何行；请重新刷新。`,
    `Table "${table}" no longer exists or was renamed, so no rows were added; refresh again.`,
  );
}

/** Adding a refresh's new rows to a table whose columns changed since. */
export function addRowsRestructured(table: string): PortError {
  return new PortError(
    "restructured",
    `表格「${table}」的列在刷新后有变动，未添加任何行；请重新刷新后再添加。`,
    `The columns of table "${table}" changed since the refresh, so no rows were added; refresh again, then add them.`,
  );
}
