/**
 * An opened file → its text: Word files through mammoth (the container decides, not the name,
 * so a renamed .doc is recognised), text files through decodeDocument (UTF-8, UTF-16, GBK).
 */
import { decodeDocument } from "../extract/decode";
import { docxToText } from "./docx";
import { ImportError } from "./errors";

/** What the file picker offers. */
export const ACCEPTED_FILE_TYPES = ".txt,.docx";

const TEXT_EXTENSIONS = new Set(["", ".txt", ".text"]);
const WORD_EXTENSIONS = new Set([".docx", ".doc"]);

function extension(name: string): string {
  const base = name.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readImportFile(name: string, bytes: Uint8Array): Promise<string> {
  const ext = extension(name);
  if (WORD_EXTENSIONS.has(ext) || isZip(bytes)) return docxToText(bytes);
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new ImportError(
      `不支持 ${ext} 文件；请导入 .txt 或 .docx（PDF、WPS 等请先另存为 .docx 或 .txt）。` +
        ` ${ext} files are not supported; import .txt or .docx (save PDF, WPS and others as .docx or .txt first).`,
    );
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new ImportError(decoded.message);
  return decoded.text;
}
