/**
 * Which reported figure answers which target of the same row. A figure answers a target when it
 * speaks of the same thing (its item repeats most of the target's subject in order, names the end
 * of it: 空气质量优良天数比例 ~ 地级及以上城市空气质量优良天数比例, or names the subject's head
 * noun together with the target's verb: 新增中小学幼儿园学位 ~ 新增学位, and does not qualify a
 * shared ending with other words: 农村居民人均可支配收入 ≁ 城镇居民人均可支配收入), in a
 * compatible unit, the same measure (a growth rate by a change, a share by a level) and a
 * plausible magnitude. Each figure answers one target of the task cell, the best-matched pairs
 * first; a target the completion cell cites (the task as the report measures it) may share its
 * task's figure. Figures that answer no target are not actuals.
 */
import { convertUnit } from "../../core/units";
import type { RawActual, RawTarget } from "../types";
import { type ReportedFigure, nameBefore } from "./figures";

/** Share of the subject's characters the item repeats in order for it to speak of the same thing. */
const MIN_SIMILARITY = 0.6;
/** Words of a result reached rather than a step taken: they break ties between equally similar items. */
const RESULT_CUE = /累计|完成|建成|竣工|完工|投用|交付|达到|达|实现|共/;
/** A result outside [target / 20, target × 20] is about something else. */
const MAX_FACTOR = 20;
/** Bounds the quadratic similarity on pathological input; real subjects and items are far shorter. */
const MAX_SUBJECT = 32;
/** How far before a figure its subject is looked for. */
const MAX_ITEM = 96;
/** Figures a target is compared with: a real completion cell reports a few dozen at most. */
const MAX_FIGURES = 200;
/** Weights of the evidence beyond the subject: the target's own verb, a result word, a closer magnitude. */
const VERB_BONUS = 0.2;
const CUE_BONUS = 0.1;
const MAGNITUDE_WEIGHT = 0.05;
/** An item that borrows its subject from the clause before answers less surely than one naming its own. */
const BORROWED_PENALTY = 0.3;
/** An item naming only a stage the work reached (已开工16所, 竣工12个), not what was built. */
const STAGE = /^(?:开工|开工建设|完工|竣工|建成|投用|投入使用|交付|交付使用)$/;
/** Counts of what was applied for, not done: 受理…申报2136家, 申请专利. They answer only a target counting the same. */
const APPLICATION = /受理|申报|申请/;
/** Characters of its own an item may add to a head noun and still name the target's thing. */
const MAX_FOREIGN = 1;
/**
 * Length from which a name the target's subject ends with names the target's thing whatever
 * qualifies it there: 空气质量优良天数比例 for 地级及以上城市空气质量优良天数比例.
 */
const MIN_CONTAINED = 4;
/** Length from which an ending two names share is the same noun, so that the words before it tell them apart. */
const MIN_SHARED_ENDING = 2;

/** Measure words a report often drops: 造林面积 → 完成造林21.5万亩. */
const MEASURE_SUFFIX = /(?:面积|数量|总量|总额|规模|金额|人数|家数|个数)$/;
/** Words naming a change, which a table's indicator ends with and a report's sentence puts after the name. */
const RATE_SUFFIX = /(?:增速|增幅|增长率|涨幅|降幅|降低率)$/;
/** Words of a target's lead that say when or how firmly, not what is done. */
const LEAD_NOISE = /全年|年内|今年|年度|上半年|力争|争取|确保|其中|[^\u4e00-\u9fa5]/g;

export interface Link {
  figure: number;
  /** The figure as written, in its own unit, in the target's sense: a fall against a growth target is negative. */
  value: number;
}

/** What a figure must speak of to answer a target. */
interface Key {
  /** The subject without a trailing measure word. */
  subject: string;
  /** Its last two characters: 学位, 公司, 投资. */
  head: string;
  /** Two-character pieces of the target's verb: 新增, 完成, 新建. */
  verbs: string[];
}

