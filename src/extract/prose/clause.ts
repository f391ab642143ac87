/**
 * Refiners of the prose extractor: from the figures of one clause to targets. In order:
 *  1. modifiers: a figure followed by its noun, with another figure later in the same list item,
 *     only describes that noun (规上工业产值500亿元平台达到8个 → 8个);
 *  2. reading: indicator, verb, qualifier for each figure; figures that count existing things
 *     (支持和引导4家…) are dropped;
 *  3. sharing: 起数、死亡人数分别下降20% → two targets; 地区生产总值、人均生产总值分别突破
 *     8.5万亿元、13万元 → pairs; 亩均税收和亩均增加值增长7% → two;
 *  4. verb carry: 新增高新技术企业450家，科技型中小企业1000家 → the second is 新增 too.
 */
import type { Qualifier } from "../../core/types";
import { classifyKind } from "../kinds";
import { qualifierBefore, resolveQualifier, striveIndex } from "../qualifiers";
import { isCjk, splitItems, type Span } from "../segment";
import type { Figure } from "./figures";
import { headAfterList, itemOpening, nounAfter, readSubject, shareAfter, sharedSubject, type Opening, type Reading } from "./subject";

export interface ClauseTarget {
  figure: Figure;
  subject: string;
  verb: string;
  qualifier: Qualifier;
  kindBefore: string;
  quote: Span;
}

/** What one sentence passes from clause to clause. */
export interface SentenceCarry {
  /** Action verb of the latest list item that had one. */
  verb: string;
}

interface Placed {
  figure: Figure;
  item: Span;
  itemIndex: number;
  reading: Reading;
}

const DE = "的".charCodeAt(0);

const RATE_VERBS = /增长|下降|降低|减少|提高|提升|翻/;

function qualifierOf(text: string, striveAt: number, preStart: number, f: Figure): Qualifier {
  return resolveQualifier({
    range: f.valueMax !== null,
    after: f.trailing,
    before: qualifierBefore(text, preStart, f.start),
    approx: f.approx,
    strive: striveAt >= 0 && striveAt < f.start,
  });
}

/** How much text before a figure tells its kind (年均增长, 五年累计, 占…比重达到). */
const KIND_REACH = 40;

/** Figures of each item, minus modifiers and figures of existing things. */
function place(text: string, items: Span[], openings: Opening[], figures: Figure[]): Placed[] {
  const placed: Placed[] = [];
  let k = 0;
  let existing = false;
  items.forEach((item, itemIndex) => {
    // 支持和引导4家国家级和11家省级园区: the verb governs every item after it that has none of its own
    if (openings[itemIndex].action) existing = false;
    if (openings[itemIndex].existing) existing = true;
    const inItem: Figure[] = [];
    while (k < figures.length && figures[k].start < item.end) {
      if (figures[k].start >= item.start) inItem.push(figures[k]);
      k++;
    }
    let preStart = item.start;
    inItem.forEach((figure, n) => {
      // a modifier stays part of the indicator: 规上工业产值500亿元平台
      if (n < inItem.length - 1 && isCjk(text.charCodeAt(figure.end))) return;
      const reading = readSubject(text, { start: preStart, end: figure.start }, figure.end, item.end);
      preStart = figure.end;
      if (existing) return;
      if (figure.doubling) reading.verb = text.slice(figure.start, figure.end);
      placed.push({ figure, item, itemIndex, reading });
    });
  });
  return placed;
}

/** A per-unit prefix every part of 单位地区生产总值能耗和二氧化碳排放 shares. */
const PER_UNIT_PREFIX = /^单位(?:地区)?(?:生产总值|GDP|工业增加值|增加值)/;

/**
 * Parts of A和B that lack what A opens with get it: 规上工业亩均税收和亩均增加值 → 规上工业亩均增加值
 * (B's opening word occurs later in A), 单位地区生产总值能耗和二氧化碳排放 → 单位地区生产总值二氧化碳排放.
 */
function withSharedPrefix(first: string, part: string): string {
  const perUnit = PER_UNIT_PREFIX.exec(first);
  if (perUnit) return part.startsWith("单位") ? part : perUnit[0] + part;
  const at = first.indexOf(part.slice(0, 2));
  return at > 0 ? first.slice(0, at) + part : part;
}

/** Words that name two indicators at once, which 分别 takes apart: 城乡居民收入分别增长5%和6.5%. */
const PAIRED_WORDS: ReadonlyArray<[string, [string, string]]> = [
  ["城乡", ["城镇", "农村"]],
  ["进出口", ["进口", "出口"]],
  ["中小学", ["中学", "小学"]],
];

/** The indicators a subject names: A和B → two; with 分别, 城乡居民… → 城镇居民…, 农村居民…. */
function splitSubject(subject: string, respectively: boolean): string[] {
  if (!respectively && !subject.includes("和")) return [subject];
  const parts = subject.split("和").filter((p) => p.length >= 2);
  if (parts.length > 1) return parts.map((p, n) => (n === 0 ? p : withSharedPrefix(parts[0], p)));
  const paired = respectively ? PAIRED_WORDS.find(([word]) => subject.includes(word)) : undefined;
  return paired ? paired[1].map((half) => subject.replace(paired[0], half)) : [subject];
}

