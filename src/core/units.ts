/**
 * Units as written in planning documents (万个, 亿元, 万元/人, 个百分点) and their base units.
 * Only a leading 万/亿/万亿 multiplier on the numerator is expanded: 人/亿元 is a unit of its own.
 */

const MULTIPLIERS: ReadonlyArray<[string, number]> = [
  ["万亿", 1e12],
  ["亿", 1e8],
  ["万", 1e4],
];

export interface BaseQuantity {
  value: number;
  unit: string;
  /** Factor from the written unit to the base unit. */
  factor: number;
}

/** Splits 万个 into 个 ×1e4; 个百分点, %, 人/亿元 are returned unchanged. */
export function baseUnit(unit: string): { unit: string; factor: number } {
  for (const [prefix, factor] of MULTIPLIERS) {
    if (unit.startsWith(prefix) && !unit.startsWith("万分") && !unit.startsWith("亿分")) {
      return { unit: unit.slice(prefix.length), factor };
    }
  }
  return { unit, factor: 1 };
}

/** Rounds away binary noise: 5 × 1e4 must be exactly 50000, 8.5 × 1e12 exactly 8.5e12. */
export function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(12));
}

/** 5 万个 → 50000 个. */
export function toBaseUnits(value: number, unit: string): BaseQuantity {
  const { unit: base, factor } = baseUnit(unit);
  return { value: tidy(value * factor), unit: base, factor };
}

/** Converts between units sharing a base unit (万个 → 个, 亿元 → 万元); null when incompatible. */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = baseUnit(from);
  const b = baseUnit(to);
  if (a.unit !== b.unit) return null;
  return tidy((value * a.factor) / b.factor);
}

/** A figure as written: 25个, 2—3家 (valueMax absent for actuals and single values). */
export function figureText(f: { value: number; unit: string; valueMax?: number | null }): string {
  return `${f.value}${f.valueMax != null ? `—${f.valueMax}` : ""}${f.unit}`;
}
