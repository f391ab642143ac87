/** Sizes of the preview grid: which columns show, how wide, which rows are in view. */
import type { PreviewWorkbook } from "../workbook";

export const ROW_HEIGHT = 24;
/** Excel's default column: 8.43 characters, 64 pixels. */
const DEFAULT_WIDTH = 64;
const POINTS_TO_PIXELS = 4 / 3;
/** Empty rows and columns shown past the used range, so there is room to type. */
const SPARE_ROWS = 30;
const SPARE_COLS = 6;

export interface VisibleColumn {
  col: number;
  width: number;
}

/** Columns to draw, hidden ones left out (as Excel draws them), with their pixel widths. */
export function visibleColumns(book: PreviewWorkbook, sheet: string, selectedCol: number): VisibleColumn[] {
  const count = Math.max(book.usedSize(sheet).cols + SPARE_COLS, selectedCol + SPARE_COLS, 14);
  const out: VisibleColumn[] = [];
  for (let col = 0; col < count; col++) {
    const style = book.column(sheet, col);
    if (style.hidden) continue;
    out.push({ col, width: style.width ? Math.round(style.width * POINTS_TO_PIXELS) : DEFAULT_WIDTH });
  }
  return out;
}

export function rowCount(book: PreviewWorkbook, sheet: string, selectedRow: number): number {
  return Math.max(book.usedSize(sheet).rows + SPARE_ROWS, selectedRow + SPARE_ROWS, 60);
}

/** First and last row to render for a scroll position, with a few rows of margin either side. */
export function rowWindow(scrollTop: number, viewHeight: number, total: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 5);
  const last = Math.min(total - 1, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + 5);
  return { first, last };
}
