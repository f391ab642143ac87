import type { DocKind, DocumentInfo, Layer } from "./types";

/**
 * When documents disagree, the figure of the higher-ranked document wins:
 * a formally issued plan, outline or work report outranks a progress report, which outranks a speech.
 */
const RANK: Record<DocKind, number> = {
  plan: 3,
  outline: 3,
  work_report: 3,
  progress: 2,
  speech: 1,
  other: 0,
};

export function docKindRank(kind: DocKind): number {
  return RANK[kind];
}

const LAYER_ORDER: Layer[] = ["bundled", "organisation", "workbook"];

/** A document's weight in conflicts: its layer first (workbook > organisation > bundled), then its kind. */
export function documentRank(doc: DocumentInfo): number {
  return 10 * LAYER_ORDER.indexOf(doc.layer ?? "bundled") + docKindRank(doc.kind);
}
