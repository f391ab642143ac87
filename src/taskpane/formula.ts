/**
 * The =PLANTARGET(...) formula that answers with a given indicator: the region is written only when
 * the formula without it would answer with another entry (or not at all).
 */
import type { CatalogueIndex } from "../core/lookup/index";
import type { Indicator } from "../core/types";

const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function planTargetFormula(ind: Indicator, index: CatalogueIndex, defaultRegion: string | null): string {
  const plain = index.lookup({ name: ind.name, year: ind.year, defaultRegion });
  const needsRegion = !plain.ok || plain.indicator.id !== ind.id;
  return `=PLANTARGET(${text(ind.name)},${ind.year}${needsRegion ? `,${text(ind.region)}` : ""})`;
}
