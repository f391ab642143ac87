/**
 * Reading numbers as planning documents write them: 2700, 8.5, 10,000, full-width ４５,
 * 十五, 一百二十, 二〇三五, 三分之一, 百分之十五, 两成, ranges (2—3, 2至3) and 余/多/超 markers.
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
  /** Unit the numeral form itself implies: 百分之十五, 三分之一, 两成 → "%"; 千分之三 → "‰". */
  impliedUnit: "%" | "‰" | null;
}

/** Value of each Chinese digit and place by char code: -1 for other characters. */
const CN_DIGIT = new Int8Array(0x10000).fill(-1);
const CN_PLACE = new Int16Array(0x10000);
for (const [ch, v] of [["零", 0], ["〇", 0], ["一", 1], ["二", 2], ["两", 2], ["三", 3], ["四", 4], ["五", 5], ["六", 6], ["七", 7], ["八", 8], ["九", 9]] as const) {
  CN_DIGIT[ch.charCodeAt(0)] = v;
}
for (const [ch, v] of [["十", 10], ["百", 100], ["千", 1000]] as const) CN_PLACE[ch.charCodeAt(0)] = v;

/** Characters that join the two ends of a range: 2—3, 1-2, 2～3, 2至3, 2到3 (by char code: looked up after every number). */
const RANGE_JOINERS = new Uint8Array(0x10000);
for (const ch of "—–-~～〜至到") RANGE_JOINERS[ch.charCodeAt(0)] = 1;

const DOT = 0x2e;
const FULL_WIDTH_DOT = 0xff0e;
const COMMA = 0x2c;
const POINT = "点".charCodeAt(0);

/** Value of an ASCII or full-width digit at s[i], or -1. */
export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** A decimal point, ASCII or full-width. */
export function isDecimalPointAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === DOT || c === FULL_WIDTH_DOT;
}

function cnDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c === c ? CN_DIGIT[c] : -1; // NaN past the end
}

function cnPlaceAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c === c ? CN_PLACE[c] : 0;
}

export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (cnDigitAt(ch, 0) >= 0 || cnPlaceAt(ch, 0) > 0);
}

/** True when a number (Arabic or Chinese numeral) could start at s[i]. */
export function startsNumber(s: string, i: number): boolean {
  return digitAt(s, i) >= 0 || cnDigitAt(s, i) >= 0 || cnPlaceAt(s, i) > 0;
}

interface Scalar {
  value: number;
  end: number;
}

/**
 * 2700, 10,000, 8.5, ４５ — commas only group thousands when exactly three digits follow.
 * The value is built from the digits (integer, then one division by a power of ten), not a string.
 */
function readArabic(s: string, i: number): Scalar | null {
  let d = digitAt(s, i);
  if (d < 0) return null;
  let j = i;
  let whole = 0;
  let digits = 0;
  for (;;) {
    if (d >= 0) {
      whole = whole * 10 + d;
      digits++;
      j++;
    } else if (
      s.charCodeAt(j) === COMMA &&
      digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) >= 0 &&
      digitAt(s, j + 4) < 0
    ) {
      j++;
    } else break;
    d = digitAt(s, j);
  }
  if (isDecimalPointAt(s, j) && digitAt(s, j + 1) >= 0) {
    let scale = 1;
    for (j++, d = digitAt(s, j); d >= 0; j++, d = digitAt(s, j)) {
      whole = whole * 10 + d;
      digits++;
      scale *= 10;
    }
    return { value: digits > MAX_EXACT_DIGITS ? readLong(s, i, j) : whole / scale, end: j };
  }
  return { value: digits > MAX_EXACT_DIGITS ? readLong(s, i, j) : whole, end: j };
}

/** Up to 15 digits, the integer built digit by digit is exact; longer numbers go through Number(). */
const MAX_EXACT_DIGITS = 15;

function readLong(s: string, i: number, end: number): number {
  let written = "";
  for (let k = i; k < end; k++) {
    const d = digitAt(s, k);
    if (d >= 0) written += d;
    else if (isDecimalPointAt(s, k)) written += ".";
  }
  return Number(written);
}

/**
 * 十五, 一百二十, 一百零五, 三千五百, 两千, 三点五 and digit-by-digit years (二〇三五).
 * Stops before 万/亿, which belong to the unit.
 */
