/**
 * Qualifier words as they stand in a 条件 column or a typed cell (以上, 不超过, 左右, ≥) and as
 * codes (at_least, at_most…), mapped to the catalogue's Qualifier.
 */
import type { Qualifier } from "../types";
import { normalizeName } from "./normalize";

/** The label a target table shows for each qualifier; exact targets show nothing. */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  at_least: "以上",
  at_most: "以下",
  about: "左右",
  exceed: "突破",
  strive: "力争",
  range: "区间",
};

const WORDS: ReadonlyArray<[Qualifier, readonly string[]]> = [
  ["exact", ["exact", "等于", "确定", "="]],
  ["at_least", ["at_least", "以上", "不低于", "不少于", "超过", "高于", "至少", "≥", ">=", ">"]],
  ["at_most", ["at_most", "以下", "以内", "不超过", "不高于", "控制在", "低于", "至多", "≤", "<=", "<"]],
  ["about", ["about", "左右", "约", "上下", "≈"]],
  ["exceed", ["exceed", "突破"]],
  ["strive", ["strive", "力争", "争取"]],
  ["range", ["range", "区间", "范围"]],
];

// Words as written hit at once; normalised forms catch case and width (AT_MOST, ＞＝). Comparison
// signs are punctuation to normalizeName, so they only match as written.
const BY_WORD = new Map<string, Qualifier>();
for (const [code, words] of WORDS) {
  for (const w of words) {
    BY_WORD.set(w, code);
    if (normalizeName(w)) BY_WORD.set(normalizeName(w), code);
  }
}

/** "以上" → at_least, "AT_MOST" → at_most, "" → exact; null for words it does not know. */
export function parseQualifier(text: string): Qualifier | null {
  const trimmed = text.trim();
  if (trimmed === "") return "exact";
  return BY_WORD.get(trimmed) ?? BY_WORD.get(normalizeName(trimmed)) ?? null;
}
