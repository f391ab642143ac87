/**
 * The preview's in-memory workbook: cell contents and formulas live in HyperFormula, which computes
 * them; what Excel keeps beside the values (number formats, fills, notes, hidden columns, tables,
 * workbook settings and names, the selection) lives here. The grid renders it and the preview's
 * WorkbookPort adapter reads and writes it.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { ExistingName } from "../sheets/names";
import type { CellValue } from "../sheets/tableSpec";
import { registerPlanFunctions } from "./formulaPlugin";

export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Selection extends CellRect {
  sheet: string;
  /** The active cell, a corner of the rectangle: where typing goes and a selection extends from. */
  activeRow: number;
  activeCol: number;
}

export interface CellStyle {
  fill?: string;
  note?: string;
  bold?: boolean;
  color?: string;
}

export interface ColumnStyle {
  numberFormat?: string;
  /** Width in points, as Excel measures it. */
  width?: number;
  hidden?: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** Header row and first column, 0-based. */
  row: number;
  col: number;
  /** Data rows, without the header. */
  bodyRows: number;
  cols: number;
}

/** Columns col … col + cols − 1 from `row` down. */
export interface ColumnSpan {
  row: number;
  col: number;
  cols: number;
}

/** A computed value: what Excel's range.values gives (errors as "#N/A"…), plus the error's message. */
export interface ComputedCell {
  value: CellValue;
  error: string | null;
}

const TEXT_FORMAT = "@";

const key = (row: number, col: number) => `${row}:${col}`;

/** A selection of one cell. */
export function cellSelection(sheet: string, row: number, col: number): Selection {
  return { sheet, row, col, rows: 1, cols: 1, activeRow: row, activeCol: col };
}

