/**
 * What we last wrote into a row's catalogue cells, kept as short hashes in the row's hidden
 * 写入校验 cell: a cell whose value no longer hashes the same was edited by hand.
 */
import { tidy } from "../core/units";
import type { CellValue } from "./tableSpec";

const WIDTH = 5;
const MOD = 36 ** WIDTH;

/** The form cells are compared in: Excel gives back "" for empty and numbers as numbers. */
export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(tidy(value));
  return String(value);
}

export function cellHash(value: CellValue): string {
  let h = 0x811c9dc5;
  const text = cellText(value);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % MOD).toString(36).padStart(WIDTH, "0");
}

export function fingerprint(values: readonly CellValue[]): string {
  return values.map(cellHash).join("");
}

/** The hash stored for the index-th catalogue cell ("" when the print is missing or short). */
export function printSegment(print: string, index: number): string {
  return print.slice(index * WIDTH, (index + 1) * WIDTH);
}
