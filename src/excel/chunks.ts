/**
 * Splitting a large write so each request stays under Excel on the web's 5 MB payload limit.
 */

/** Bytes of cell data per request: the 5 MB limit less room for the batch's other operations. */
export const REQUEST_BUDGET = 4_000_000;

/** UTF-8 length of a string without allocating an encoder buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export interface RowChunk<T> {
  /** Index of the chunk's first row. */
  start: number;
  rows: T[][];
  bytes: number;
}

/** Consecutive rows grouped so each group's JSON stays within `budget` bytes (a single larger row stands alone). */
export function chunkRows<T>(rows: readonly T[][], budget = REQUEST_BUDGET): RowChunk<T>[] {
  const chunks: RowChunk<T>[] = [];
  let current: RowChunk<T> = { start: 0, rows: [], bytes: 0 };
  rows.forEach((row, i) => {
    const size = utf8Length(JSON.stringify(row)) + 1;
    if (current.rows.length > 0 && current.bytes + size > budget) {
      chunks.push(current);
      current = { start: i, rows: [], bytes: 0 };
    }
    current.rows.push(row);
    current.bytes += size;
  });
  if (current.rows.length > 0) chunks.push(current);
  return chunks;
}