function inside(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

export class PreviewWorkbook {
  readonly engine: HyperFormula;
  private readonly cellStyles = new Map<string, Map<string, CellStyle>>();
  private readonly columnStyles = new Map<string, Map<number, ColumnStyle>>();
  readonly tables = new Map<string, TableInfo>();
  /** Workbook settings (Office's workbook.settings): JSON-compatible values by key. */
  readonly settings = new Map<string, unknown>();
  /** Workbook names (Name Manager): name, formula and comment. */
  readonly names = new Map<string, ExistingName>();
  private selected: Selection;
  private readonly listeners = new Set<() => void>();
  /** Bumped at every change, so views can tell whether to render again. */
  version = 0;

  constructor(firstSheet = "Sheet1") {
    registerPlanFunctions();
    this.engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    this.addSheet(firstSheet);
    this.selected = cellSelection(firstSheet, 0, 0);
  }

  // ---- change notification -------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  /** Runs several changes as one: one recalculation, one notification. */
  change<T>(work: () => T): T {
    let result: T | undefined;
    this.engine.batch(() => {
      result = work();
    });
    this.notify();
    return result as T;
  }

  /**
   * Enters again every formula matching `calls`, so it is recomputed (and a spill re-sized) after what
   * it reads outside the cells changed: our functions' catalogue and settings. (HyperFormula's own
   * rebuild would turn spilled results into plain values.)
   */
  reenterFormulas(calls: RegExp): void {
    this.change(() => {
      for (const [sheet, rows] of Object.entries(this.engine.getAllSheetsFormulas())) {
        const id = this.sheetId(sheet);
        rows.forEach((line, row) =>
          line.forEach((formula, col) => {
            if (formula !== undefined && calls.test(formula)) this.engine.setCellContents({ sheet: id, row, col }, formula);
          }),
        );
      }
    });
  }

  // ---- sheets and selection ------------------------------------------------------------

  get sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  hasSheet(name: string): boolean {
    return this.engine.doesSheetExist(name);
  }

  addSheet(name: string): void {
    this.engine.addSheet(name);
    this.cellStyles.set(name, new Map());
    this.columnStyles.set(name, new Map());
  }

  get selection(): Selection {
    return { ...this.selected };
  }

  select(selection: Selection): void {
    this.selected = { ...selection };
    this.notify();
  }

  private sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  }

  /** Rows and columns in use on a sheet. */
  usedSize(sheet: string): { rows: number; cols: number } {
    const { height, width } = this.engine.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, cols: width };
  }

  // ---- cells ---------------------------------------------------------------------------

  computed(sheet: string, row: number, col: number): ComputedCell {
    const v = this.engine.getCellValue({ sheet: this.sheetId(sheet), row, col });
    if (v instanceof DetailedCellError) return { value: v.value, error: v.message || v.value };
    return { value: v === null ? "" : v, error: null };
  }

  /** What the user typed or we wrote: a formula with its "=", else the value as text; "" for a spilled result. */
  input(sheet: string, row: number, col: number): string {
    const address = { sheet: this.sheetId(sheet), row, col };
    const formula = this.engine.getCellFormula(address);
    if (formula !== undefined) return formula;
    if (this.engine.isCellPartOfArray(address)) return "";
    const raw = this.engine.getCellSerialized(address);
    if (raw === null || raw === undefined) return "";
    return typeof raw === "string" && raw.startsWith("'") ? raw.slice(1) : String(raw);
  }

  isEmpty(sheet: string, row: number, col: number): boolean {
    return this.engine.isCellEmpty({ sheet: this.sheetId(sheet), row, col });
  }

  /**
   * Writes values as Excel's range.values would: "=…" is a formula, "" clears the cell, text in a
   * text-formatted ("@") column stays text (1-8月 stays 1-8月, "2020" stays a string).
   */
  write(sheet: string, row: number, col: number, values: CellValue[][]): void {
    const contents = values.map((line) =>
      line.map((v, j) => {
        if (v === "") return null;
        if (typeof v !== "string") return v;
        return this.numberFormat(sheet, col + j) === TEXT_FORMAT ? `'${v}` : v;
      }),
    );
    this.engine.setCellContents({ sheet: this.sheetId(sheet), row, col }, contents);
  }

  /** What a user types into a cell: parsed as Excel does (numbers, formulas, text). */
  type(sheet: string, row: number, col: number, text: string): void {
    this.change(() => this.write(sheet, row, col, [[text]]));
  }

  // ---- formats -------------------------------------------------------------------------

  style(sheet: string, row: number, col: number): CellStyle {
    return this.cellStyles.get(sheet)?.get(key(row, col)) ?? {};
  }

  setStyle(sheet: string, row: number, col: number, style: CellStyle): void {
    const styles = this.cellStyles.get(sheet) as Map<string, CellStyle>;
    const next = { ...styles.get(key(row, col)), ...style };
    for (const k of Object.keys(next) as Array<keyof CellStyle>) if (next[k] === undefined) delete next[k];
    styles.set(key(row, col), next);
  }

  column(sheet: string, col: number): ColumnStyle {
    return this.columnStyles.get(sheet)?.get(col) ?? {};
  }

  setColumn(sheet: string, col: number, style: ColumnStyle): void {
    const columns = this.columnStyles.get(sheet) as Map<number, ColumnStyle>;
    columns.set(col, { ...columns.get(col), ...style });
  }

  numberFormat(sheet: string, col: number): string {
    return this.column(sheet, col).numberFormat ?? "General";
  }

  // ---- tables --------------------------------------------------------------------------

  tableAt(sheet: string, row: number, col: number): TableInfo | null {
    for (const t of this.tables.values()) {
      if (t.sheet === sheet && inside({ row: t.row, col: t.col, rows: t.bodyRows + 1, cols: t.cols }, row, col)) return t;
    }
    return null;
  }

  /** Tables on `sheet` at or below `span.row` that cross a side of its columns (they cannot move down with it). */
  tablesAcross(sheet: string, span: ColumnSpan): TableInfo[] {
    const right = span.col + span.cols;
    return [...this.tables.values()].filter(
      (t) => t.sheet === sheet && t.row + t.bodyRows >= span.row && t.col < right && span.col < t.col + t.cols && (t.col < span.col || t.col + t.cols > right),
    );
  }

  /** Whether insertCells can move what lies below: no table crosses the columns and no spilled array is cut. */
  canInsertCells(sheet: string, span: ColumnSpan, count: number): boolean {
    if (this.tablesAcross(sheet, span).length > 0) return false;
    const below = this.belowSpan(sheet, span);
    return below === null || this.engine.isItPossibleToMoveCells(below, { sheet: below.start.sheet, row: span.row + count, col: span.col });
  }

  /**
   * Inserts `count` empty rows of cells at `span.row` in the span's columns (Excel's "shift cells
   * down", as table.rows.add does): cells below move down with their formats and references, and
   * so do tables inside those columns. Check canInsertCells first.
   */
  insertCells(sheet: string, span: ColumnSpan, count: number): void {
    const below = this.belowSpan(sheet, span);
    if (below) this.engine.moveCells(below, { sheet: below.start.sheet, row: span.row + count, col: span.col });
    const styles = this.cellStyles.get(sheet) as Map<string, CellStyle>;
    const moved = [...styles].filter(([k]) => {
      const [row, col] = k.split(":").map(Number);
      return row >= span.row && col >= span.col && col < span.col + span.cols;
    });
    for (const [k] of moved) styles.delete(k);
    for (const [k, style] of moved) {
      const [row, col] = k.split(":").map(Number);
      styles.set(key(row + count, col), style);
    }
    for (const t of this.tables.values()) {
      if (t.sheet === sheet && t.row >= span.row && t.col >= span.col && t.col + t.cols <= span.col + span.cols) this.tables.set(t.name, { ...t, row: t.row + count });
    }
  }

  /** The used cells from span.row down in the span's columns, as a HyperFormula range, or null when none. */
  private belowSpan(sheet: string, span: ColumnSpan) {
    const id = this.sheetId(sheet);
    const { rows } = this.usedSize(sheet);
    if (span.row >= rows) return null;
    return { start: { sheet: id, row: span.row, col: span.col }, end: { sheet: id, row: rows - 1, col: span.col + span.cols - 1 } };
  }

  /** Values of a rectangle as Excel's range.values gives them. */
  values(sheet: string, rect: CellRect): CellValue[][] {
    return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => this.computed(sheet, rect.row + i, rect.col + j).value));
  }
}
