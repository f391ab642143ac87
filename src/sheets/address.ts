/**
 * A1 addresses and sheet names, as Excel spells them: 'It''s 2020'!B2:D9.
 * Rows and columns are 0-based here; Excel's 1-based numbers appear only in the text.
 */
import { PortError } from "./errors";

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** One R1C1 part: R, R5 (absolute) or R[-2] (relative to `base`); the result is 0-based. */
function r1c1Part(text: string | undefined, base: number): { index: number; absolute: boolean } {
  if (!text) return { index: base, absolute: false };
  if (text.startsWith("[")) return { index: base + Number(text.slice(1, -1)), absolute: false };
  return { index: Number(text) - 1, absolute: true };
}

/**
 * An R1C1 formula as it reads in A1 form in the cell at (row, col), 0-based: RC[-3] in D5 is A5,
 * R1C1 is $A$1. Text inside string literals is left alone. For adapters whose workbook speaks only
 * A1 (the Office adapter sends R1C1 as it is).
 */
export function a1FromR1C1(formula: string, row: number, col: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g, (_, lead: string, r?: string, c?: string) => {
            const rr = r1c1Part(r, row);
            const cc = r1c1Part(c, col);
            return `${lead}${cc.absolute ? "$" : ""}${columnLetters(cc.index)}${rr.absolute ? "$" : ""}${rr.index + 1}`;
          }),
    )
    .join("");
}

/** "B2:D9" for a block of `rows` × `cols` starting at (row, col); a single cell has no colon. */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Quotes a sheet name when Excel needs it (spaces, punctuation, leading digit, quotes doubled). */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  /** Unquoted sheet name, or null when the address names none. */
  sheet: string | null;
  rect: CellRect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  return row < 0 ? null : { row, col: columnIndex(m[1]) };
}

function badAddress(text: string): PortError {
  return new PortError(
    "bad-address",
    `无法识别地址「${text}」；请写成 B2:D20 或 'Sheet 1'!B2:D20 这样的形式。`,
    `Cannot read the address "${text}"; write it like B2:D20 or 'Sheet 1'!B2:D20.`,
  );
}

/** Parses "B2:D9", "Sheet1!B2", "'It''s'!B2:D9". */
export function parseAddress(text: string): ParsedAddress {
  const trimmed = text.trim();
  let sheet: string | null = null;
  let rest = trimmed;
  const bang = trimmed.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = trimmed.slice(0, bang);
    rest = trimmed.slice(bang + 1);
    if (/^'.*'$/s.test(rawSheet)) {
      const inner = rawSheet.slice(1, -1);
      if (/(^|[^'])'([^']|$)/.test(inner)) throw badAddress(text);
      sheet = inner.replace(/''/g, "'");
    } else if (/^[^'\s!]+$/.test(rawSheet)) {
      sheet = rawSheet;
    } else {
      throw badAddress(text);
    }
  }
  const [a, b, extra] = rest.split(":");
  const start = parseCell(a ?? "");
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end || extra !== undefined) throw badAddress(text);
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return {
    sheet,
    rect: { row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 },
  };
}

const FORBIDDEN_IN_SHEET = /[\\/?*[\]:]/g;

/**
 * A valid, unused worksheet name from what the user typed: Excel forbids \ / ? * [ ] :, a leading
 * or trailing apostrophe and more than 31 characters; taken names get " (2)", " (3)"….
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  let base = wanted.replace(FORBIDDEN_IN_SHEET, "_").replace(/^'+|'+$/g, "").trim();
  if (base === "" || base.toLowerCase() === "history") base = "目标表";
  base = base.slice(0, 31);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * A valid, unused Excel table name: letters, digits, underscores and periods, starting with a
 * letter or underscore (CJK letters allowed), not a cell reference, at most 255 characters.
 */
export function uniqueTableName(wanted: string, taken: readonly string[]): string {
  let base = wanted.replace(/[^A-Za-z0-9_.\u4e00-\u9fff]/g, "_");
  if (!/^[A-Za-z_\u4e00-\u9fff]/.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base)) {
    base = `PT_${base}`;
  }
  base = base.slice(0, 200);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}_${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
