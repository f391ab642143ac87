/**
 * The catalogue index behind PLANTARGET, PLANINFO, PLANACTUAL, PLANSEARCH, the pane's search and
 * `plantargets target`. Built once per catalogue: answers for every (indicator, year, region) are
 * ranked in advance. A typed name is tried, in turn: as stored (two hash lookups); normalised
 * (width, case, punctuation); in canonical form (synonyms.ts: GDP = 地区生产总值, 增速 = 增长, a
 * leading region dropped); and only then by the fuzzy matcher over canonical forms, which answers
 * when one candidate is clearly best. Among candidates, those with a target for the year (and the
 * region, when typed) come first, and a name that says its measure (增长, 累计提高, 额: measure.ts)
 * only matches figures of that measure; a bare name prefers the amount over its growth or change,
 * so "GDP" for 2025 is 8.5万亿元 and "GDP增长" 5.5%.
 */
import type { Catalogue, DocumentInfo, Indicator } from "../types";
import { baseUnit, convertUnit } from "../units";
import { KeyIndex, MatchOptions } from "../match/fuzzy";
import { saidMeasure, type Measure } from "../match/measure";
import { normalizeName, normalizeUnit } from "../match/normalize";
import { canonicalName } from "../match/synonyms";
import { RegionResolver, compareRegions, regionKey } from "../regions";
import { ARG, readOptionalText, readText, readYear } from "./args";
import { Concept, RegionCodes, buildConcepts, storedSpellings } from "./concepts";
import { FormulaError } from "./errors";
import * as msg from "./messages";
import type { LookupAnswer, LookupFailure, LookupResult } from "./result";

export type { LookupAnswer, LookupFailure, LookupResult } from "./result";

export interface TargetQuery {
  name: string;
  year: unknown;
  region?: string | null;
  unit?: string | null;
  /** The workbook's default region, used when `region` is omitted and several regions qualify. */
  defaultRegion?: string | null;
}

interface ScoredConcept {
  concept: number;
  score: number;
}

/** A typed name in the forms it is matched in. */
interface Typed {
  text: string;
  normal: string;
  canonical: string;
  /** The measure its wording says (GDP增长: growth), or null. */
  said: Measure | null;
}

/** Whether a concept has a target where the formula asks: the year, and the region when typed. */
type Availability = (concept: number) => boolean;

/** Words standing for "this region" at the start of a name: 全省5G基站 = 5G基站. */
const HOME_REGION_WORDS = ["全省", "全市", "全区", "全县", "全国", "我省", "我市", "我区", "我县"];

/** A fuzzy match must score this much to answer, and beat the runner-up by MARGIN. */
const CONFIDENT = 0.55;
const MARGIN = 0.08;
/** Weaker matches are still worth suggesting in a message or listing in a search. */
const SUGGEST = 0.4;
const MAX_SUGGESTIONS = 3;

export class CatalogueIndex {
  readonly documents: ReadonlyMap<string, DocumentInfo>;
  private readonly concepts: Concept[];
  private readonly codes: RegionCodes;
  /** The fast path: names and aliases exactly as stored, each naming one concept. */
  private readonly storedNames = new Map<string, Concept>();
  /** Normalised names and aliases and the concepts they name. */
  private readonly normalNames = new Map<string, number[]>();
  /** Canonical names and aliases, for exact and fuzzy matching. */
  private readonly keys: KeyIndex;
  private readonly keyOwner: number[] = [];
  /** The measure each canonical key says by its ending, or null. */
  private readonly keySaid: Array<Measure | null> = [];
  private readonly ids = new Map<string, Indicator>();
  private readonly resolver: RegionResolver;
  /** Region names a typed name may start with, longest first (浙江省, 浙江, 全省…). */
  private readonly regionPrefixes: string[];

  constructor(readonly catalogue: Catalogue) {
    this.documents = new Map(catalogue.documents.map((d) => [d.file, d]));
    for (const indicator of catalogue.indicators) this.ids.set(indicator.id, indicator);
    const regions = new Set(catalogue.indicators.map((i) => i.region));
    this.resolver = new RegionResolver(regions);
    this.codes = new RegionCodes(regions);
    this.concepts = buildConcepts(catalogue.indicators, this.codes, this.documents);
    const keyStrings: string[] = [];
    const stored = new Map<string, Concept | null>();
    this.concepts.forEach((concept, id) => {
      const normals = new Set<string>();
      for (const raw of storedSpellings(concept)) {
        // A spelling shared by two concepts is ambiguous: it must take the full path.
        stored.set(raw, stored.has(raw) ? null : concept);
        normals.add(normalizeName(raw));
      }
      normals.delete("");
      const canonicals = new Set<string>();
      for (const normal of normals) {
        const owners = this.normalNames.get(normal);
        if (owners) owners.push(id);
        else this.normalNames.set(normal, [id]);
        canonicals.add(canonicalName(normal));
      }
      canonicals.delete("");
      for (const key of canonicals) {
        keyStrings.push(key);
        this.keyOwner.push(id);
        this.keySaid.push(saidMeasure(key));
      }
    });
    for (const [raw, concept] of stored) if (concept) this.storedNames.set(raw, concept);
    this.keys = new KeyIndex(keyStrings);
    const prefixes = new Set(HOME_REGION_WORDS);
    for (const region of regions) for (const spelling of [region, regionKey(region)]) prefixes.add(normalizeName(spelling));
    this.regionPrefixes = [...prefixes].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
  }

