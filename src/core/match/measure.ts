/**
 * What a figure measures, in the terms a name can say it: an amount (a level, count, share or
 * ratio), a growth rate, a change against a base (累计提高, 下降), or a multiple (翻番). The same
 * subject often has several: 2025年地区生产总值 8.5万亿元 and its growth 5.5%. A name that says
 * which (GDP增长, 城镇化率累计提高, 实际利用外资额) only matches figures of that measure; a bare
 * name (GDP) prefers the amount.
 */
import type { TargetKind } from "../types";

export type Measure = "amount" | "growth" | "change" | "multiple";

/** The measure of a catalogue figure. */
export function measureOf(kind: TargetKind, unit: string): Measure {
  if (kind === "growth_rate") return "growth";
  if (kind === "reduction" || kind === "cumulative") return "change";
  return unit === "倍" ? "multiple" : "amount";
}

/** Endings of canonical names (see synonyms.ts) and the measure each says. */
const SAID: ReadonlyArray<readonly [RegExp, Measure]> = [
  [/增长$/, "growth"],
  [/(?:下降|提高)$/, "change"],
  [/翻番$/, "multiple"],
  [/(?:额|总量|规模)$/, "amount"],
];

/** The measure a canonical name says by its ending, or null when it says none. */
export function saidMeasure(canonical: string): Measure | null {
  for (const [ending, measure] of SAID) if (ending.test(canonical)) return measure;
  return null;
}