function readChinese(s: string, i: number): Scalar | null {
  if (cnDigitAt(s, i) < 0 && cnPlaceAt(s, i) === 0) return null;
  let j = i;
  let places = false;
  for (; cnDigitAt(s, j) >= 0 || cnPlaceAt(s, j) > 0; j++) if (cnPlaceAt(s, j) > 0) places = true;
  let value: number;
  if (!places && j - i > 2) {
    // 二〇三五, 二〇二〇: read digit by digit
    value = 0;
    for (let k = i; k < j; k++) value = value * 10 + cnDigitAt(s, k);
  } else if (!places && j - i === 2) {
    // 两三, 三五: two neighbouring digits are the ends of a rough range; the first is read here
    return { value: cnDigitAt(s, i), end: i + 1 };
  } else {
    let total = 0;
    let pending = 0;
    for (let k = i; k < j; k++) {
      const digit = cnDigitAt(s, k);
      if (digit >= 0) pending = digit;
      else {
        total += (pending || 1) * cnPlaceAt(s, k);
        pending = 0;
      }
    }
    value = total + pending;
  }
  if (s.charCodeAt(j) === POINT && cnDigitAt(s, j + 1) >= 0) {
    let k = j + 1;
    let scale = 1;
    let fraction = 0;
    for (; cnDigitAt(s, k) >= 0; k++) {
      fraction = fraction * 10 + cnDigitAt(s, k);
      scale *= 10;
    }
    return { value: (value * scale + fraction) / scale, end: k };
  }
  return { value, end: j };
}

function readScalar(s: string, i: number): Scalar | null {
  return readArabic(s, i) ?? readChinese(s, i);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const FEN = "分".charCodeAt(0);
const ZHI = "之".charCodeAt(0);
const BAI = "百".charCodeAt(0);
const QIAN = "千".charCodeAt(0);
const YU = "余".charCodeAt(0);
const DUO = "多".charCodeAt(0);
const CHAO = "超".charCodeAt(0);

/** 三分之一 → 33.33 %, 百分之十五 → 15 %, 千分之三 → 3 ‰, given the denominator already read. */
function readFraction(s: string, i: number, denominator: Scalar): NumberMatch | null {
  if (s.charCodeAt(denominator.end) !== FEN || s.charCodeAt(denominator.end + 1) !== ZHI) return null;
  const numerator = readScalar(s, denominator.end + 2);
  if (!numerator || denominator.value === 0) return null;
  const base = { valueMax: null, end: numerator.end, approx: null };
  const bare = denominator.end === i + 1 ? s.charCodeAt(i) : -1;
  if (bare === BAI) return { ...base, value: numerator.value, impliedUnit: "%" };
  if (bare === QIAN) return { ...base, value: numerator.value, impliedUnit: "‰" };
  return { ...base, value: round2((numerator.value / denominator.value) * 100), impliedUnit: "%" };
}

const CHENG = "成".charCodeAt(0);
/** What may follow the 成 of 两成, 三成以上, 八九成: not a word that opens with 成 (一成不变, 统一成本, 三成为). */
const AFTER_TENTHS = /^(?:[^\u4e00-\u9fff]|以[上下内]|左右|上下|多|的|和|及|或|至|到|$)/;

/** 两成 → 20 %, 八九成 → 80–90 %: a single digit (or two neighbouring ones) of tenths, read as a percent. */
function readTenths(s: string, i: number, m: NumberMatch): NumberMatch | null {
  if (s.charCodeAt(m.end) !== CHENG || m.end - i > 2) return null;
  if (!Number.isInteger(m.value) || m.value < 1 || m.value > 9) return null;
  if (!AFTER_TENTHS.test(s.slice(m.end + 1, m.end + 3))) return null;
  const valueMax = m.valueMax === null ? null : m.valueMax * 10;
  return { value: m.value * 10, valueMax, end: m.end + 1, approx: m.approx, impliedUnit: "%" };
}

/** Reads the number that starts at s[i]; null when none does. */
export function parseNumberAt(s: string, i: number): NumberMatch | null {
  const first = readScalar(s, i);
  if (!first) return null;
  const fraction = readFraction(s, i, first);
  if (fraction) return fraction;
  let end = first.end;
  let valueMax: number | null = null;
  const next = cnDigitAt(s, end);
  if (first.end === i + 1 && cnDigitAt(s, i) >= 0 && next > first.value) {
    valueMax = next;
    end++;
  } else if (RANGE_JOINERS[s.charCodeAt(end)]) {
    const second = readScalar(s, end + 1);
    if (second && second.value > first.value) {
      valueMax = second.value;
      end = second.end;
    }
  }
  let approx: NumberMatch["approx"] = null;
  const after = s.charCodeAt(end);
  if (after === YU || after === DUO) {
    approx = after === YU ? "余" : "多";
    end++;
  } else if (s.charCodeAt(i - 1) === CHAO) {
    approx = "超";
  }
  const match: NumberMatch = { value: first.value, valueMax, end, approx, impliedUnit: null };
  return readTenths(s, i, match) ?? match;
}
