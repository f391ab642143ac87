/**
 * Excel on the web refuses a request (one context.sync) whose payload is over 5 MB. Writes that
 * could be large are planned against this budget.
 */

/**
 * Bytes of data per request: 5 MB read as 5,000,000 bytes (the stricter of 5 × 10⁶ and 5 × 2²⁰),
 * less 10 % for Office.js's request envelope (an action and an object path per write) and the
 * batch's other operations (formats, the table, the link record, names).
 */
export const REQUEST_BUDGET = 4_500_000;

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
