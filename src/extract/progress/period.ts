/**
 * The period a reported figure covers: the report's own period (前三季度 → September) unless the
 * sentence names another (1-8月 → August, 上半年 → June, 截至8月末 → August).
 */

const MARKERS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => number]> = [
  [/\d{1,2}\s*[-—–~～至到]\s*(\d{1,2})\s*月/g, (m) => Number(m[1])],
  [/(\d{1,2})\s*月(?:底|末|份|止)?/g, (m) => Number(m[1])],
  [/前三季度|第三季度/g, () => 9],
  [/上半年|前两季度|第二季度|二季度/g, () => 6],
  [/一季度|第一季度/g, () => 3],
  [/全年|年底|年末/g, () => 12],
];

/** The month of the last period marker in s, or null. */
export function lastMonthIn(s: string): number | null {
  let best: { at: number; month: number } | null = null;
  for (const [pattern, month] of MARKERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
      const value = month(m);
      const at = m.index + m[0].length;
      // A later marker wins; at the same end, the first pattern (a 1-8月 range) wins.
      if (value >= 1 && value <= 12 && (!best || at > best.at)) best = { at, month: value };
    }
  }
  return best?.month ?? null;
}

/** "2020-09", or "2020" for a full year. */
export function asOf(year: number, month: number | null): string {
  return month === null || month === 12 ? String(year) : `${year}-${String(month).padStart(2, "0")}`;
}
