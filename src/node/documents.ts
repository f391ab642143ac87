/**
 * Node edge: planning documents from files and folders. Each folder may hold a meta.json
 * (file name → title, region, year, kind) for documents whose text does not say them.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { basename, dirname, join } from "path";
import { decodeDocument } from "../extract/decode";
import type { DocumentMeta } from "../extract/types";

export interface LoadedDocument {
  path: string;
  text: string;
  meta: DocumentMeta;
}

export interface FileProblem {
  path: string;
  message: string;
}

function readMeta(folder: string, cache: Map<string, Record<string, Omit<DocumentMeta, "file">>>): Record<string, Omit<DocumentMeta, "file">> {
  const cached = cache.get(folder);
  if (cached) return cached;
  let meta: Record<string, Omit<DocumentMeta, "file">> = {};
  try {
    meta = JSON.parse(readFileSync(join(folder, "meta.json"), "utf8"));
  } catch {
    meta = {};
  }
  cache.set(folder, meta);
  return meta;
}

/** Files named directly are read whatever their extension; folders contribute their .txt files, sorted. */
function expand(paths: string[], problems: FileProblem[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push({ path: p, message: `找不到文件或文件夹：${p}。No such file or folder: ${p}.` });
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const inside = readdirSync(p)
      .filter((n) => n.toLowerCase().endsWith(".txt"))
      .sort();
    if (inside.length === 0) problems.push({ path: p, message: `文件夹中没有 .txt 文件：${p}。The folder has no .txt files: ${p}.` });
    files.push(...inside.map((n) => join(p, n)));
  }
  return files;
}

export function readDocuments(paths: string[], overrides: Partial<DocumentMeta> = {}): { documents: LoadedDocument[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const documents: LoadedDocument[] = [];
  const metaCache = new Map<string, Record<string, Omit<DocumentMeta, "file">>>();
  for (const path of expand(paths, problems)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      problems.push({ path, message: `无法读取文件：${(e as Error).message}。Cannot read the file: ${(e as Error).message}.` });
      continue;
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) {
      problems.push({ path, message: decoded.message });
      continue;
    }
    const file = basename(path);
    const fromFolder = readMeta(dirname(path), metaCache)[file] ?? {};
    documents.push({ path, text: decoded.text, meta: { ...fromFolder, ...overrides, file } });
  }
  return { documents, problems };
}
