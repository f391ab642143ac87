/**
 * The workbook layer as the text of one custom XML part: the catalogue JSON, XML-escaped, inside
 * a root element in our namespace. `savedAt` orders parts, so if a save ever left two behind
 * (the old one failed to delete), the newer one is read.
 */
import { CatalogueError, parseCatalogue } from "../catalogue/load";
import type { Catalogue } from "../core/types";

export const WORKBOOK_CATALOGUE_NAMESPACE = "https://plantargets/workbook-catalogue/v1";

const ROOT = "workbookCatalogue";

export interface StoredCatalogue {
  savedAt: number;
  catalogue: Catalogue;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text content as an XML parser would give it: entities resolved, CDATA sections unwrapped. */
function xmlText(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((piece) =>
    piece.startsWith("<![CDATA[")
      ? piece.slice(9, -3)
      : piece.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
          if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
          if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
          return ENTITIES[name] ?? whole;
        }),
  ).join("");
}

export function catalogueToXml(catalogue: Catalogue, savedAt: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<${ROOT} xmlns="${WORKBOOK_CATALOGUE_NAMESPACE}" savedAt="${savedAt}">${escapeXml(JSON.stringify(catalogue))}</${ROOT}>`
  );
}

/** Names the workbook's own catalogue as the culprit, keeping the loader's message on what is wrong. */
function unreadable(why: string): CatalogueError {
  return new CatalogueError(`工作簿中保存的导入目录无法读取。The imported catalogue saved in this workbook cannot be read. ${why}`);
}

/** Reads a part written by catalogueToXml (Excel may re-serialise it: prefixes, declaration, CDATA). */
export function readCatalogueXml(xml: string): StoredCatalogue {
  const root = new RegExp(`<(?:[\\w.-]+:)?${ROOT}\\b([^>]*)>([\\s\\S]*)</(?:[\\w.-]+:)?${ROOT}\\s*>`).exec(xml);
  if (!root) throw unreadable("缺少目录内容，请重新导入文件后保存。Its catalogue element is missing; import the documents again and save.");
  const savedAt = Number(/\bsavedAt\s*=\s*["'](\d+)["']/.exec(root[1])?.[1] ?? 0);
  try {
    return { savedAt, catalogue: parseCatalogue(xmlText(root[2])) };
  } catch (e) {
    throw unreadable((e as Error).message);
  }
}