  byId(id: string): Indicator | undefined {
    return this.ids.get(id);
  }

  /** Regions with at least one target (that year, when given), provinces first. */
  regionsFor(year?: number): string[] {
    const regions = new Set<string>();
    for (const i of this.catalogue.indicators) if (year === undefined || i.year === year) regions.add(i.region);
    return [...regions].sort(compareRegions);
  }

  lookup(query: TargetQuery): LookupResult {
    const fast = this.fastLookup(query);
    if (fast) return fast;
    try {
      return this.fullLookup(query);
    } catch (e) {
      if (e instanceof FormulaError && e.code !== "#DIV/0!") return { ok: false, code: e.code, message: e.message };
      throw e;
    }
  }

  /** Indicators whose name or alias matches `text`, best match first, newest year first. */
  search(text: string, limit = 50): Indicator[] {
    const typed = this.typedForms(text);
    if (!typed.canonical) return [];
    const result: Indicator[] = [];
    for (const { concept } of this.scoreConcepts(typed, { minScore: SUGGEST })) {
      const entries = [...this.concepts[concept].entries].sort(
        (a, b) => b.year - a.year || compareRegions(a.region, b.region),
      );
      for (const entry of entries) {
        if (result.length >= limit) return result;
        result.push(entry);
      }
    }
    return result;
  }

  /** A name and region typed as stored, with a numeric year: no normalising, no allocation. */
  private fastLookup({ name, year, region, unit, defaultRegion }: TargetQuery): LookupAnswer | null {
    if (typeof name !== "string" || typeof year !== "number" || unit) return null;
    const concept = this.storedNames.get(name);
    if (!concept) return null;
    const code = region ? this.codes.code(region) : 0;
    const answer = code === undefined ? undefined : concept.answers.get(this.codes.key(year, code));
    if (answer || region || !defaultRegion) return answer ?? null;
    const fallback = this.codes.code(defaultRegion);
    return fallback === undefined ? null : concept.answers.get(this.codes.key(year, fallback)) ?? null;
  }

  /** Argument errors are thrown (FormulaError); a name, year or region without a target is returned. */
  private fullLookup(query: TargetQuery): LookupResult {
    const text = readText(query.name, ARG.name);
    const year = readYear(query.year);
    const typedRegion = readOptionalText(query.region, ARG.region);
    const unit = readOptionalText(query.unit, ARG.unit);
    const region = typedRegion ? this.resolver.resolve(typedRegion) : null;
    if (region?.kind === "ambiguous") return msg.ambiguousRegion(typedRegion!, region.regions);
    const code = region?.kind === "found" ? this.codes.code(region.region) : undefined;
    const available: Availability = region
      ? (id) => code !== undefined && this.concepts[id].answers.has(this.codes.key(year, code))
      : (id) => this.concepts[id].years.has(year);
    const found = this.resolveConcept(this.typedForms(text), available);
    if (typeof found !== "number") return found;
    const answer = this.answerForRegion(this.concepts[found], year, region?.region ?? null, query.defaultRegion ?? null);
    return unit && answer.ok ? this.convert(answer, unit) : answer;
  }

  private typedForms(text: string): Typed {
    const normal = normalizeName(text);
    const canonical = canonicalName(this.withoutRegion(normal));
    return { text, normal, canonical, said: saidMeasure(canonical) };
  }

  /** 浙江省5g基站 → 5g基站: a leading region name (or 全省) says where, not what. */
  private withoutRegion(normal: string): string {
    for (const prefix of this.regionPrefixes) {
      if (normal.length >= prefix.length + 2 && normal.startsWith(prefix)) return normal.slice(prefix.length);
    }
    return normal;
  }

