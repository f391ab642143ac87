/**
 * Approximate matching of names in canonical form (synonyms.ts). Scores, from best to worst:
 *   1           the same name;
 *   0.7 … 1.0   the name starts or ends with what was typed (基站 in 5g基站, 5g基站 in 5g基站建成);
 *   0.6 … 0.9   the name holds what was typed in order, in a few runs (服务业比重 in 服务业增加值占gdp比重),
 *               less 0.05 for each run beyond two;
 *   0.45 … 0.8  the name holds what was typed inside it (gdp in 亿元gdp事故死亡率下降): a modifier there;
 *   0.3 … 0.9   what was typed ends with the name, by the share of it the name covers: modifiers
 *               before a name (新建5g基站) keep the indicator, but a short name (试点) at the end of a
 *               long query (供应链试点企业) says little about which indicator is meant;
 *   0.1 … 0.7   what was typed holds the name elsewhere: the words after it name something else
 *               (重点项目 in 重点项目年度投资; Chinese names end with their head noun);
 *   0 … 0.7     character overlap (Dice coefficient on distinct characters), order-blind, less 0.05
 *               for each character beyond one that each side has in place of the other's: one is a
 *               typo (标志性产业连), two (城市 against 企业 in 供应链…试点) another indicator.
 * Containment and in-order matches are found from the rarest character's postings; names inside the
 * query by looking its substrings up as keys. Overlap candidates come from per-character postings,
 * rarest characters first: a key sharing at least t of the query's n distinct characters contains one
 * of its n − t + 1 rarest. Those postings are walked within a budget (OVERLAP_BUDGET), so that a
 * query of common characters against a large catalogue only finds its near-complete overlaps.
 */

export interface ScoredKey {
  key: number;
  score: number;
  /** Scored by character overlap alone: the key does not hold the query, nor the query the key. */
  byOverlap: boolean;
}

export interface MatchOptions {
  /** Keys scoring less are left out. */
  minScore: number;
  /**
   * When set, overlap-only keys scoring below (best containment score − cutBelowBest) are left
   * out too: they cannot change which name is clearly best, and skipping them keeps long noisy
   * queries from scanning long postings.
   */
  cutBelowBest?: number;
}

const CONTAINS_QUERY = { base: 0.7, span: 0.3 };
const CONTAINS_QUERY_INSIDE = { base: 0.45, span: 0.35 };
const HOLDS_QUERY_IN_ORDER = { base: 0.6, span: 0.3, perExtraRun: 0.05, minLength: 3 };
const ENDS_QUERY = { base: 0.3, span: 0.6 };
const INSIDE_QUERY = { base: 0.1, span: 0.6 };
const OVERLAP_WEIGHT = 0.7;

function distinctChars(text: string): string[] {
  return Array.from(new Set(text));
}

/** True when the key holds the query's characters in order, with anything between. */
function holdsInOrder(query: string, key: string): boolean {
  let at = 0;
  for (let i = 0; i < key.length && at < query.length; i++) if (key[i] === query[at]) at++;
  return at === query.length;
}

/**
 * Fewest runs of consecutive key characters that spell the query in order (服务业比重 in
 * 服务业增加值占gdp比重: 2); 0 when the key does not hold the query's characters in order.
 */
export function inOrderRuns(query: string, key: string): number {
  if (!holdsInOrder(query, key)) return 0;
  const NONE = 1 << 20;
  // runs[j]: fewest runs spelling query[0..i] with query[i] taken at key[j].
  let runs = new Int32Array(key.length).fill(NONE);
  let next = new Int32Array(key.length);
  for (let j = 0; j < key.length; j++) if (key[j] === query[0]) runs[j] = 1;
  for (let i = 1; i < query.length; i++) {
    next.fill(NONE);
    let bestBefore = NONE; // fewest runs over runs[0 .. j − 2]
    for (let j = 1; j < key.length; j++) {
      if (j >= 2) bestBefore = Math.min(bestBefore, runs[j - 2]);
      if (key[j] === query[i]) next[j] = Math.min(runs[j - 1], bestBefore + 1);
    }
    [runs, next] = [next, runs];
  }
  return Math.min(...runs);
}

