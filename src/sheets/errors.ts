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