export function readClause(text: string, clause: Span, figures: Figure[], carry: SentenceCarry): ClauseTarget[] {
  const items = splitItems(text, clause);
  const openings = items.map((item) => itemOpening(text, item));
  const striveAt = striveIndex(text, clause);
  const placed = place(text, items, openings, figures);
  const out: ClauseTarget[] = [];
  const used = new Set<Placed>();
  const byItem: Placed[][] = items.map(() => []);
  for (const p of placed) byItem[p.itemIndex].push(p);
  const target = (p: Placed, subject: string, quoteStart: number, quoteEnd: number, verb = p.reading.verb): ClauseTarget => ({
    figure: p.figure,
    subject,
    verb,
    qualifier: qualifierOf(text, striveAt, p.item.start, p.figure),
    kindBefore: text.slice(Math.max(p.item.start, p.figure.start - KIND_REACH), p.figure.start),
    quote: { start: quoteStart, end: quoteEnd },
  });

  const itemsWithoutFigures = (from: number): Span[] => {
    let to = from;
    while (to < items.length && byItem[to].length === 0) to++;
    return items.slice(from, to);
  };
  /**
   * When the figure's own words are not the indicator: a list qualifying the noun after the
   * figure (…集群的“万亩千亿”新产业平台), or examples before it (…航空航天、生命健康5大新兴产业).
   */
  const headNoun = (p: Placed, r: Reading): { subject: string; end: number } | null => {
    if (r.fromPost) {
      const inItem = byItem[p.itemIndex];
      if (p !== inItem[inItem.length - 1]) return null;
      const rest = itemsWithoutFigures(p.itemIndex + 1);
      const head = headAfterList(text, rest);
      return head ? { subject: head, end: rest[rest.length - 1].end } : null;
    }
    const examplesBefore = p.itemIndex > 0 && byItem[p.itemIndex - 1].length === 0;
    const noun = !r.relational && examplesBefore ? nounAfter(text, p.figure.end, p.item.end) : "";
    return noun ? { subject: noun, end: p.item.end } : null;
  };
  let pending: Array<{ subject: string; item: Span }> = [];
  items.forEach((item, itemIndex) => {
    const here = byItem[itemIndex];
    if (here.length === 0) {
      const shared = sharedSubject(text, item);
      pending = shared ? [...pending, { subject: shared, item }] : [];
      if (openings[itemIndex].action) carry.verb = openings[itemIndex].action;
      return;
    }
    for (const p of here) {
      if (used.has(p)) continue;
      used.add(p);
      const r = p.reading;
      if (p.figure.each !== null) {
        // “三个千亿”: one figure for each listed indicator, or a name when the list does not match
        const listed = [...pending.map((x) => x.subject), r.subject];
        const from = pending.length > 0 ? pending[0].item.start : item.start;
        const opening = text.slice(from, Math.min(from + KIND_REACH, p.figure.start)); // 五年累计… opens the list
        if (listed.length === p.figure.each) for (const subject of listed) out.push({ ...target(p, subject, from, item.end, carry.verb), kindBefore: opening });
        continue;
      }
      const own = r.relational && (r.respectively || RATE_VERBS.test(r.verb)) ? splitSubject(r.subject, r.respectively) : [r.subject];
      const subjects = r.relational || p.figure.doubling ? [...pending.map((x) => x.subject), ...own] : [r.subject];
      const quoteStart = pending.length > 0 && subjects.length > 1 ? pending[0].item.start : item.start;
      if (r.respectively && subjects.length > 1) {
        // 分别: the figures from here on without an indicator of their own pair with the subjects
        const followers = placed.slice(placed.indexOf(p) + 1).filter((q) => !q.reading.subject && !q.reading.relational);
        const figs = [p, ...followers.slice(0, subjects.length - 1)];
        if (figs.length === subjects.length) {
          const quoteEnd = figs[figs.length - 1].item.end;
          const first = target(p, subjects[0], quoteStart, quoteEnd, r.verb);
          figs.forEach((q, n) => {
            used.add(q);
            const t = target(q, subjects[n], quoteStart, quoteEnd, r.verb);
            // the shared verb (分别突破, 分别降低) qualifies every figure and tells its kind
            if (t.qualifier === "exact") t.qualifier = first.qualifier;
            out.push({ ...t, kindBefore: first.kindBefore });
          });
          continue;
        }
      }
      if (subjects.length > 1 && (r.respectively || RATE_VERBS.test(r.verb) || p.figure.doubling)) {
        for (const subject of subjects) out.push(target(p, subject, quoteStart, item.end));
        continue;
      }
      let verb = r.verb;
      if (!verb && !r.relational && carry.verb) verb = carry.verb;
      const head = headNoun(p, r);
      // 三分之一以上的规上工业企业要完成数字化改造: the share of the noun that does what follows
      const shareOfNoun = r.fromPost && p.figure.unit === "%" && text.charCodeAt(p.figure.end) === DE;
      const subject = head?.subject ?? (shareOfNoun ? shareAfter(text, p.figure.end, item.end) : r.subject);
      out.push(target(p, subject, item.start, head?.end ?? item.end, shareOfNoun ? "" : verb));
    }
    pending = [];
    const last = here[here.length - 1].reading;
    carry.verb = last.relational ? "" : last.verb || carry.verb;
  });
  completeLevels(out);
  return out;
}

const LEVEL_ONLY = /^[^级]{0,4}级$/;
const LEVEL_PREFIX = /^[^级]{0,4}级/;

/** 创建15个国家级和100个省级一二三产业融合示范园: the 国家级 ones are 国家级一二三产业融合示范园. */
function completeLevels(targets: ClauseTarget[]): void {
  for (let n = 0; n + 1 < targets.length; n++) {
    const next = targets[n + 1].subject;
    const prefix = LEVEL_PREFIX.exec(next);
    if (LEVEL_ONLY.test(targets[n].subject) && prefix && next.length > prefix[0].length) {
      targets[n].subject += next.slice(prefix[0].length);
    }
  }
}

/** Kind of a clause target (the refiner after reading: it needs the verb the carry may have set). */
export function kindOf(t: ClauseTarget) {
  return classifyKind({ before: t.kindBefore, verb: t.verb, subject: t.subject, unit: t.figure.unit });
}