function containmentScore(query: string, key: string): number {
  if (query === key) return 1;
  if (query.length >= 2 && key.includes(query)) {
    // What was typed usually heads the name (基站 in 5g基站) or starts it; inside, it is a modifier (gdp in 亿元gdp事故死亡率).
    const atEdge = key.startsWith(query) || key.endsWith(query);
    const { base, span } = atEdge ? CONTAINS_QUERY : CONTAINS_QUERY_INSIDE;
    return base + (span * query.length) / key.length;
  }
  if (query.length >= HOLDS_QUERY_IN_ORDER.minLength && key.length > query.length) {
    const runs = inOrderRuns(query, key);
    if (runs > 0) {
      const { base, span, perExtraRun } = HOLDS_QUERY_IN_ORDER;
      return base + (span * query.length) / key.length - perExtraRun * Math.max(0, runs - 2);
    }
  }
  if (key.length >= 2 && query.includes(key)) {
    // Chinese names end with their head noun: a name that ends the query is what it asks for.
    const { base, span } = query.endsWith(key) ? ENDS_QUERY : INSIDE_QUERY;
    return base + (span * key.length) / query.length;
  }
  return 0;
}

const SWAPPED_PENALTY = 0.05;

/**
 * Overlap score from the number of shared distinct characters and the two distinct counts, less
 * SWAPPED_PENALTY for each character beyond one that both sides have in place of the other's.
 */
function overlapScore(shared: number, queryChars: number, keyChars: number): number {
  const swapped = Math.min(queryChars, keyChars) - shared;
  const dice = (OVERLAP_WEIGHT * 2 * shared) / (queryChars + keyChars);
  return Math.max(0, dice - SWAPPED_PENALTY * Math.max(0, swapped - 1));
}

/** How alike a typed name and a catalogue key are, both in canonical form; 0 … 1. */
export function similarity(query: string, key: string): number {
  const contained = containmentScore(query, key);
  if (contained > 0) return contained;
  const keyChars = new Set(key);
  const queryChars = distinctChars(query);
  const shared = queryChars.filter((ch) => keyChars.has(ch)).length;
  return overlapScore(shared, queryChars.length, keyChars.size);
}

/**
 * Fewest shared distinct characters a key needs to reach `minScore` by overlap alone, for a query
 * with n distinct characters: Dice d = 2c/(n + m) with m ≥ c gives c ≥ d·n/(2 − d).
 */
function minSharedChars(n: number, minScore: number): number {
  const dice = Math.min(1, minScore / OVERLAP_WEIGHT);
  return Math.max(1, Math.ceil((dice * n) / (2 - dice) - 1e-9));
}

const NO_KEYS = new Int32Array(0);
/** Most postings walked to find overlapping keys (see addOverlapping). */
const OVERLAP_BUDGET = 500;
/** Walking a posting costs about this many times less than searching a key for a character. */
const POSTING_VS_SEARCH = 8;

/** Keys (canonical names) with their exact-match table and per-character postings. */
export class KeyIndex {
  private readonly exactKeys = new Map<string, number[]>();
  private readonly postings = new Map<string, Int32Array>();
  private readonly distinctCount: Uint16Array;
  /** For each two-character key prefix, the length of the longest key starting with it. */
  private readonly longestByPrefix = new Map<string, number>();
  /** Scratch counters, one per key, zero between calls. */
  private readonly counts: Uint16Array;

  constructor(readonly keys: readonly string[]) {
    const lists = new Map<string, number[]>();
    this.distinctCount = new Uint16Array(keys.length);
    keys.forEach((key, i) => {
      const same = this.exactKeys.get(key);
      if (same) same.push(i);
      else this.exactKeys.set(key, [i]);
      const prefix = key.slice(0, 2);
      this.longestByPrefix.set(prefix, Math.max(this.longestByPrefix.get(prefix) ?? 0, key.length));
      const chars = distinctChars(key);
      this.distinctCount[i] = chars.length;
      for (const ch of chars) {
        const list = lists.get(ch);
        if (list) list.push(i);
        else lists.set(ch, [i]);
      }
    });
    for (const [ch, list] of lists) this.postings.set(ch, Int32Array.from(list));
    this.counts = new Uint16Array(keys.length);
  }

