/**
 * Which indicator a typed name means. A name is tried, in turn: normalised (width, case,
 * punctuation); in canonical form (synonyms.ts: GDP = 地区生产总值, 增速 = 增长; a leading region such
 * as 浙江省 or 全省 dropped); then by the fuzzy matcher over canonical forms, which answers only when
 * one candidate is clearly best. Among candidates:
 *  - those with a target where the formula asks (year, and region when typed) come first;
 *  - a name that says its measure (增长, 累计提高, 翻番, 额, 总数: measure.ts) only matches figures of
 *    that measure; a bare name prefers an amount, then an increment, to a growth rate or change of
 *    the same subject, so "GDP" for 2025 is the level (8.5万亿元) and "GDP增长" the rate; where a
 *    subject has only a rate (固定资产投资增长12%), its bare name answers the rate, but never through
 *    a typo;
 *  - a typo (character overlap alone) answers only when no other name holds part of what was typed;
 *  - a name that goes on to money put into the thing typed (重大项目 → 重大项目投资) is another
 *    indicator: it is only suggested, unless no name is of the thing itself;
 *  - of two close candidates, one the other with words before it (重点行业VOCs排放总量下降率 and
 *    VOCs排放总量下降率), a name without those words means the one without them;
 *  - candidates too close to call give #N/A listing them, unless they all give the same figure.
 */
import { KeyIndex, type MatchOptions } from "../match/fuzzy";
import { BARE_PREFERENCE, isRateOrChange, measureOf, saidMeasure, type Measure } from "../match/measure";
import { normalizeName } from "../match/normalize";
import { canonicalForms, canonicalName } from "../match/synonyms";
import { regionKey } from "../regions";
import { storedSpellings, type Concept } from "./concepts";
import * as msg from "./messages";
import type { LookupFailure } from "./result";

/** Where the formula asks, as the resolver needs it. */
export interface Place {
  /** Whether a concept has a target there. */
  has(concept: number): boolean;
  /** The figure a concept gives there, when that needs no further choice of region. */
  figure(concept: number): { value: number; unit: string } | undefined;
}

export interface ScoredConcept {
  concept: number;
  score: number;
  /** Its best name matched by character overlap alone (a typo), not by holding the words. */
  byOverlap: boolean;
}

/** A typed name in the forms it is matched in. */
interface Typed {
  text: string;
  normal: string;
  canonical: string;
  /** The measure its wording says (GDP增长: growth), or null. */
  said: Measure | null;
}

const CLOSING_REMARK = /[（(][^（）()]*[）)]\s*$/;

/** Words standing for "this region" at the start of a name: 全省5G基站 = 5G基站. */
const HOME_REGION_WORDS = ["全省", "全市", "全区", "全县", "我省", "我市", "我区", "我县"];

/** A fuzzy match must score this much to answer, and beat the runner-up by MARGIN. */
const CONFIDENT = 0.55;
const MARGIN = 0.08;
/** Weaker matches are still worth suggesting in a message or listing in a search. */
export const SUGGEST = 0.4;
/** Heads naming money put into a thing: a name ending so is not the thing itself. */
const INVESTED = /(?:投资|资金)$/;
const MAX_SUGGESTIONS = 3;

export class NameResolver {
  /** Normalised names and aliases and the concepts they name. */
  private readonly normalNames = new Map<string, number[]>();
  /** Canonical names and aliases, for exact and fuzzy matching. */
  private readonly keys: KeyIndex;
  private readonly keyOwner: number[] = [];
  /** The measure each canonical key says by its ending, or null. */
  private readonly keySaid: Array<Measure | null> = [];
  /** Each concept's name in canonical form. */
  private readonly nameKeys: string[] = [];
  /** What each concept's figures measure (those of its first entry: one name, one measure). */
  private readonly measures: Measure[] = [];
  /** Region names a typed name may start with, longest first (浙江省, 浙江, 全省…). */
  private readonly regionPrefixes: string[];

