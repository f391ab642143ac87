/**
 * What a figure measures, in the terms a name can say it: an amount (a level, count, share, ratio
 * or total), an increment (新增…), a growth rate, a change against a base (累计提高, 下降), or a
 * multiple (翻番). The same subject often has several: 2025年地区生产总值 8.5万亿元 and its growth
 * 5.5%; 5G基站累计数 2.2万个 and 新建5G基站 3000个. A name that says which (GDP增长, 城镇化率累计提高,
 * 实际利用外资额, 5G基站总数) only matches figures of that measure; a bare name (GDP, 5G基站) prefers
 * the amount, then the increment, and takes a rate or change only where the subject has nothing else.
 */
import type { TargetKind } from "../types";

export type Measure = "amount" | "increment" | "growth" | "change" | "multiple";

/** Rates and changes: a bare name reaches them only by holding their words. */
export const isRateOrChange = (m: Measure) => m === "growth" || m === "change";

/** Order of preference for a name that says no measure. */
export const BARE_PREFERENCE: readonly Measure[] = ["amount", "increment"];

/**
 * The measure of a catalogue figure, from its kind and unit and what its canonical name says. A
 * five-year figure (cumulative) is a change when it is a rise or fall (城镇化率累计提高 4.2%), and an
 * amount when it totals what was done (累计新增城镇就业 400万人).
 */
export function measureOf(kind: TargetKind, unit: string, said: Measure | null): Measure {
  if (kind === "growth_rate") return "growth";
  if (kind === "reduction") return "change";
  if (kind === "cumulative") return said === "change" || RATE_UNIT.test(unit) ? "change" : "amount";
  if (kind === "increment") return "increment";
  return unit === "倍" ? "multiple" : "amount";
}

const RATE_UNIT = /^(%|‰|个?百分点)$/;

/** Endings of canonical names (see synonyms.ts) and the measure each says. */
const SAID: ReadonlyArray<readonly [RegExp, Measure]> = [
  [/增长$/, "growth"],
  [/(?:下降|提高)$/, "change"],
  [/翻番$/, "multiple"],
  [/新(?:增|建)$/, "increment"],
];

/** Endings of normalised names asking for an amount; the canonical form drops them (5g基站总数 → 5g基站). */
const AMOUNT_WORDING = /(?:累计数?|总数|总量|总额|金额|额|规模)$/;

/** The measure a name says by its ending (canonical form, and as normalised), or null when it says none. */
export function saidMeasure(canonical: string, normal: string): Measure | null {
  for (const [ending, measure] of SAID) if (ending.test(canonical)) return measure;
  return AMOUNT_WORDING.test(normal) ? "amount" : null;
}