function keyOf(target: RawTarget, elided: string): Key {
  const subject = (target.subject || elided || target.quote).slice(0, MAX_SUBJECT);
  const bare = subject.replace(MEASURE_SUFFIX, "");
  const key = bare.length >= 2 ? bare : subject;
  // The words before the subject, or before the figure when the subject is elided (累计达到2.2万个)
  // or borrowed from the item before (累计突破7万个 after 5G基站新建1.5万个).
  let at = target.subject ? target.quote.indexOf(target.subject) : -1;
  if (at < 0) at = target.quote.search(/\d/);
  const lead = `${target.quote.slice(0, Math.max(0, at))} ${target.verb}`;
  const verbs: string[] = [];
  for (const word of lead.replace(LEAD_NOISE, " ").split(" ")) for (let i = 0; i + 2 <= word.length; i++) verbs.push(word.slice(i, i + 2));
  return { subject: key, head: key.slice(-2), verbs };
}

/** Length of the longest common subsequence of a and b, by the quadratic table. */
function lcsTable(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = c === b.charCodeAt(j - 1) ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.length];
}

/** Per char code, the bits of its positions in the shorter string lcs() compares; all zero between calls. */
const POSITIONS = new Int32Array(0x10000);
/** Positions an Int32 holds. */
const WORD_BITS = 32;

/**
 * Length of the longest common subsequence of a and b. A subject (at most MAX_SUBJECT characters)
 * is compared with every figure's context: with the shorter string's positions as the bits of one
 * word, each character of the longer one costs a few word operations (Hyyrö's bit-vector LCS:
 * V' = (V + U) | (V - U), U = V & the character's positions; the length is V's count of zero bits).
 */
function lcs(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length > WORD_BITS) return lcsTable(a, b);
  for (let i = 0; i < short.length; i++) POSITIONS[short.charCodeAt(i)] |= 1 << i;
  let v = -1; // all ones; the sum may carry past the word's last bit: | keeps its low 32 bits
  for (let j = 0; j < long.length; j++) {
    const u = v & POSITIONS[long.charCodeAt(j)];
    v = (v + u) | (v - u);
  }
  for (let i = 0; i < short.length; i++) POSITIONS[short.charCodeAt(i)] = 0;
  let length = 0;
  for (let i = 0; i < short.length; i++) if ((v & (1 << i)) === 0) length++;
  return length;
}

/** The figure in the target's sense: as written, and in the target's unit; null when it measures something else. */
function valueFor(figure: ReportedFigure, target: RawTarget): { written: number; value: number } | null {
  const value = figure.unit === null ? figure.value : convertUnit(figure.value, figure.unit, target.unit);
  if (value === null || target.unit !== "%") return value === null ? null : { written: figure.value, value };
  // A growth or reduction target is answered by a change, a share by a level.
  const rate = target.kind === "growth_rate" || target.kind === "reduction";
  if (rate !== (figure.change !== null)) return null;
  const against = target.kind === "reduction" ? "rise" : "fall";
  const sign = figure.change === against ? -1 : 1;
  return { written: sign * figure.value, value: sign * value };
}

/** A result outside [target / 20, target × 20] is about something else; returns the distance in orders of magnitude. */
function magnitudeGap(value: number, target: RawTarget): number | null {
  if (target.value <= 0) return 0;
  const ratio = Math.abs(value) / target.value;
  return ratio >= 1 / MAX_FACTOR && ratio <= MAX_FACTOR ? Math.abs(Math.log10(ratio)) : null;
}

const HAN = /[\u4e00-\u9fa5]/;

/**
 * Whether the item names the subject's head with no modifier of its own: 新增学位 or 新增上市公司
 * for 新增境内外上市公司, not 认定软件首版次产品 for 新认定首台套产品. The modifier runs back from
 * the head to the verb, a number or a mark.
 */
