/**
 * Merging catalogues (bundled < organisation < workbook, or any two files): entries with the same id
 * and figure become one with both sets of sources; the same id with another figure is a conflict,
 * kept as two entries naming each other; the first catalogue's entry keeps its id.
 */
import type { Catalogue, DocumentInfo, Indicator } from "../core/types";
import { contentHash, sealCatalogue } from "./hash";

export interface MergeResult {
  catalogue: Catalogue;
  /** Pairs of entries that disagree: [kept id, added id]. */
  conflicts: Array<[string, string]>;
  /** Documents of the same file name whose metadata differs (the first is kept). */
  documentClashes: string[];
}

function sameFigure(a: Indicator, b: Indicator): boolean {
  return a.value === b.value && a.unit === b.unit && a.valueMax === b.valueMax;
}

function union<T>(xs: T[], ys: T[], key: (x: T) => string): T[] {
  const seen = new Set(xs.map(key));
  return [...xs, ...ys.filter((y) => !seen.has(key(y)))];
}

export function mergeCatalogues(catalogues: Catalogue[]): MergeResult {
  const documents = new Map<string, DocumentInfo>();
  const documentClashes: string[] = [];
  const entries = new Map<string, Indicator>();
  const conflicts: Array<[string, string]> = [];
  for (const c of catalogues) {
    for (const d of c.documents) {
      const known = documents.get(d.file);
      if (!known) documents.set(d.file, d);
      else if (JSON.stringify(known) !== JSON.stringify(d)) documentClashes.push(d.file);
    }
    for (const incoming of c.indicators) {
      const known = entries.get(incoming.id);
      if (!known) {
        entries.set(incoming.id, { ...incoming, conflict: [...incoming.conflict] });
      } else if (sameFigure(known, incoming)) {
        known.sources = union(known.sources, incoming.sources, (s) => `${s.doc}@${s.offset}`);
        known.actuals = union(known.actuals, incoming.actuals, (a) => `${a.doc}@${a.offset}#${a.value}`);
        known.aliases = [...new Set([...known.aliases, ...incoming.aliases])];
        known.conflict = [...new Set([...known.conflict, ...incoming.conflict])];
      } else {
        const id = `${incoming.id}-${contentHash(`${incoming.value}|${incoming.unit}|${incoming.valueMax}`).slice(0, 6)}`;
        const added = { ...incoming, id, conflict: [...new Set([...incoming.conflict, known.id])] };
        if (!entries.has(id)) entries.set(id, added);
        known.conflict = [...new Set([...known.conflict, id])];
        conflicts.push([known.id, id]);
      }
    }
  }
  // Conflict lists may name entries renamed above or missing from every input; keep only real ones.
  for (const e of entries.values()) e.conflict = e.conflict.filter((id) => id !== e.id && entries.has(id));
  return { catalogue: sealCatalogue([...documents.values()], [...entries.values()]), conflicts, documentClashes };
}
