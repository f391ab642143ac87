/** One line of bench-results.json: a measured figure and its ratio to a baseline measured in the same run. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The baseline figure, in the same unit, measured in the same run (null when the row is absolute). */
  baseline: number | null;
  /** value / baseline, or null when there is no baseline. */
  ratio: number | null;
}

/** Each bench module exports one function with this shape; bench/run.ts calls them in turn. */
export type BenchSuite = () => Promise<BenchRow[]>;

export function row(name: string, value: number, unit: string, baseline: number | null): BenchRow {
  return { name, value, unit, baseline, ratio: baseline ? value / baseline : null };
}