  constructor(
    private readonly concepts: readonly Concept[],
    regions: Iterable<string>,
  ) {
    const keyStrings: string[] = [];
    concepts.forEach((concept, id) => {
      const normals = new Set<string>();
      for (const raw of storedSpellings(concept)) normals.add(normalizeName(raw));
      normals.delete("");
      const canonicals = new Map<string, Measure | null>();
      for (const normal of normals) {
        const owners = this.normalNames.get(normal);
        if (owners) owners.push(id);
        else this.normalNames.set(normal, [id]);
        for (const form of canonicalForms(normal)) if (form && !canonicals.has(form)) canonicals.set(form, saidMeasure(form, normal));
      }
      for (const [key, said] of canonicals) {
        keyStrings.push(key);
        this.keyOwner.push(id);
        this.keySaid.push(said);
      }
      const [first] = concept.entries;
      // The name's own canonical form is the first one listed (storedSpellings starts with the name).
      const [nameKey, nameSaid] = canonicals.entries().next().value ?? ["", null];
      this.nameKeys.push(nameKey);
      this.measures.push(measureOf(first.kind, first.unit, nameSaid));
    });
    this.keys = new KeyIndex(keyStrings);
    const prefixes = new Set(HOME_REGION_WORDS);
    for (const region of regions) for (const spelling of [region, regionKey(region)]) prefixes.add(normalizeName(spelling));
    this.regionPrefixes = [...prefixes].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
  }

  /**
   * The concept `text` means at `place`, or the #N/A saying why none or which ones. A name spelled
   * like a stored one (normalised, then canonical) that has no target here does not stop the search:
   * the same indicator may be stored under another spelling for this year. Only when nothing found
   * later has a target here does the exact match answer, with its own message (years, regions).
   */
  resolve(text: string, place: Place): number | LookupFailure {
    const typed = this.typedForms(text);
    const named = [...new Set(this.normalNames.get(typed.normal) ?? [])];
    const exact = this.owners((this.keys.exact(typed.canonical) ?? []).filter((key) => this.fits(typed.said, key)));
    const openNamed = named.filter((id) => place.has(id));
    // A bare name stored only as the alias of a rate (地区生产总值 for 地区生产总值增速) still prefers
    // the amount another spelling names (GDP, 经济总量): then both spellings' matches count.
    const onlyRates = typed.said === null && openNamed.every((id) => isRateOrChange(this.measures[id]));
    const direct = openNamed.length && !onlyRates ? openNamed : [...new Set([...openNamed, ...exact.filter((id) => place.has(id))])];
    if (direct.length) return this.decide(typed, direct.map((concept) => ({ concept, score: 1, byOverlap: false })), place);
    const spelled = named.length ? named : exact;
    const scored = this.scored(typed, { minScore: SUGGEST, cutBelowBest: MARGIN });
    const open = scored.filter((s) => place.has(s.concept));
    const [best] = spelled.length ? open : scored;
    if (!best || best.score < CONFIDENT) {
      return spelled.length ? this.preferred(typed, spelled)[0] : msg.notFound(text, this.names(scored.map((s) => s.concept)));
    }
    // A name clearly meant but without a target here is answered by its own message (years, regions).
    const pool = open.length && open[0].score >= CONFIDENT && open[0].score > best.score - MARGIN ? open : scored;
    const close = pool.filter((s) => s.score > pool[0].score - MARGIN);
    // A typo answers only when no other name holds part of what was typed.
    const rivals = pool[0].byOverlap ? pool.filter((s) => !s.byOverlap && !close.includes(s)) : [];
    return this.decide(typed, [...close, ...rivals], place);
  }

  /** Concepts matching `text`, best first, with weak matches (for searches and suggestions). */
  search(text: string): ScoredConcept[] {
    const typed = this.typedForms(text);
    return typed.canonical ? this.scored(typed, { minScore: SUGGEST }) : [];
  }

  private typedForms(text: string): Typed {
    const normal = normalizeName(text);
    // A closing remark (领雁计划, 2.0版) qualifies the name; stored names are also matched without theirs.
    const unremarked = CLOSING_REMARK.test(text) ? normalizeName(text.replace(CLOSING_REMARK, "")) : normal;
    const canonical = canonicalName(this.withoutRegion(unremarked.length >= 2 ? unremarked : normal));
    return { text, normal, canonical, said: saidMeasure(canonical, unremarked) };
  }

  /** 浙江省5g基站 → 5g基站: a leading region name (or 全省) says where, not what. */
  private withoutRegion(normal: string): string {
    for (const prefix of this.regionPrefixes) {
      if (normal.length >= prefix.length + 2 && normal.startsWith(prefix)) return normal.slice(prefix.length);
    }
    return normal;
  }

