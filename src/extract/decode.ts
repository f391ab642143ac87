/**
 * Bytes of a planning document → text. Pure (TextDecoder exists in Node, browsers and Excel):
 * UTF-8 (with or without BOM), UTF-16 with BOM, and GBK/GB18030, which many government sites still serve.
 */

/** Real planning documents are well under 1 MB; beyond this a file is not one document. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export type DecodedText =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" }
  | { ok: false; reason: "empty" | "binary" | "too_large" | "unknown_encoding"; message: string };

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** NUL bytes or many control characters in the first 8 KB mean a binary file (an image, a .doc, a zip). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeDocument(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || (b >= 9 && b <= 13))) {
    return { ok: false, reason: "empty", message: "文件为空，没有可读取的文字。The file is empty: there is no text to read." };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      reason: "too_large",
      message:
        `文件过大（${mb(bytes.length)} MB，上限 ${mb(MAX_DOCUMENT_BYTES)} MB），不像单篇规划文件；请拆分后再导入。` +
        ` The file is too large (${mb(bytes.length)} MB, limit ${mb(MAX_DOCUMENT_BYTES)} MB) for one planning document; split it and try again.`,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      reason: "binary",
      message:
        "这是二进制文件（如图片、.doc 或压缩包），不是纯文本；请另存为 UTF-8 文本（.txt）后再导入。" +
        " This is a binary file (an image, a .doc or an archive), not plain text; save it as UTF-8 text (.txt) and try again.",
    };
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  const gbk = tryDecode("gb18030", bytes);
  if (gbk !== null) return { ok: true, text: gbk, encoding: "gb18030" };
  return {
    ok: false,
    reason: "unknown_encoding",
    message:
      "无法识别文件编码（既不是 UTF-8 也不是 GBK）；请用文本编辑器另存为 UTF-8 后再导入。" +
      " The file's encoding is neither UTF-8 nor GBK; re-save it as UTF-8 and try again.",
  };
}
