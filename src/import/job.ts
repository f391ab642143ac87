/**
 * One import: pasted or opened text → one extraction per document in it. Written as a generator
 * that yields progress after every chunk, so the same code runs in the Web Worker (posting each
 * step) and on the UI thread when there is no worker (pausing between steps).
 */
import { contentHash } from "../catalogue/hash";
import type { DocKind, DocumentInfo } from "../core/types";
import { MAX_DOCUMENT_BYTES } from "../extract/decode";
import { inferDocument } from "../extract/document";
import type { DocExtraction } from "../extract/types";
import { chunkPart, extractChunk, joinChunks } from "./chunks";
import { ImportError, megabytes } from "./errors";
import { splitDocuments, type TextPart } from "./split";

export interface ImportRequest {
  text: string;
  /** The name documents are known by: the opened file's name, or pasteFileName(text). */
  file: string;
  /** Given by the user for every document; otherwise read from each document's title. */
  region?: string;
  year?: number;
  kind?: DocKind;
  /** Treat text with several titles as several documents (default true). */
  split?: boolean;
}

export interface ImportProgress {
  /** Characters extracted so far, of `total`. */
  done: number;
  total: number;
  /** 1-based number of the document being read, of `documents`. */
  document: number;
  documents: number;
}

export interface ImportedDocument {
  /** The document's own text: every quote's offset points into it. */
  text: string;
  extraction: DocExtraction;
}

export interface ImportOutcome {
  documents: ImportedDocument[];
  /** Things the user should know (documents split apart, nothing found), Chinese first. */
  notices: string[];
  /** Documents that could not be read, each with what to do. */
  failures: Array<{ title: string; message: string }>;
}

/** A stable name for pasted text: pasting the same text again replaces, not duplicates, its entries. */
export function pasteFileName(text: string): string {
  return `粘贴-${contentHash(text).slice(0, 8)}.txt`;
}

function partFileName(file: string, n: number, count: number): string {
  if (count === 1) return file;
  const dot = file.lastIndexOf(".");
  return dot > 0 ? `${file.slice(0, dot)}-${n}${file.slice(dot)}` : `${file}-${n}`;
}

export const NO_TARGETS_NOTICE =
  "没有找到量化目标（如“新增高新技术企业4000家”）。请确认粘贴的是规划、计划或工作报告的正文，而不是目录或网页导航；表格请整张复制。" +
  " No quantitative targets (such as 新增高新技术企业4000家) were found. Check that the text is the body of a plan, a programme or a work report, not a contents page or site navigation; copy tables whole.";

function splitNotice(titles: string[]): string {
  const zh = titles.map((t) => `《${t}》`).join("、");
  const en = titles.map((t) => `"${t}"`).join(", ");
  return (
    `检测到 ${titles.length} 篇文件连在一起，已分别识别：${zh}。如果拆分有误，请选择“作为一篇文件识别”。` +
    ` Found ${titles.length} documents pasted together and read each on its own: ${en}. If that split is wrong, choose "Read as one document".`
  );
}

function metaFailure(title: string): string {
  return (
    `无法从《${title}》的标题判断地区或年份；请在上方填写地区和年份后重新识别。` +
    ` Cannot tell the region or year of "${title}" from its title; fill in the region and year above and read it again.`
  );
}

function checkRequest(request: ImportRequest): void {
  if (request.text.trim() === "") {
    throw new ImportError("没有可识别的文字；请粘贴文件正文或打开 .txt/.docx 文件。There is no text to read; paste a document's text or open a .txt or .docx file.");
  }
  if (request.text.length > MAX_DOCUMENT_BYTES) {
    throw new ImportError(
      `文字过长（约 ${megabytes(request.text.length * 3)}）；请每次导入一篇或几篇文件。` +
        ` The text is too long (about ${megabytes(request.text.length * 3)}); import one or a few documents at a time.`,
    );
  }
}

export function* importSteps(request: ImportRequest): Generator<ImportProgress, ImportOutcome, void> {
  checkRequest(request);
  const { text } = request;
  const parts: TextPart[] = request.split === false ? [{ start: 0, end: text.length, title: null }] : splitDocuments(text);
  const outcome: ImportOutcome = { documents: [], notices: [], failures: [] };
  const progress: ImportProgress = { done: 0, total: text.length, document: 0, documents: parts.length };
  for (const [i, part] of parts.entries()) {
    progress.document = i + 1;
    const docText = text.slice(part.start, part.end);
    const file = partFileName(request.file, i + 1, parts.length);
    let doc: DocumentInfo;
    try {
      doc = inferDocument(docText, { file, region: request.region, year: request.year, kind: request.kind });
    } catch {
      outcome.failures.push({ title: part.title ?? file, message: metaFailure(part.title ?? file) });
      progress.done += docText.length;
      yield { ...progress };
      continue;
    }
    const extracted: DocExtraction[] = [];
    for (const chunk of chunkPart(text, part)) {
      extracted.push(extractChunk(docText, part.start, chunk, doc));
      progress.done += chunk.end - chunk.start;
      yield { ...progress };
    }
    outcome.documents.push({ text: docText, extraction: joinChunks(doc, extracted) });
  }
  if (parts.length > 1) outcome.notices.push(splitNotice(parts.map((p, i) => p.title ?? partFileName(request.file, i + 1, parts.length))));
  const found = outcome.documents.some((d) => d.extraction.targets.length > 0 || d.extraction.actuals.length > 0);
  if (outcome.documents.length > 0 && !found) outcome.notices.push(NO_TARGETS_NOTICE);
  return outcome;
}

/** Runs an import to the end on this thread. */
export function runImport(request: ImportRequest, onProgress?: (p: ImportProgress) => void): ImportOutcome {
  const steps = importSteps(request);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}
