/**
 * WorkbookPort: everything the task pane asks of a workbook, as batch-level operations.
 *
 * Two adapters implement it: src/excel (Office.js, one Excel.run per call) and the preview's
 * in-memory workbook. Arguments and results are plain data (values, formulas, format names),
 * so the domain logic in src/sheets decides WHAT to write and an adapter only decides HOW.
 * Every operation validates before it writes: on error it throws a PortError and the workbook
 * is unchanged.
 */
import type { CellValue, TargetTableSpec } from "./tableSpec";
import type { RefreshPlan } from "./refresh";
import type { CellMark } from "./check";
import type { RowsAddition } from "./newRows";

export type { CellValue, TargetTableSpec } from "./tableSpec";
export type { LinkScope, TableLink, TableScope } from "./link";
export { LINK_PREFIX, SETTINGS_KEY, linkKey } from "./link";
export type { RefreshPlan } from "./refresh";
export type { CellMark } from "./check";
export type { RowsAddition } from "./newRows";
export { PortError, type PortErrorCode } from "./errors";

/** Where a new target table goes. */
export type InsertLocation =
  /** Top-left corner at the active cell; the area below/right must be empty. */
  | { kind: "selection" }
  /** A new worksheet; the name is made valid and unique by the adapter (see uniqueSheetName). */
  | { kind: "newSheet"; sheetName: string };

export interface InsertResult {
  /** Excel table name actually used (made unique when taken). */
  table: string;
  sheet: string;
  /** A1 address of the whole table including the header row, without the sheet. */
  address: string;
  rows: number;
}

/** A workbook name definition (LAMBDA forwarders from src/functions/names.ts). */
export interface NameDefinition {
  name: string;
  /** Formula text starting with "=". */
  formula: string;
  comment?: string;
}

export interface NamesResult {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Names the user already defined for something else: left alone. */
  skipped: string[];
}

/** A linked table as it is now in the workbook: what refresh planning reads. */
export interface LinkedTableSnapshot {
  /** Table name (the link setting's key without LINK_PREFIX). */
  table: string;
  /** The stored link record as read (JSON text or parsed value); planRefresh validates it with parseLink. */
  link: unknown;
  sheet: string;
  /** The sheet is protected: refresh must not plan writes into it. */
  protected: boolean;
  /** Current header texts, left to right. */
  headers: string[];
  /** Current data body values, in the current (possibly sorted) row order. */
  rows: CellValue[][];
}

export interface LinkedWorkbook {
  tables: LinkedTableSnapshot[];
  /** Table names that have a link setting but no table any more (deleted or renamed by the user). */
  missing: string[];
}

/** A rectangle of cells the user selected or named. Row/column indexes are 0-based sheet positions. */
export interface CellBlock {
  sheet: string;
  /** A1 address without the sheet, e.g. "B2:D20". */
  address: string;
  top: number;
  left: number;
  values: CellValue[][];
}

/** Pane settings stored in the workbook, so a shared file behaves the same for everyone. */
export interface WorkbookSettings {
  defaultRegion: string | null;
  /** Relative tolerance for 左右 (0.05 = ±5 %). */
  tolerance: number;
  /** URL of a hosted catalogue JSON; null = the bundled catalogue. */
  catalogueUrl: string | null;
}

export interface WorkbookPort {
  /** Writes the table (header, rows, formats, link); one Excel.run. */
  insertTable(spec: TargetTableSpec, where: InsertLocation, names?: NameDefinition[]): Promise<InsertResult>;
  /** Reads every linked table (link record, headers, body values) and the links whose table is gone. */
  readLinkedTables(): Promise<LinkedWorkbook>;
  /** Writes a plan made by planRefresh: cell values, highlights, updated link records. */
  applyRefresh(plan: RefreshPlan): Promise<void>;
  /**
   * Appends the rows a refresh planned for new indicators (RefreshPlan.additions), only when the
   * user asks; skips indicators a table holds by then (pendingRows); returns how many rows were
   * added. Refuses (nothing written) when a table is gone, was restructured or is on a protected
   * sheet.
   */
  addRows(additions: RowsAddition[]): Promise<number>;
  /** The current selection's values, trimmed to its used cells (a whole-column selection reads only its data). */
  readSelection(): Promise<CellBlock>;
  /** Values at an address such as "Sheet1!B2:D9" or "'My sheet'!B2:D9" (no sheet = active sheet), trimmed likewise. */
  readBlock(address: string): Promise<CellBlock>;
  /** Fills and/or notes on single cells (check-figures results). */
  markCells(marks: CellMark[]): Promise<void>;
  /** Settings stored in this workbook, or null when none were saved yet. */
  loadSettings(): Promise<WorkbookSettings | null>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /**
   * Puts a formula (e.g. =PLANTARGET("5G基站",2020)) into the active cell and returns its address
   * ("Sheet1!B2"); refuses a cell that is not empty or is on a protected sheet.
   */
  insertFormula(formula: string): Promise<string>;
  /** Adds missing names, updates ours that changed (see planNames), never touches the user's own names. */
  installNames(defs: NameDefinition[]): Promise<NamesResult>;
}
