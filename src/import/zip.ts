/**
 * What a .docx container holds, read from the zip's central directory before anything is inflated:
 * entry names and their declared sizes. This is how a zip bomb is refused cheaply: its directory
 * announces sizes (or compression ratios) no planning document has.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
/** A size or offset this large in a 32-bit field means "see the zip64 record". */
const ZIP64_MARK = 0xffffffff;

/** The directory could not be read: a truncated or corrupt file. */
export class DamagedZipError extends Error {}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function need(b: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > b.length) throw new DamagedZipError("zip directory out of range");
}

/** The end-of-central-directory record is the last thing in the file, before an optional comment. */
function findEndRecord(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - EOCD_MIN - MAX_COMMENT);
  for (let at = b.length - EOCD_MIN; at >= lowest; at--) {
    if (u32(b, at) === EOCD_SIGNATURE) return at;
  }
  throw new DamagedZipError("no end of central directory");
}

interface Directory {
  offset: number;
  size: number;
  entries: number;
}

function readDirectory(b: Uint8Array): Directory {
  const end = findEndRecord(b);
  const dir = { entries: u16(b, end + 10), size: u32(b, end + 12), offset: u32(b, end + 16) };
  if (dir.offset !== ZIP64_MARK && dir.size !== ZIP64_MARK && dir.entries !== 0xffff) return dir;
  const locator = end - 20;
  need(b, locator, 20);
  if (u32(b, locator) !== ZIP64_LOCATOR_SIGNATURE) throw new DamagedZipError("no zip64 locator");
  const record = u64(b, locator + 8);
  need(b, record, 56);
  if (u32(b, record) !== ZIP64_EOCD_SIGNATURE) throw new DamagedZipError("no zip64 record");
  return { entries: u64(b, record + 32), size: u64(b, record + 40), offset: u64(b, record + 48) };
}

/** Sizes marked 0xFFFFFFFF are in the zip64 extra field (id 1), uncompressed first. */
function zip64Sizes(b: Uint8Array, extra: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extra; at + 4 <= extraEnd; ) {
    const id = u16(b, at);
    const length = u16(b, at + 2);
    if (id === 1) {
      let field = at + 4;
      if (entry.uncompressedSize === ZIP64_MARK) {
        need(b, field, 8);
        entry.uncompressedSize = u64(b, field);
        field += 8;
      }
      if (entry.compressedSize === ZIP64_MARK) {
        need(b, field, 8);
        entry.compressedSize = u64(b, field);
      }
      return;
    }
    at += 4 + length;
  }
}

/** How many entries the archive declares. Throws DamagedZipError when it cannot be read. */
export function zipEntryCount(b: Uint8Array): number {
  return readDirectory(b).entries;
}

/** Entries as the central directory declares them. Throws DamagedZipError when it cannot be read. */
export function readZipDirectory(b: Uint8Array): ZipEntry[] {
  const dir = readDirectory(b);
  need(b, dir.offset, dir.size);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = dir.offset;
  for (let i = 0; i < dir.entries; i++) {
    need(b, at, 46);
    if (u32(b, at) !== CENTRAL_SIGNATURE) throw new DamagedZipError("bad central directory entry");
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    need(b, at + 46, nameLength + extraLength);
    const entry: ZipEntry = {
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: u32(b, at + 20),
      uncompressedSize: u32(b, at + 24),
    };
    const extra = at + 46 + nameLength;
    zip64Sizes(b, extra, extra + extraLength, entry);
    entries.push(entry);
    at = extra + extraLength + commentLength;
  }
  return entries;
}
