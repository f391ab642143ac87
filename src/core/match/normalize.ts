/**
 * One spelling per name: what users type into PLANTARGET and what the catalogue stores are
 * compared only after this, so "５Ｇ 基站"、"5g基站" and "〔5G基站〕" all meet as "5g基站", and
 * "Ⅲ类" meets "III类".
 */

/** Full-width ASCII (Ｆ１，) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

/**
 * Characters that never tell two indicator names apart: white space, ASCII and CJK punctuation,
 * brackets of every kind (〔〕 marks five-year totals, not a different indicator), quotes, dashes.
 */
const IGNORED = new Set(
  Array.from(
    " \t\r\n\u00a0\u200b!\"#$&'()*+,-./:;<=>?@[\\]^_`{|}~" +
      "，。、；：？！…—–―‐·・“”‘’「」『』（）〔〕【】《》〈〉［］｛｝〖〗﹝﹞＂＇",
  ),
);

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** Roman numeral signs (Ⅰ … Ⅻ, ⅰ … ⅻ: water quality classes) as the Latin letters people type. */
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const romanOf = (c: number) => (c >= 0x2160 && c <= 0x216b ? ROMAN[c - 0x2160] : c >= 0x2170 && c <= 0x217b ? ROMAN[c - 0x2170] : null);

/** True when normalising could change the text: upper case, full-width or Roman forms, ignored characters. */
function needsWork(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xff01 && c <= 0xff5e) || romanOf(c) !== null || IGNORED.has(text[i])) return true;
  }
  return false;
}

/** Half-width, lower case, without spaces and punctuation; a decimal point (PM2.5) stays. */
export function normalizeName(text: string): string {
  if (!needsWork(text)) return text;
  const half = toHalfWidth(text).toLowerCase();
  let out = "";
  for (let i = 0; i < half.length; i++) {
    const ch = half[i];
    const roman = romanOf(half.charCodeAt(i));
    if (roman !== null) out += roman;
    else if (!IGNORED.has(ch) || (ch === "." && isDigit(half[i - 1]) && isDigit(half[i + 1]))) out += ch;
  }
  return out;
}

/** A unit as typed ("％", " 万 个") in the form the catalogue writes it ("%", "万个"). */
export function normalizeUnit(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}
