/**
 * A quote as one line, for a cell, a formula's answer or a sheet of sources. A table row's quote
 * runs from its name cell to its value cell, one cell per line in the document; shown on one line
 * the cells stand apart by a space. The catalogue keeps the quote as it is in the document.
 */
export function quoteLine(quote: string): string {
  return quote.replace(/\s*\n\s*/g, " ").trim();
}
