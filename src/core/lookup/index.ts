/**
 * The catalogue index behind PLANTARGET, PLANINFO, PLANACTUAL, PLANSEARCH, the pane's search and
 * `plantargets target`. Built once per catalogue: answers for every (indicator, year, region) are
 * ranked in advance; a name typed as stored is two hash lookups, another spelling of a name or
 * alias one more after normalising, and only a name matching none goes through the fuzzy matcher.
 */
import type { Catalogue, DocumentInfo, Indicator } from "../types";
import { baseUnit, convertUnit } from "../units";
import { KeyIndex, MatchOptions } from "../match/fuzzy";
import { normalizeName, normalizeUnit } from "../match/normalize";
import { RegionResolver, compareRegions } from "../regions";
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
  private readonly keys: KeyIndex;
  private readonly keyOwner: number[] = [];
  private readonly ids = new Map<string, Indicator>();
  private readonly resolver: RegionResolver;

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
      const spellings = new Set<string>();
      for (const raw of storedSpellings(concept)) {
        // A spelling shared by two concepts is ambiguous: it must take the full path.
        stored.set(raw, stored.has(raw) ? null : concept);
        spellings.add(normalizeName(raw));
      }
      spellings.delete("");
      for (const key of spellings) {
        keyStrings.push(key);
        this.keyOwner.push(id);
      }
    });
    for (const [raw, concept] of stored) if (concept) this.storedNames.set(raw, concept);
    this.keys = new KeyIndex(keyStrings);
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
    const query = normalizeName(text);
    if (!query) return [];
    const result: Indicator[] = [];
    for (const { concept } of this.scoreConcepts(query, { minScore: SUGGEST })) {
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
    const typed = readText(query.name, ARG.name);
    const year = readYear(query.year);
    const region = readOptionalText(query.region, ARG.region);
    const unit = readOptionalText(query.unit, ARG.unit);
    const found = this.resolveConcept(typed, year);
    if (typeof found !== "number") return found;
    const answer = this.answerForRegion(this.concepts[found], year, region, query.defaultRegion ?? null);
    return unit && answer.ok ? this.convert(answer, unit) : answer;
  }

  private resolveConcept(typed: string, year: number): number | LookupFailure {
    const normal = normalizeName(typed);
    const exact = this.owners(this.keys.exact(normal) ?? []);
    if (exact.length === 1) return exact[0];
    const hasYear = (id: number) => this.concepts[id].years.has(year);
    if (exact.length > 1) {
      const withYear = exact.filter(hasYear);
      if (withYear.length === 1) return withYear[0];
      return msg.ambiguousName(typed, (withYear.length ? withYear : exact).map((id) => this.concepts[id].name));
    }
    const scored = this.scoreConcepts(normal, { minScore: SUGGEST, cutBelowBest: MARGIN });
    const names = (list: ScoredConcept[]) => list.slice(0, MAX_SUGGESTIONS).map((s) => this.concepts[s.concept].name);
    if (scored.length === 0 || scored[0].score < CONFIDENT) return msg.notFound(typed, names(scored));
    const current = scored.filter((s) => hasYear(s.concept));
    const pool = current.length && current[0].score >= CONFIDENT ? current : scored;
    if (pool.length === 1 || pool[1].score <= pool[0].score - MARGIN) return pool[0].concept;
    return msg.ambiguousName(typed, names(pool));
  }

  private answerForRegion(concept: Concept, year: number, typed: string | null, defaultRegion: string | null): LookupResult {
    const regions = concept.years.get(year);
    if (!regions) return msg.noTargetForYear(concept.name, year, [...concept.years.keys()].sort((a, b) => a - b));
    const answerIn = (region: string) => {
      const code = this.codes.code(region);
      return code === undefined ? undefined : concept.answers.get(this.codes.key(year, code));
    };
    if (typed) {
      const match = this.resolver.resolve(typed);
      if (match.kind === "ambiguous") return msg.ambiguousRegion(typed, match.regions);
      return answerIn(match.region) ?? msg.noTargetForRegion(concept.name, year, match.region, regions);
    }
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

  /** Concepts matching a normalised query, best first; each scored by its best name or alias. */
  private scoreConcepts(query: string, options: MatchOptions): ScoredConcept[] {
    const best = new Map<number, number>();
    for (const { key, score } of this.keys.match(query, options)) {
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