function bareHead(context: string, key: Key): boolean {
  for (let at = context.indexOf(key.head); at >= 0; at = context.indexOf(key.head, at + 1)) {
    let from = at;
    while (from > 0 && HAN.test(context[from - 1]) && !key.verbs.includes(context.slice(from - 2, from))) from--;
    const foreign = [...context.slice(from, at)].filter((ch) => !key.subject.includes(ch)).length;
    if (foreign <= MAX_FOREIGN) return true;
  }
  return false;
}

/**
 * The text a figure is read in: its context, at most MAX_ITEM before it; whether it names a result,
 * counts applications, or borrows its subject from the clause before.
 */
interface Reading {
  context: string;
  /** The item's own name for the figure, without a trailing measure word: "" when it names nothing. */
  name: string;
  cue: boolean;
  applied: boolean;
  borrowed: boolean;
}

function readingOf(text: string, figure: ReportedFigure): Reading {
  const from = Math.max(figure.context.start, figure.at - MAX_ITEM);
  const context = text.slice(from, Math.min(figure.context.end, from + 2 * MAX_ITEM));
  const applied = APPLICATION.test(text.slice(Math.max(figure.item.start, from), figure.at));
  const name = nameBefore(text.slice(figure.item.start, figure.at)).replace(MEASURE_SUFFIX, "");
  return { context, name, cue: RESULT_CUE.test(context), applied, borrowed: figure.context.start < figure.item.start };
}

/**
 * Whether two names end in the same noun qualified by words that have little in common:
 * 城镇居民人均可支配收入 and 农村居民人均可支配收入, 高新技术企业总数 and 科技型中小企业总数.
 * The target's verb counts among its qualifying words: 新开工项目 names 新开工市重点项目's thing.
 */
function distinctQualifiers(target: string, verb: string, name: string): boolean {
  const subject = target.replace(RATE_SUFFIX, "");
  let shared = 0;
  while (shared < subject.length && shared < name.length && subject[subject.length - 1 - shared] === name[name.length - 1 - shared]) shared++;
  if (shared < MIN_SHARED_ENDING) return false;
  const own = subject.slice(0, subject.length - shared);
  const theirs = name.slice(0, name.length - shared);
  if (own.length === 0 || theirs.length === 0) return false;
  const ownWords = verb + own;
  return 2 * lcs(ownWords, theirs) < Math.min(ownWords.length, theirs.length);
}

/** The target's subject ends with the item's name and qualifies it further (a place, a scope). */
function qualifiedBy(subject: string, name: string): boolean {
  return name.length >= MIN_CONTAINED && name.length < subject.length && subject.endsWith(name);
}

/**
 * How well a figure answers the target, with its value as written in the target's sense; null when
 * it cannot. A figure another one follows in its item names what that one is about, not a result:
 * 全市1600个省重点项目累计完成投资4120.5亿元.
 */
function match(
  target: RawTarget,
  key: () => Key,
  figure: ReportedFigure,
  reading: () => Reading,
  followed: boolean,
  onlyOfUnit: boolean,
): { score: number; value: number } | null {
  if (followed) return null;
  const sensed = valueFor(figure, target);
  const gap = sensed === null ? null : magnitudeGap(sensed.value, target);
  if (sensed === null || gap === null) return null;
  const { subject } = key();
  const { context, name, cue, applied, borrowed } = reading();
  if (applied && !APPLICATION.test(target.quote)) return null;
  if (distinctQualifiers(subject, target.verb, name)) return null;
  const common = lcs(subject, context);
  const similarity = common / subject.length;
  const verbHit = key().verbs.some((v) => context.includes(v));
  const named = similarity >= MIN_SIMILARITY || qualifiedBy(subject, name);
  // 已开工16所 for 新建公办幼儿园20所: a stage of the work, counted in a unit no other target of the row has
  const staged = onlyOfUnit && figure.unit === target.unit && STAGE.test(name);
  if (!staged && (common < 2 || !(named || (verbHit && bareHead(context, key()))))) return null;
  const score =
    similarity + (verbHit ? VERB_BONUS : 0) + (cue ? CUE_BONUS : 0) - MAGNITUDE_WEIGHT * gap - (borrowed ? BORROWED_PENALTY : 0);
  return { score, value: sensed.written };
}