  /**
   * One concept from candidates too close to tell apart by score, or #N/A listing them. Among those
   * matched equally well (the same subject in several measures), a bare name takes its preferred one.
   */
  private decide(typed: Typed, scored: ScoredConcept[], place: Place): number | LookupFailure {
    const candidates = this.withoutScopes(typed, scored);
    const top = candidates[0].score;
    const tied = candidates.filter((c) => c.score === top).map((c) => c.concept);
    const rest = candidates.filter((c) => c.score !== top).map((c) => c.concept);
    const chosen = [...this.preferred(typed, tied), ...rest];
    if (chosen.length === 1 || this.sameFigure(chosen, place)) return chosen[0];
    return msg.ambiguousName(typed.text, this.names(chosen));
  }

  /**
   * Candidates less those that are another candidate with words before it, which the typed name
   * does not say (重点行业 in 重点行业VOCs排放总量下降率 when VOCs减排 was typed).
   */
  private withoutScopes(typed: Typed, candidates: ScoredConcept[]): ScoredConcept[] {
    const key = (c: ScoredConcept) => this.nameKeys[c.concept];
    const scopes = (c: ScoredConcept, o: ScoredConcept) => {
      const k = key(c);
      const head = key(o);
      return head.length > 0 && k.length > head.length && k.endsWith(head) && !typed.canonical.includes(k.slice(0, k.length - head.length));
    };
    const kept = candidates.filter((c) => !candidates.some((o) => o !== c && scopes(c, o)));
    return kept.length ? kept : candidates;
  }

  /** A bare name (no 增长, 提高, 翻番…) prefers amounts, then increments: GDP is the level, not its growth rate. */
  private preferred(typed: Typed, ids: number[]): number[] {
    if (typed.said !== null) return ids;
    for (const measure of BARE_PREFERENCE) {
      const found = ids.filter((id) => this.measures[id] === measure);
      if (found.length) return found;
    }
    return ids;
  }

  /** The same target stated twice under two names (in a table and in prose) is no ambiguity. */
  private sameFigure(ids: number[], place: Place): boolean {
    const first = place.figure(ids[0]);
    return first !== undefined && ids.every((id) => {
      const figure = place.figure(id);
      return figure !== undefined && figure.value === first.value && figure.unit === first.unit;
    });
  }

  /** A key fits a name that says its measure when its figures or its own wording have that measure. */
  private fits(said: Measure | null, key: number): boolean {
    return said === null || this.keySaid[key] === said || this.measures[this.keyOwner[key]] === said;
  }

  /** Concepts matching a typed name, best first; each scored by its best fitting name or alias. */
  private scored(typed: Typed, options: MatchOptions): ScoredConcept[] {
    const best = new Map<number, ScoredConcept>();
    const matches = this.keys.match(typed.canonical, options).filter(({ key }) => this.fits(typed.said, key));
    // Money put into the thing typed (重大项目投资 for 重大项目) only answers when nothing names the thing.
    const investedIn = (key: number) => {
      const invested = INVESTED.exec(this.keys.keys[key]);
      return invested !== null && !typed.canonical.includes(invested[0]);
    };
    const thingNamed = matches.some(({ key, byOverlap }) => !byOverlap && !investedIn(key));
    for (const { key, score: matched, byOverlap } of matches) {
      const score = thingNamed && investedIn(key) ? Math.min(matched, SUGGEST) : matched;
      if (score < options.minScore) continue;
      const concept = this.keyOwner[key];
      // A bare name reaches a growth rate or a change only by holding its words, never by a typo.
      if (byOverlap && typed.said === null && isRateOrChange(this.measures[concept])) continue;
      const seen = best.get(concept);
      // A concept holding part of the name in order through any of its names is no mere typo.
      const overlapOnly = byOverlap && (seen?.byOverlap ?? true);
      if (!seen || score > seen.score) best.set(concept, { concept, score, byOverlap: overlapOnly });
      else seen.byOverlap = overlapOnly;
    }
    return [...best.values()].sort(
      (a, b) => b.score - a.score || this.concepts[a.concept].name.localeCompare(this.concepts[b.concept].name),
    );
  }

  private names(ids: readonly number[]): string[] {
    return ids.slice(0, MAX_SUGGESTIONS).map((id) => this.concepts[id].name);
  }

  private owners(keys: readonly number[]): number[] {
    return [...new Set(keys.map((k) => this.keyOwner[k]))];
  }
}
