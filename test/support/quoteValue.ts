/**
 * Whether a quote states a value: some numeral expression in it, read with the extractor's own
 * number parser (Arabic, full-width and Chinese numerals, fractions, 两成, ranges), is the value, either
 * end of a range, the value times a 万/亿/万亿 written right after it, or a doubling (翻一番 → 2). Tests only.
 */
import { digitAt, parseNumberAt, startsNumber } from "../../src/extract/numbers";

const MULTIPLIERS: ReadonlyArray<[string, number]> = [
  ["万亿", 1e12],
  ["亿", 1e8],
  ["万", 1e4],
];

/** A fall written out, or a minus sign: what makes a negative value (下降9.1% → -9.1) stated. */
const FALL_OR_MINUS = /下降|减少|降低|回落|下滑|负|[-－−]/;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * Whether a number opens at quote[i]: not the tail of one (the 35 of 2035, the 十五 of 二十五, the 5
 * of 8.5, the 五 of 三点五; the 60 of 试点60 opens one).
 */
function opensNumber(quote: string, i: number): boolean {
  if (!startsNumber(quote, i)) return false;
  const prev = quote[i - 1];
  const chineseDecimal = prev === "点" && digitAt(quote, i) < 0 && i >= 2 && startsNumber(quote, i - 2);
  return i === 0 || !(startsNumber(quote, i - 1) || prev === "." || prev === "．" || chineseDecimal);
}

/** 翻一番, 翻两番, 翻番: a doubling the extractor reads as 2, 4… 倍 (2 to the power of the numeral). */
const DOUBLING = /翻([一两二三四]?)番/g;

function doublings(quote: string): number[] {
  return [...quote.matchAll(DOUBLING)].map((m) => 2 ** (m[1] ? parseNumberAt(m[1], 0)!.value : 1));
}

/** The values the numeral expressions of a quote state, as written and with the multiplier after them. */
export function statedValues(quote: string): number[] {
  const values = new Set<number>();
  for (let i = 0; i < quote.length; i++) {
    if (!opensNumber(quote, i)) continue;
    const n = parseNumberAt(quote, i);
    if (!n) continue;
    for (const v of n.valueMax === null ? [n.value] : [n.value, n.valueMax]) {
      values.add(v);
      const multiplier = MULTIPLIERS.find(([word]) => quote.startsWith(word, n.end));
      if (multiplier) values.add(v * multiplier[1]);
    }
  }
  for (const v of doublings(quote)) values.add(v);
  return [...values];
}

/**
 * Whether the quote states the value. A negative value is one the extractor derives from a fall
 * written in words (下降4.1% answering a growth target is -4.1): the quote must state its
 * magnitude and say the fall (or carry a minus sign).
 */
export function quoteStatesValue(quote: string, value: number): boolean {
  if (value < 0 && !FALL_OR_MINUS.test(quote)) return false;
  return statedValues(quote).some((v) => close(v, Math.abs(value)));
}