  /** The concept a typed name means: as normalised, in canonical form, then by fuzzy matching. */
  private resolveConcept(typed: Typed, available: Availability): number | LookupFailure {
    const named = this.normalNames.get(typed.normal);
    if (named) return this.choose(typed, [...new Set(named)], available);
    const fits = (key: number) => this.fits(typed.said, key);
    const exact = this.owners((this.keys.exact(typed.canonical) ?? []).filter(fits));
    if (exact.length) return this.choose(typed, exact, available);

    const scored = this.scoreConcepts(typed, { minScore: SUGGEST, cutBelowBest: MARGIN });
    const names = (list: ScoredConcept[]) => list.slice(0, MAX_SUGGESTIONS).map((s) => this.concepts[s.concept].name);
    const [best] = scored;
    if (!best || best.score < CONFIDENT) return msg.notFound(typed.text, names(scored));
    const open = scored.filter((s) => available(s.concept));
    // A name clearly meant but without a target here is answered by its own message (years, regions).
    const pool = open.length && open[0].score >= CONFIDENT && open[0].score > best.score - MARGIN ? open : scored;
    const close = pool.filter((s) => s.score > pool[0].score - MARGIN).map((s) => s.concept);
    const chosen = this.preferred(typed, close);
    return chosen.length === 1 ? chosen[0] : msg.ambiguousName(typed.text, names(pool.filter((s) => chosen.includes(s.concept))));
  }

  /** One of several concepts a name matches equally well: one with a target here, of the preferred measure. */
  private choose(typed: Typed, ids: number[], available: Availability): number | LookupFailure {
    if (ids.length === 1) return ids[0];
    const open = ids.filter(available);
    const chosen = this.preferred(typed, open.length ? open : ids);
    if (chosen.length === 1 || !open.length) return chosen[0];
    return msg.ambiguousName(typed.text, chosen.slice(0, MAX_SUGGESTIONS).map((id) => this.concepts[id].name));
  }

  /** A bare name (no 增长, 提高, 翻番…) prefers amounts: GDP is the level, not its growth rate. */
  private preferred(typed: Typed, ids: number[]): number[] {
    if (typed.said !== null) return ids;
    const amounts = ids.filter((id) => this.concepts[id].measure === "amount");
    return amounts.length ? amounts : ids;
  }

  /** A key fits a name that says its measure when its figures or its own wording have that measure. */
  private fits(said: Measure | null, key: number): boolean {
    return said === null || this.keySaid[key] === said || this.concepts[this.keyOwner[key]].measure === said;
  }

  private answerForRegion(concept: Concept, year: number, region: string | null, defaultRegion: string | null): LookupResult {
    const regions = concept.years.get(year);
    if (!regions) return msg.noTargetForYear(concept.name, year, [...concept.years.keys()].sort((a, b) => a - b));
    const answerIn = (name: string) => {
      const code = this.codes.code(name);
      return code === undefined ? undefined : concept.answers.get(this.codes.key(year, code));
    };
    if (region) return answerIn(region) ?? msg.noTargetForRegion(concept.name, year, region, regions);
    const only = concept.answers.get(this.codes.key(year, 0));
    if (only) return only;
    const fallback = defaultRegion ? this.resolver.resolve(defaultRegion) : null;
    return (fallback?.kind === "found" && answerIn(fallback.region)) || msg.regionNeeded(regions, defaultRegion);
  }

  private convert(answer: LookupAnswer, typedUnit: string): LookupResult {
    const unit = normalizeUnit(typedUnit);
    const value = convertUnit(answer.value, answer.unit, unit);
    if (value === null) return msg.incompatibleUnit(typedUnit, answer.unit, compatibleUnits(answer.unit));
    return { ...answer, value, unit };
  }

  /** Concepts matching a typed name, best first; each scored by its best fitting name or alias. */
  private scoreConcepts(typed: Typed, options: MatchOptions): ScoredConcept[] {
    const best = new Map<number, number>();
    for (const { key, score } of this.keys.match(typed.canonical, options)) {
      if (!this.fits(typed.said, key)) continue;
      const concept = this.keyOwner[key];
      if (score > (best.get(concept) ?? 0)) best.set(concept, score);
    }
    return Array.from(best, ([concept, score]) => ({ concept, score })).sort(
      (a, b) => b.score - a.score || this.concepts[a.concept].name.localeCompare(this.concepts[b.concept].name),
    );
  }

  private owners(keys: readonly number[]): number[] {
    return [...new Set(keys.map((k) => this.keyOwner[k]))];
  }
}

/** Units a figure in `unit` converts to, for the message of an incompatible one. */
function compatibleUnits(unit: string): string[] {
  const base = baseUnit(unit).unit;
  if (base === "%" || base === "‰" || base.includes("百分点")) return [unit];
  const scaled = [base, `万${base}`, `亿${base}`];
  return base === "元" ? [...scaled, "万亿元"] : scaled;
}
