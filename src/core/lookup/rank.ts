/**
 * Which figure wins when documents disagree: a formally issued plan, outline or government work
 * report outranks a progress report, which outranks a speech; among equals, more sources win.
 */
import { docKindRank, documentRank } from "../docRank";
import type { DocumentInfo, Indicator, SourceRef } from "../types";

export type DocumentsByFile = ReadonlyMap<string, DocumentInfo>;

function sourceRank(source: SourceRef, docs: DocumentsByFile): number {
  const doc = docs.get(source.doc);
  return doc ? documentRank(doc) : docKindRank("other");
}

/** The rank of an entry: that of its best source. */
function indicatorRank(indicator: Indicator, docs: DocumentsByFile): number {
  let best = -1;
  for (const source of indicator.sources) best = Math.max(best, sourceRank(source, docs));
  return best;
}

/** Entries for one indicator, region and year, best first (stable for equal entries). */
export function rankEntries(entries: readonly Indicator[], docs: DocumentsByFile): Indicator[] {
  if (entries.length < 2) return [...entries];
  const ranked = entries.map((indicator, order) => ({
    indicator,
    order,
    rank: indicatorRank(indicator, docs),
  }));
  ranked.sort(
    (a, b) => b.rank - a.rank || b.indicator.sources.length - a.indicator.sources.length || a.order - b.order,
  );
  return ranked.map((r) => r.indicator);
}

/** The source a figure is quoted from: the one in the highest-ranked document. */
export function primarySource(indicator: Indicator, docs: DocumentsByFile): SourceRef | undefined {
  let best: SourceRef | undefined;
  let bestRank = -1;
  for (const source of indicator.sources) {
    const rank = sourceRank(source, docs);
    if (rank > bestRank) {
      best = source;
      bestRank = rank;
    }
  }
  return best;
}

/** The title of the document a figure comes from, or its file name when the catalogue lacks it. */
export function sourceTitle(indicator: Indicator, docs: DocumentsByFile): string {
  const source = primarySource(indicator, docs);
  if (!source) return "";
  return docs.get(source.doc)?.title || source.doc;
}

/** The sentence a cell's message shows when other documents give another figure. */
export function conflictNote(winner: Indicator, others: readonly Indicator[], docs: DocumentsByFile): string | null {
  if (others.length === 0) return null;
  const figure = (i: Indicator) => `${i.value}${i.unit}`;
  const zh = others.map((o) => `${figure(o)}（${sourceTitle(o, docs)}）`).join("；");
  const en = others.map((o) => `${figure(o)} (${sourceTitle(o, docs)})`).join("; ");
  return (
    `另有来源给出不同数值：${zh}；此处采用${figure(winner)}（${sourceTitle(winner, docs)}），依据文件级别。` +
    `Other sources give another figure: ${en}; this answer uses ${figure(winner)} from the higher-ranked document.`
  );
}
