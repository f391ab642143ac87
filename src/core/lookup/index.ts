/**
 * The catalogue index behind PLANTARGET, PLANINFO, PLANACTUAL, PLANSEARCH, the pane's search and
 * `plantargets target`. Built once per catalogue: answers for every (indicator, year, region) are
 * ranked in advance; a name typed as stored is two hash lookups, and any other spelling goes to the
 * name resolver (names.ts: normalised, canonical, then fuzzy).
 */
import type { Catalogue, DocumentInfo, Indicator } from "../types";
import { baseUnit, convertUnit } from "../units";
import { normalizeUnit } from "../match/normalize";
import { RegionResolver, compareRegions, type RegionMatch } from "../regions";
import { ARG, readOptionalText, readText, readYear } from "./args";
import { Concept, RegionCodes, buildConcepts, storedSpellings } from "./concepts";
import { FormulaError } from "./errors";
import * as msg from "./messages";
import { NameResolver, type Place } from "./names";
import type { LookupAnswer, LookupResult } from "./result";

export type { LookupAnswer, LookupFailure, LookupResult } from "./result";

export interface TargetQuery {
  name: string;
  year: unknown;
  region?: string | null;
  unit?: string | null;
  /** The workbook's default region, used when `region` is omitted and several regions qualify. */
  defaultRegion?: string | null;
}

export class CatalogueIndex {
  readonly documents: ReadonlyMap<string, DocumentInfo>;
  private readonly concepts: Concept[];
  private readonly codes: RegionCodes;
  /** The fast path: names and aliases exactly as stored, each naming one concept. */
  private readonly storedNames = new Map<string, Concept>();
  private readonly names: NameResolver;
  private readonly ids = new Map<string, Indicator>();
  private readonly resolver: RegionResolver;

  constructor(readonly catalogue: Catalogue) {
    this.documents = new Map(catalogue.documents.map((d) => [d.file, d]));
    for (const indicator of catalogue.indicators) this.ids.set(indicator.id, indicator);
    const regions = new Set(catalogue.indicators.map((i) => i.region));
    this.resolver = new RegionResolver(regions);
    this.codes = new RegionCodes(regions);
    this.concepts = buildConcepts(catalogue.indicators, this.codes, this.documents);
    const stored = new Map<string, Concept | null>();
    for (const concept of this.concepts) {
      // A spelling shared by two concepts is ambiguous: it must take the full path.
      for (const raw of storedSpellings(concept)) stored.set(raw, stored.has(raw) ? null : concept);
    }
    for (const [raw, concept] of stored) if (concept) this.storedNames.set(raw, concept);
    this.names = new NameResolver(this.concepts, regions);
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
    const result: Indicator[] = [];
    for (const { concept } of this.names.search(text)) {
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
    const found = this.names.resolve(text, this.place(year, region));
    if (typeof found !== "number") return found;
    const answer = this.answerForRegion(this.concepts[found], year, region?.region ?? null, query.defaultRegion ?? null);
    return unit && answer.ok ? this.convert(answer, unit) : answer;
  }

  /** The year and the typed region (if any), as the name resolver asks about them. */
  private place(year: number, region: Exclude<RegionMatch, { kind: "ambiguous" }> | null): Place {
    // Code 0 holds the answer of a year's only region: without a typed region, that needs no choice.
    const code = !region ? 0 : region.kind === "found" ? this.codes.code(region.region) : undefined;
    const answer = (id: number) => (code === undefined ? undefined : this.concepts[id].answers.get(this.codes.key(year, code)));
    return {
      has: region ? (id) => answer(id) !== undefined : (id) => this.concepts[id].years.has(year),
      figure: answer,
    };
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
}

/** Units a figure in `unit` converts to, for the message of an incompatible one. */
function compatibleUnits(unit: string): string[] {
  const base = baseUnit(unit).unit;
  if (base === "%" || base === "‰" || base.includes("百分点")) return [unit];
  const scaled = [base, `万${base}`, `亿${base}`];
  return base === "元" ? [...scaled, "万亿元"] : scaled;
}
