/** Node edge: files and folders → extractions → catalogue, with one problem line per unreadable file. */
import { buildCatalogue } from "../catalogue/build";
import { extractDocument } from "../extract";
import type { Catalogue } from "../core/types";
import type { DocExtraction, DocumentMeta } from "../extract/types";
import { FileProblem, readDocuments } from "./documents";

export interface FilesResult {
  catalogue: Catalogue;
  extractions: DocExtraction[];
  texts: Map<string, string>;
  problems: FileProblem[];
}

export function catalogueFromFiles(paths: string[], overrides: Partial<DocumentMeta> = {}): FilesResult {
  const { documents, problems } = readDocuments(paths, overrides);
  const extractions: DocExtraction[] = [];
  const texts = new Map<string, string>();
  for (const d of documents) {
    try {
      extractions.push(extractDocument(d.text, d.meta));
      texts.set(d.meta.file, d.text);
    } catch (e) {
      problems.push({ path: d.path, message: (e as Error).message });
    }
  }
  return { catalogue: buildCatalogue(extractions), extractions, texts, problems };
}