  /** Keys spelled exactly like `query`. */
  exact(query: string): readonly number[] | undefined {
    return this.exactKeys.get(query);
  }

  /** Keys scoring at least `minScore` against `query` (see MatchOptions), unordered. */
  match(query: string, { minScore, cutBelowBest }: MatchOptions): ScoredKey[] {
    if (query.length === 0) return [];
    const found = new Map<number, number>();
    const byOverlap = new Set<number>();
    const lists = this.postingsByRarity(query);
    for (const key of [...this.containing(query, lists[0].keys), ...this.containedIn(query)]) {
      const score = containmentScore(query, this.keys[key]);
      if (score >= minScore) found.set(key, score);
    }
    let floor = minScore;
    if (cutBelowBest !== undefined) for (const score of found.values()) floor = Math.max(floor, score - cutBelowBest);
    if (floor <= OVERLAP_WEIGHT) this.addOverlapping(lists, floor, found, byOverlap);
    return Array.from(found, ([key, score]) => ({ key, score, byOverlap: byOverlap.has(key) }));
  }

  private postingsByRarity(query: string): Array<{ ch: string; keys: Int32Array }> {
    return distinctChars(query)
      .map((ch) => ({ ch, keys: this.postings.get(ch) ?? NO_KEYS }))
      .sort((a, b) => a.keys.length - b.keys.length);
  }

  /** Keys holding the whole query, at a stretch or in order: candidates from the postings of its rarest character. */
  private containing(query: string, rarest: Int32Array): number[] {
    if (query.length < 2) return [];
    const result: number[] = [];
    for (const key of rarest) {
      const text = this.keys[key];
      if (text.includes(query) || (query.length >= HOLDS_QUERY_IN_ORDER.minLength && holdsInOrder(query, text))) result.push(key);
    }
    return result;
  }

  /** Keys that are substrings of the query, tried only where some key starts with the next two characters. */
  private containedIn(query: string): number[] {
    const result: number[] = [];
    for (let start = 0; start + 2 <= query.length; start++) {
      const longest = this.longestByPrefix.get(query.slice(start, start + 2));
      if (longest === undefined) continue;
      const end = Math.min(query.length, start + longest);
      for (let stop = start + 2; stop <= end; stop++) {
        const keys = this.exactKeys.get(query.slice(start, stop));
        if (keys) result.push(...keys);
      }
    }
    return result;
  }

  /** Adds keys not yet found whose character overlap scores at least `minScore`. */
  private addOverlapping(
    lists: ReadonlyArray<{ ch: string; keys: Int32Array }>,
    minScore: number,
    found: Map<number, number>,
    byOverlap: Set<number>,
  ): void {
    // Postings of the rarest characters are walked within OVERLAP_BUDGET; past it, a key must share
    // more characters (one more for each list left unwalked).
    let scanned = lists.length - minSharedChars(lists.length, minScore) + 1;
    let walked = 0;
    for (let i = 0; i < scanned; i++) {
      walked += lists[i].keys.length;
      if (walked > OVERLAP_BUDGET && i > 0) scanned = i;
    }
    const need = lists.length - scanned + 1;
    const counts = this.counts;
    const touched: number[] = [];
    for (let i = 0; i < scanned; i++) {
      const keys = lists[i].keys;
      for (let j = 0; j < keys.length; j++) if (counts[keys[j]]++ === 0) touched.push(keys[j]);
    }
    // The other characters are counted for touched keys only: by walking their postings when those
    // are short, else by looking for the character in each touched key.
    for (let i = scanned; i < lists.length; i++) {
      const { ch, keys } = lists[i];
      if (keys.length <= touched.length * POSTING_VS_SEARCH) {
        for (let j = 0; j < keys.length; j++) if (counts[keys[j]] > 0) counts[keys[j]]++;
      } else {
        for (const key of touched) if (this.keys[key].includes(ch)) counts[key]++;
      }
    }
    for (const key of touched) {
      const shared = counts[key];
      counts[key] = 0;
      if (shared < need || found.has(key)) continue;
      const score = overlapScore(shared, lists.length, this.distinctCount[key]);
      if (score >= minScore) {
        found.set(key, score);
        byOverlap.add(key);
      }
    }
  }
}
