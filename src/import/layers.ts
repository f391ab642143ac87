/**
 * The catalogue the add-in answers from is three layers: the bundled catalogue < the organisation's
 * hosted catalogue < entries saved in this workbook. Each layer's documents carry their layer, so
 * an entry's layer is known from its sources; where layers give different figures for the same
 * indicator, both entries stay and name each other in `conflict`, like documents that disagree.
 */
import { mergeCatalogues, type MergeResult } from "../catalogue/merge";
import type { Catalogue, DocumentInfo, Indicator, Layer } from "../core/types";

export const LAYERS: readonly Layer[] = ["bundled", "organisation", "workbook"];

/** Higher outranks lower when figures conflict. A document without a layer is bundled. */
export function layerRank(layer: Layer | undefined): number {
  return LAYERS.indexOf(layer ?? "bundled");
}

export interface LayerSet {
  bundled: Catalogue;
  organisation?: Catalogue | null;
  workbook?: Catalogue | null;
}

/** The catalogue with every document marked as coming from `layer`. */
export function inLayer(catalogue: Catalogue, layer: Layer): Catalogue {
  return { ...catalogue, documents: catalogue.documents.map((d) => ({ ...d, layer })) };
}

function withoutLayer(d: DocumentInfo): string {
  return JSON.stringify({ ...d, layer: undefined });
}

/**
 * One catalogue from the layers present. The highest layer goes first, so where the same
 * indicator has another figure lower down, the higher layer's entry keeps the id (and the rows
 * linked to it) and the lower one is the conflicting entry. A document present in two layers is
 * counted in the higher one; `documentClashes` lists only those whose details really differ.
 */
export function composeLayers(layers: LayerSet): MergeResult {
  const present: Array<[Layer, Catalogue]> = [];
  if (layers.workbook) present.push(["workbook", layers.workbook]);
  if (layers.organisation) present.push(["organisation", layers.organisation]);
  present.push(["bundled", layers.bundled]);
  const tagged = present.map(([layer, c]) => inLayer(c, layer));
  const result = mergeCatalogues(tagged);
  const kept = new Map(result.catalogue.documents.map((d) => [d.file, withoutLayer(d)]));
  const differing = new Set<string>();
  for (const c of tagged) for (const d of c.documents) if (kept.get(d.file) !== withoutLayer(d)) differing.add(d.file);
  return { ...result, documentClashes: result.documentClashes.filter((f) => differing.has(f)) };
}

/** The layer an entry comes from: the highest among its sources' documents. */
export function layerOf(indicator: Indicator, catalogue: Catalogue): Layer {
  const layers = new Map(catalogue.documents.map((d) => [d.file, d.layer]));
  let best = 0;
  for (const s of indicator.sources) best = Math.max(best, layerRank(layers.get(s.doc)));
  return LAYERS[best];
}

/**
 * The workbook layer after an import: documents imported again (same file name) replace their
 * earlier entries rather than adding a second copy; everything else is kept and merged.
 */
export function addToWorkbookLayer(existing: Catalogue | null, incoming: Catalogue): Catalogue {
  const added = inLayer(incoming, "workbook");
  if (!existing) return mergeCatalogues([added]).catalogue;
  const replaced = new Set(added.documents.map((d) => d.file));
  const indicators = existing.indicators
    .map((i) => ({
      ...i,
      sources: i.sources.filter((s) => !replaced.has(s.doc)),
      actuals: i.actuals.filter((a) => !replaced.has(a.doc)),
    }))
    .filter((i) => i.sources.length > 0);
  const ids = new Set(indicators.map((i) => i.id));
  const kept: Catalogue = {
    ...existing,
    documents: existing.documents.filter((d) => !replaced.has(d.file)),
    indicators: indicators.map((i) => ({ ...i, conflict: i.conflict.filter((id) => ids.has(id)) })),
  };
  return mergeCatalogues([added, inLayer(kept, "workbook")]).catalogue;
}