/** f() computed on first use only: most target–figure pairs fail on unit or magnitude before they need it. */
function lazy<T>(f: () => T): () => T {
  let value: T | undefined;
  return () => (value === undefined ? (value = f()) : value);
}

interface Candidate {
  target: number;
  figure: number;
  score: number;
  value: number;
}

/**
 * For each target, the figure that answers it, or null. Targets from `cited` on are cited by the
 * completion cell: each may share a figure with a task target, never with another cited one.
 */
function linkFigures(text: string, targets: RawTarget[], cited: number, figures: ReportedFigure[]): Array<Link | null> {
  const compared = figures.slice(0, MAX_FIGURES);
  const followed = compared.map((figure, f) => compared[f + 1]?.item.start === figure.item.start);
  const readings = compared.map((figure) => lazy(() => readingOf(text, figure)));
  let candidates: Candidate[] = [];
  let elided = "";
  const keys = targets.map((target, t) => {
    if (t < cited && target.subject) elided = target.subject;
    const ownSubject = t < cited ? elided : "";
    return lazy(() => keyOf(target, ownSubject));
  });
  const perUnit = new Map<string, number>();
  for (const target of targets) perUnit.set(target.unit, (perUnit.get(target.unit) ?? 0) + 1);
  targets.forEach((target, t) => {
    compared.forEach((figure, f) => {
      const m = match(target, keys[t], figure, readings[f], followed[f], perUnit.get(target.unit) === 1);
      if (m) candidates.push({ target: t, figure: f, ...m });
    });
  });
  // A name that several targets qualify differently (居民人均可支配收入 for 城镇… and 农村…) is none of them.
  const qualifying = (c: Candidate) => qualifiedBy(keys[c.target]().subject, readings[c.figure]().name);
  const ambiguous = new Map<number, number>();
  for (const c of candidates) if (qualifying(c)) ambiguous.set(c.figure, (ambiguous.get(c.figure) ?? 0) + 1);
  candidates = candidates.filter((c) => (ambiguous.get(c.figure) ?? 0) < 2 || !qualifying(c));
  candidates.sort((a, b) => b.score - a.score || a.target - b.target || a.figure - b.figure);
  const links: Array<Link | null> = targets.map(() => null);
  const used = [new Set<number>(), new Set<number>()];
  for (const c of candidates) {
    const pool = used[c.target < cited ? 0 : 1];
    if (links[c.target] || pool.has(c.figure)) continue;
    links[c.target] = { figure: c.figure, value: c.value };
    pool.add(c.figure);
  }
  return links;
}

/**
 * The actual a linked figure records for the target at `targetIndex`, as of `period`: it quotes the
 * figure's clause, from the clause that names its subject when it borrows one.
 */
function actualOf(text: string, target: RawTarget, targetIndex: number, figure: ReportedFigure, link: Link, period: string): RawActual {
  const start = Math.min(figure.context.start, figure.clause.start);
  return {
    subject: target.subject,
    // As the report writes it: 12860个 answering 1.5万个 stays 12860个.
    value: link.value,
    unit: figure.unit ?? target.unit,
    asOf: period,
    quote: text.slice(start, figure.clause.end),
    offset: start,
    targetIndex,
  };
}

/**
 * The actuals the figures record for the targets they answer (see linkFigures for `cited`):
 * `indexOf(t)` is targets[t]'s index among the document's targets, `period` the period a figure
 * reports for targets[t].
 */
export function linkedActuals(
  text: string,
  targets: RawTarget[],
  cited: number,
  figures: ReportedFigure[],
  indexOf: (t: number) => number,
  period: (figure: ReportedFigure, t: number) => string,
): RawActual[] {
  const actuals: RawActual[] = [];
  linkFigures(text, targets, cited, figures).forEach((link, t) => {
    if (!link) return;
    const figure = figures[link.figure];
    actuals.push(actualOf(text, targets[t], indexOf(t), figure, link, period(figure, t)));
  });
  return actuals;
}
