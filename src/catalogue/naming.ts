/**
 * Standard names and aliases for catalogue entries, and the key under which the same
 * indicator from several documents is merged. Works from the extractor's subject and verb.
 */
import type { TargetKind } from "../core/types";
import type { RawTarget } from "../extract/types";

const QUOTE_CHARS = /[“”‘’"'「」『』《》〈〉]/g;
const BRACKET_CHARS = /[（）()〔〕【】[\]]/g;
const SPACES = /[\s\u3000]+/g;

/** Full-width ASCII → half-width, so Ｒ＆Ｄ and R&D meet. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The comparison form of a subject: no spaces, quotes or brackets, half-width, lower case. */
export function subjectKey(subject: string): string {
  return halfWidth(subject).replace(SPACES, "").replace(QUOTE_CHARS, "").replace(BRACKET_CHARS, "").toLowerCase();
}

/** Display form: spaces dropped (000 writes "打造 10 条"), everything else as written. */
export function cleanSubject(subject: string): string {
  return subject.replace(SPACES, "");
}

/** Units that count things: their indicators read naturally with 数 (隐形冠军企业数). */
const COUNT_UNIT = /^(万|亿)?(个|家|项|条|台|人|名|所|张|件|款|列|场|套|座|辆|艘|户|处|次|批|支|只|部)$/;

/** Kinds whose figures are of one family and may contradict each other across documents. */
export function kindFamily(kind: TargetKind): string {
  switch (kind) {
    case "growth_rate":
    case "reduction":
    case "cumulative":
      return kind;
    default:
      return "amount";
  }
}

function endsWithAny(s: string, endings: string[]): boolean {
  return endings.some((e) => s.endsWith(e));
}

export function standardName(t: Pick<RawTarget, "subject" | "verb" | "kind" | "unit">): string {
  const base = cleanSubject(t.subject);
  const counted = COUNT_UNIT.test(t.unit);
  const withCount = (s: string) => (counted && !endsWithAny(s, ["数", "量", "数量"]) ? `${s}数` : s);
  switch (t.kind) {
    case "growth_rate":
      return endsWithAny(base, ["增长", "增速", "增幅", "增长率"]) ? base : `${base}${t.verb.includes("年均") ? "年均" : ""}增速`;
    case "reduction":
      return endsWithAny(base, ["下降", "降低", "减少", "下降率", "降幅"]) ? base : `${base}下降率`;
    case "cumulative":
      return base.includes("累计") ? withCount(base) : `${withCount(base)}（累计）`;
    case "increment": {
      const verb = cleanSubject(t.verb);
      const prefixed = base.startsWith("新") || !verb.startsWith("新") ? base : `${verb}${base}`;
      return withCount(prefixed);
    }
    case "count": {
      const verb = cleanSubject(t.verb);
      if (counted && /^(建成|建设|创建|培育|打造|引进|认定|实施|完成)$/.test(verb) && !base.startsWith(verb)) {
        return `${base}${verb}数`;
      }
      return withCount(base);
    }
    default:
      return base;
  }
}

/** What people type: the bare subject, with 数, with the verb; never the name itself. */
export function aliasesFor(t: Pick<RawTarget, "subject" | "verb" | "kind" | "unit">, name: string): string[] {
  const base = cleanSubject(t.subject);
  const verb = cleanSubject(t.verb);
  const candidates = [base, COUNT_UNIT.test(t.unit) ? `${base}数` : "", verb && !base.startsWith(verb) ? `${verb}${base}` : ""];
  const unbracketed = base.replace(QUOTE_CHARS, "").replace(BRACKET_CHARS, "");
  candidates.push(unbracketed);
  return [...new Set(candidates.filter((a) => a && a !== name))];
}
