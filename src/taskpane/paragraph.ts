/**
 * The paragraph around a quote in its document, split so the pane can highlight the quote.
 * The catalogue's offset is trusted when the quote is really there; otherwise the nearest
 * occurrence is used; without the document the quote stands alone.
 */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

function locate(text: string, quote: string, offset: number): number {
  if (text.startsWith(quote, offset)) return offset;
  const after = text.indexOf(quote, offset);
  const before = text.lastIndexOf(quote, offset);
  if (after < 0) return before;
  if (before < 0) return after;
  return offset - before <= after - offset ? before : after;
}

export function quoteInParagraph(text: string | null, quote: string, offset: number): QuoteInContext {
  if (!text || !quote) return { before: "", quote, after: "" };
  const at = locate(text, quote, offset);
  if (at < 0) return { before: "", quote, after: "" };
  const start = text.lastIndexOf("\n", at) + 1;
  const endBreak = text.indexOf("\n", at + quote.length);
  const end = endBreak < 0 ? text.length : endBreak;
  return { before: text.slice(start, at).trimStart(), quote, after: text.slice(at + quote.length, end).trimEnd() };
}
