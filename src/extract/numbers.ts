/**
 * Reading numbers as planning documents write them: 2700, 8.5, 10,000, full-width ４５,
 * 十五, 一百二十, 二〇三五, 三分之一, 百分之十五, ranges (2—3, 2至3) and 余/多/超 markers.
 * 万/亿/万亿 are NOT read here: they belong to the unit (5万个 → 5, 万个), as the catalogue
 * stores value and unit as written.
 */

export interface NumberMatch {
  value: number;
  /** Upper end of a range (2—3 → 3), else null. */
  valueMax: number | null;
  /** Index just after the number (after 余/多 when present). */
  end: number;
  /** 10余, 1900多 (suffix), 超10 (the character just before the number). */
  approx: "余" | "多" | "超" | null;
  /** Unit the numeral form itself implies: 百分之十五, 三分之一 → "%"; 千分之三 → "‰". */
  impliedUnit: "%" | "‰" | null;
}

const CN_DIGITS: ReadonlyMap<string, number> = new Map([
  ["零", 0], ["〇", 0], ["一", 1], ["二", 2], ["两", 2], ["三", 3], ["四", 4], ["五", 5], ["六", 6], ["七", 7], ["八", 8], ["九", 9],
]);
const CN_PLACES: ReadonlyMap<string, number> = new Map([["十", 10], ["百", 100], ["千", 1000]]);

/** Characters that join the two ends of a range: 2—3, 1-2, 2～3, 2至3, 2到3. */
const RANGE_JOINERS = "—–-~～〜至到";

/** Value of an ASCII or full-width digit at s[i], or -1. */
export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isDecimalPoint(ch: string | undefined): boolean {
  return ch === "." || ch === "．";
}

export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (CN_DIGITS.has(ch) || CN_PLACES.has(ch));
}

/** True when a number (Arabic or Chinese numeral) could start at s[i]. */
export function startsNumber(s: string, i: number): boolean {
  return digitAt(s, i) >= 0 || isCnNumeralChar(s[i]);
}

interface Scalar {
  value: number;
  end: number;
}

/** 2700, 10,000, 8.5, ４５ — commas only group thousands when exactly three digits follow. */
function readArabic(s: string, i: number): Scalar | null {
  if (digitAt(s, i) < 0) return null;
  let j = i;
  let digits = "";
  for (;;) {
    const d = digitAt(s, j);
    if (d >= 0) {
      digits += d;
      j++;
    } else if (
      s[j] === "," &&
      digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) >= 0 &&
      digitAt(s, j + 4) < 0
    ) {
      j++;
    } else break;
  }
  if (isDecimalPoint(s[j]) && digitAt(s, j + 1) >= 0) {
    digits += ".";
    j++;
    while (digitAt(s, j) >= 0) digits += digitAt(s, j++);
  }
  return { value: Number(digits), end: j };
}

/**
 * 十五, 一百二十, 一百零五, 三千五百, 两千, 三点五 and digit-by-digit years (二〇三五).
 * Stops before 万/亿, which belong to the unit.
 */
function readChinese(s: string, i: number): Scalar | null {
  if (!isCnNumeralChar(s[i])) return null;
  let j = i;
  while (isCnNumeralChar(s[j])) j++;
  const run = s.slice(i, j);
  let value: number;
  if (!/[十百千]/.test(run) && run.length > 2) {
    // 二〇三五, 二〇二〇: read digit by digit
    value = 0;
    for (const ch of run) value = value * 10 + (CN_DIGITS.get(ch) ?? 0);
  } else if (run.length === 2 && !/[十百千]/.test(run)) {
    // 两三, 三五: two neighbouring digits are the ends of a rough range; the first is read here
    return { value: CN_DIGITS.get(run[0]) ?? 0, end: i + 1 };
  } else {
    let total = 0;
    let pending = 0;
    for (const ch of run) {
      const digit = CN_DIGITS.get(ch);
      if (digit !== undefined) pending = digit;
      else {
        total += (pending || 1) * (CN_PLACES.get(ch) ?? 0);
        pending = 0;
      }
    }
    value = total + pending;
  }
  if (s[j] === "点" && CN_DIGITS.has(s[j + 1])) {
    let k = j + 1;
    let frac = "";
    while (CN_DIGITS.has(s[k])) frac += CN_DIGITS.get(s[k++]);
    return { value: Number(`${value}.${frac}`), end: k };
  }
  return { value, end: j };
}

function readScalar(s: string, i: number): Scalar | null {
  return readArabic(s, i) ?? readChinese(s, i);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** 三分之一 → 33.33 %, 百分之十五 → 15 %, 千分之三 → 3 ‰, given the denominator already read. */
function readFraction(s: string, i: number, denominator: Scalar): NumberMatch | null {
  if (s[denominator.end] !== "分" || s[denominator.end + 1] !== "之") return null;
  const numerator = readScalar(s, denominator.end + 2);
  if (!numerator || denominator.value === 0) return null;
  const written = s.slice(i, denominator.end);
  const base = { valueMax: null, end: numerator.end, approx: null };
  if (written === "百") return { ...base, value: numerator.value, impliedUnit: "%" };
  if (written === "千") return { ...base, value: numerator.value, impliedUnit: "‰" };
  return { ...base, value: round2((numerator.value / denominator.value) * 100), impliedUnit: "%" };
}

/** Reads the number that starts at s[i]; null when none does. */
export function parseNumberAt(s: string, i: number): NumberMatch | null {
  const first = readScalar(s, i);
  if (!first) return null;
  const fraction = readFraction(s, i, first);
  if (fraction) return fraction;
  let end = first.end;
  let valueMax: number | null = null;
  const next = CN_DIGITS.get(s[end]);
  if (first.end === i + 1 && CN_DIGITS.has(s[i]) && next !== undefined && next > first.value) {
    valueMax = next;
    end++;
  } else if (RANGE_JOINERS.includes(s[end] ?? "\u0000")) {
    const second = readScalar(s, end + 1);
    if (second && second.value > first.value) {
      valueMax = second.value;
      end = second.end;
    }
  }
  let approx: NumberMatch["approx"] = null;
  if (s[end] === "余" || s[end] === "多") {
    approx = s[end] as "余" | "多";
    end++;
  } else if (s[i - 1] === "超") {
    approx = "超";
  }
  return { value: first.value, valueMax, end, approx, impliedUnit: null };
}
