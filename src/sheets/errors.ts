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
  | "multiple-areas"
  | "link-old-version"
  | "link-new-version"
  | "link-corrupt"
  | "restructured"
  | "empty-table"
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
  return new PortError("excel", `Excel 操作失败：${detail}。工作簿未被修改。`, `The Excel operation failed: ${detail}. The workbook was not changed.`);
}
