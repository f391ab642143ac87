/**
 * A .docx file → the text the extractor reads. The container is checked first (a renamed .doc,
 * RTF, a damaged file, a zip bomb), then mammoth reads the document; its tables are flattened
 * one cell per line, the way planning documents copied from the web arrive (seeds/003's 专栏).
 */
import { MAX_DOCUMENT_BYTES } from "../extract/decode";
import { ImportError, megabytes } from "./errors";
import { DamagedZipError, readZipDirectory, zipEntryCount, type ZipEntry } from "./zip";

/** What all entries may unpack to: a long plan with images is a few tens of MB. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** XML compresses 5–20×; a part that inflates 100× and more is built to exhaust memory. */
export const MAX_COMPRESSION_RATIO = 100;
/** Small parts may compress better than that harmlessly. */
const RATIO_CHECK_FROM = 1024 * 1024;
const MAX_ENTRIES = 5000;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Lines of the document as the extractor expects them: paragraphs apart, one table cell per line. */
export function flattenDocument(root: DocxElement): string {
  const lines: string[] = [];
  collectBlocks(root, lines);
  return lines.join("\n\n") + "\n";
}

/** The subset of mammoth's document model that carries text. */
export interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
}

function inlineText(el: DocxElement): string {
  switch (el.type) {
    case "text":
      return el.value ?? "";
    case "tab":
      return "\t";
    case "break":
      return el.breakType === "line" ? "\n" : "";
    default:
      return (el.children ?? []).map(inlineText).join("");
  }
}

function collectBlocks(el: DocxElement, lines: string[]): void {
  if (el.type === "paragraph") {
    lines.push(inlineText(el));
  } else if (el.type === "tableCell") {
    // A cell's paragraphs and line breaks are one cell; an empty cell still takes its line.
    const inner: string[] = [];
    for (const child of el.children ?? []) collectBlocks(child, inner);
    const text = inner.join("").replace(/\s*\n\s*/g, "").trim();
    lines.push(text || "\u00a0");
  } else {
    for (const child of el.children ?? []) collectBlocks(child, lines);
  }
}

const MESSAGES = {
  ole:
    "该文件是旧版 Word 格式（.doc，哪怕扩展名是 .docx）或加密文档，无法直接读取；请在 Word 或 WPS 中另存为 .docx（不加密）或 .txt 后再导入。" +
    " This file is an old-format Word document (.doc, even if named .docx) or an encrypted one, which cannot be read; open it in Word or WPS, save it as an unprotected .docx or as .txt, and try again.",
  rtf:
    "该文件其实是 RTF 格式，不是 .docx；请在 Word 或 WPS 中另存为 .docx 或 .txt 后再导入。" +
    " This file is really RTF, not .docx; save it as .docx or .txt in Word or WPS and try again.",
  notZip:
    "该文件不是有效的 .docx（缺少 zip 文件头）；请确认文件完整，或另存为 .txt 后再导入。" +
    " This is not a valid .docx (no zip header); check that the file is complete, or save it as .txt and try again.",
  damaged:
    "该 .docx 文件已损坏或不完整，无法读取目录；请重新下载或另存后再导入。" +
    " This .docx is damaged or truncated and its directory cannot be read; download or save it again and retry.",
  notWord:
    "该压缩包不是 Word 文档（没有 word/document.xml）；可能是 .xlsx 或 .pptx，请导入 Word 文档或 .txt。" +
    " This archive is not a Word document (no word/document.xml); it may be .xlsx or .pptx. Import a Word document or a .txt file.",
  unreadable: (why: string) =>
    `无法读取该 .docx（${why}）；请在 Word 或 WPS 中另存为 .txt 后再导入。` +
    ` This .docx cannot be read (${why}); save it as .txt in Word or WPS and try again.`,
};

function bombMessage(detail: string): string {
  return (
    `该 .docx 解压后过大（${detail}），疑似“压缩炸弹”，已拒绝读取；正常的规划文件不会这样。请确认文件来源。` +
    ` This .docx would unpack to too much data (${detail}); it looks like a zip bomb and was not read. Real planning documents never do this; check where the file came from.`
  );
}

/** Refuses entries no Word document has; returns nothing when the declared sizes are sane. */
function checkSizes(entries: ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize >= RATIO_CHECK_FROM && ratio > MAX_COMPRESSION_RATIO) {
      throw new ImportError(bombMessage(`${e.name}: ${megabytes(e.uncompressedSize)}, ${Math.round(ratio)}:1`));
    }
  }
  if (total > MAX_UNPACKED_BYTES) {
    throw new ImportError(bombMessage(`${megabytes(total)} > ${megabytes(MAX_UNPACKED_BYTES)}`));
  }
}

/** Everything that can be said about a .docx before inflating any of it. Throws ImportError. */
export function checkDocxContainer(bytes: Uint8Array): void {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new ImportError(
      `文件过大（${megabytes(bytes.length)}，上限 ${megabytes(MAX_DOCUMENT_BYTES)}）；请拆分后再导入。` +
        ` The file is too large (${megabytes(bytes.length)}, limit ${megabytes(MAX_DOCUMENT_BYTES)}); split it and try again.`,
    );
  }
  if (startsWith(bytes, OLE_MAGIC)) throw new ImportError(MESSAGES.ole);
  if (startsWith(bytes, RTF_MAGIC)) throw new ImportError(MESSAGES.rtf);
  if (!startsWith(bytes, ZIP_MAGIC)) throw new ImportError(MESSAGES.notZip);
  let entries: ZipEntry[];
  try {
    if (zipEntryCount(bytes) > MAX_ENTRIES) throw new ImportError(bombMessage(`> ${MAX_ENTRIES} entries`));
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof DamagedZipError) throw new ImportError(MESSAGES.damaged);
    throw e;
  }
  checkSizes(entries);
  if (!entries.some((e) => e.name === "word/document.xml")) throw new ImportError(MESSAGES.notWord);
}

/**
 * mammoth opens `buffer` under Node and `arrayBuffer` in browsers (its package.json swaps the
 * unzipper); an ArrayBuffer serves both.
 */
function mammothInput(bytes: Uint8Array): { arrayBuffer: ArrayBuffer } {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer };
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  checkDocxContainer(bytes);
  let root: DocxElement | null = null;
  // Loaded on first use: mammoth and its unzipper are most of the pane's code, and most imports are pasted text.
  const { default: mammoth } = await import("mammoth");
  try {
    // mammoth's document model is the only public way to its tables; the HTML it would render is skipped.
    await mammoth.convertToHtml(mammothInput(bytes), {
      transformDocument: (doc: DocxElement) => {
        root = doc;
        return { ...doc, children: [] };
      },
    });
  } catch (e) {
    throw new ImportError(MESSAGES.unreadable((e as Error).message));
  }
  if (root === null) throw new ImportError(MESSAGES.unreadable("no document body"));
  return flattenDocument(root);
}
