/**
 * A long document is extracted a chunk at a time so progress can be reported and the worker's
 * messages stay small. Chunks end before a section heading or a 专栏 where possible, so a table
 * or a paragraph is not cut in two; offsets are shifted back into the whole document afterwards.
 */
import { extractDocument } from "../extract";
import type { DocExtraction } from "../extract/types";
import type { DocumentInfo } from "../core/types";
import type { TextPart } from "./split";

/** Characters per chunk: about 60 ms of extraction, far more than most documents. */
export const CHUNK_CHARS = 64 * 1024;

const HEADING = /^[ \t\u3000]*(?:第[一二三四五六七八九十百\d]+[章节篇部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|专栏)/;

/** Where to end a chunk that may not pass `limit`: before a heading, else after a sentence, else at a line. */
function cutBefore(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  let afterSentence = -1;
  let afterLine = -1;
  for (let nl = text.lastIndexOf("\n", limit - 1); nl > floor; nl = text.lastIndexOf("\n", nl - 1)) {
    const lineStart = nl + 1;
    if (HEADING.test(text.slice(lineStart, lineStart + 12))) return lineStart;
    if (afterLine < 0) afterLine = lineStart;
    if (afterSentence < 0 && /[。；;！？]\s*$/.test(text.slice(Math.max(from, nl - 4), nl))) afterSentence = lineStart;
  }
  if (afterSentence > 0) return afterSentence;
  return afterLine > 0 ? afterLine : limit;
}

/** Consecutive parts covering `part`, each at most CHUNK_CHARS long. */
export function chunkPart(text: string, part: TextPart, size = CHUNK_CHARS): TextPart[] {
  const chunks: TextPart[] = [];
  let start = part.start;
  while (part.end - start > size) {
    const end = cutBefore(text, start, start + size);
    chunks.push({ start, end, title: null });
    start = end;
  }
  chunks.push({ start, end: part.end, title: null });
  return chunks;
}

/** Extracts one chunk of `docText` (which starts at `docStart` in the whole text) with offsets into the document. */
export function extractChunk(docText: string, docStart: number, chunk: TextPart, doc: DocumentInfo): DocExtraction {
  const from = chunk.start - docStart;
  const ex = extractDocument(docText.slice(from, chunk.end - docStart), {
    file: doc.file,
    title: doc.title,
    region: doc.region,
    year: doc.year,
    kind: doc.kind,
  });
  const shift = <T extends { offset: number }>(x: T): T => ({ ...x, offset: x.offset + from });
  return { ...ex, doc, targets: ex.targets.map(shift), actuals: ex.actuals.map(shift), skipped: ex.skipped.map(shift) };
}

/** One extraction from a document's chunks, in order. */
export function joinChunks(doc: DocumentInfo, parts: DocExtraction[]): DocExtraction {
  const joined: DocExtraction = { doc, targets: [], actuals: [], skipped: [], warnings: [] };
  const warnings = new Set<string>();
  for (const part of parts) {
    const base = joined.targets.length;
    joined.targets.push(...part.targets);
    for (const a of part.actuals) joined.actuals.push({ ...a, targetIndex: a.targetIndex === null ? null : a.targetIndex + base });
    joined.skipped.push(...part.skipped);
    // A chunk without targets warns about itself, not the document; keep those only if no chunk found any.
    if (part.targets.length > 0) for (const w of part.warnings) warnings.add(w);
  }
  if (joined.targets.length === 0 && parts.length > 0) for (const w of parts[0].warnings) warnings.add(w);
  joined.warnings = [...warnings];
  return joined;
}
