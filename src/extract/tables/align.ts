/**
 * Which column each of a row's cells sits in. Flattening drops empty cells, so a row of four
 * cells under six columns is ambiguous; the cells' own marks and the table's shape decide:
 * - a 〔〕 figure, or a % figure in a row not measured in %, sits in a 年均/累计 or 增长 column if there is one;
 * - a row states at least one target;
 * - a completion table reports on every target it states (a target without its 完成 cell is unlikely);
 * - a plain number prefers a level column (but see the next); otherwise the leftmost columns;
 * - where a 增长（%） column holds bare numbers, a small one beside a level ten times its size in a
 *   row not measured in % is a growth (1070.2 | 10 under 2017年实际 | 2018年计划 | 增长（%）).
 */
import { isDash } from "./cells";
import type { Item } from "./rows";
import type { Slot } from "./header";

/** More columns than any indicator table has: the header was misread, and placements would explode. */
const MAX_COLUMNS = 10;

/** Every way to place k cells in n columns in order (increasing column indexes); n is small. */
function enumeratePlacements(n: number, k: number): number[][] {
  const all: number[][] = [];
  const pick = Array.from({ length: k }, (_, j) => j);
  while (k > 0) {
    all.push(pick.slice());
    let j = k - 1;
    while (j >= 0 && pick[j] === n - k + j) j--;
    if (j < 0) break;
    pick[j]++;
    for (let m = j + 1; m < k; m++) pick[m] = pick[m - 1] + 1;
  }
  return all;
}

/** Placements by (n, k): every row of a table asks for the same few. */
const placementsCache = new Map<number, number[][]>();

/** Every way to place k cells in n ≤ MAX_COLUMNS columns in order, shared: callers must not modify them. */
export function placements(n: number, k: number): readonly (readonly number[])[] {
  const key = n * (MAX_COLUMNS + 1) + k;
  let all = placementsCache.get(key);
  if (!all) placementsCache.set(key, (all = enumeratePlacements(n, k)));
  return all;
}

/** A cell of words, not a figure and not a dash: 高于地区生产总值增长, 国家下达指标. */
function isStatedText(text: string): boolean {
  return text !== "" && !isDash(text);
}

/** A rate cell can only sit in a 年均/累计 column. */
export function isRateCell(item: Item, rowUnit: string): boolean {
  return item.value !== null && (item.value.bracketed || (item.value.percent && rowUnit !== "%"));
}

/** The actual column reporting on target column t: the same measure, the same rank among its kind. */
export function partnerOf(slots: Slot[], t: number): number {
  let rank = 0;
  for (let i = 0; i < t; i++) if (slots[i].role === "target" && slots[i].measure === slots[t].measure) rank++;
  let seen = 0;
  for (let i = 0; i < slots.length; i++) {
    if (slots[i].role === "actual" && slots[i].measure === slots[t].measure && seen++ === rank) return i;
  }
  return -1;
}

type Score = [number, number, number, number, number];

/** A growth figure read as a level: at most this, beside a level of the row at least LEVEL_FACTOR times it. */
const MAX_GROWTH = 100;
const LEVEL_FACTOR = 10;

/** Items placed in level columns that look like growth figures beside the row's other levels. */
function misfits(items: Item[], placed: readonly number[], slots: Slot[]): number {
  let count = 0;
  for (let j = 0; j < placed.length; j++) {
    const v = items[j].value?.value;
    if (v === undefined || slots[placed[j]].measure !== "level" || Math.abs(v) > MAX_GROWTH) continue;
    for (let k = 0; k < placed.length; k++) {
      const w = items[k].value?.value;
      if (k !== j && w !== undefined && slots[placed[k]].measure === "level" && Math.abs(w) >= LEVEL_FACTOR * Math.abs(v)) {
        count++;
        break;
      }
    }
  }
  return count;
}

function better(a: Score, b: Score): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** Column index per item (same order as items), or null when the row does not fit the columns. */
export function alignRow(items: Item[], slots: Slot[], rowUnit: string): number[] | null {
  if (items.length === 0 || items.length > slots.length || slots.length > MAX_COLUMNS) return null;
  const reports = slots.some((s) => s.role === "actual");
  // Without a 年均/累计 or 增长 column, a 〔〕 figure stands in the target column itself.
  const rateColumns = slots.some((s) => s.measure !== "level");
  const partners = reports ? slots.map((_, t) => partnerOf(slots, t)) : [];
  const growthBesideLevel = rowUnit !== "%" && slots.some((s) => s.measure === "growth");
  let best: readonly number[] | null = null;
  let bestScore: Score | null = null;
  // Plain loops: a row tries every placement, and most tables have many rows.
  for (const placed of placements(slots.length, items.length)) {
    let fits = true;
    let hasTarget = 0;
    let plainInRate = 0;
    let unanswered = 0;
    let leftmost = 0;
    for (let j = 0; j < placed.length && fits; j++) {
      const s = placed[j];
      const item = items[j];
      const rate = isRateCell(item, rowUnit);
      if (rateColumns && rate && slots[s].measure === "level") fits = false;
      // A target stated in words (高于地区生产总值增长) is the row's target as much as a figure.
      if (slots[s].role === "target" && (item.value || isStatedText(item.cell.text))) hasTarget = 1;
      if (item.value && !rate && slots[s].measure === "rate") plainInRate++;
      if (reports && slots[s].role === "target" && !placed.includes(partners[s])) unanswered++;
      leftmost = leftmost * (slots.length + 1) + s; // the columns as the digits of a number: earlier cells weigh more
    }
    if (!fits) continue;
    const score: Score = [-hasTarget, unanswered, plainInRate, growthBesideLevel ? misfits(items, placed, slots) : 0, leftmost];
    if (!bestScore || better(score, bestScore)) {
      best = placed;
      bestScore = score;
    }
  }
  return best && best.slice(); // the cached placement stays unshared
}
