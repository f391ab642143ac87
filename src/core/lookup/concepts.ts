/**
 * The catalogue grouped for lookups: one concept per indicator name (normalised), holding its
 * entries and, for every year and region, the answer ranked in advance (conflicts resolved).
 */
import type { Indicator } from "../types";
import { normalizeName } from "../match/normalize";
import { compareRegions } from "../regions";
import { DocumentsByFile, conflictNote, rankEntries } from "./rank";
import type { LookupAnswer } from "./result";

export interface Concept {
  name: string;
  entries: Indicator[];
  /** Regions with a target, by year, provinces first. */
  years: Map<number, string[]>;
  /** Answers by RegionCodes.key(year, region code); code 0 holds the answer of a year's only region. */
  answers: Map<number, LookupAnswer>;
}

/** Small integers for the catalogue's regions, so that (year, region) makes one numeric key. */
export class RegionCodes {
  private readonly codes = new Map<string, number>();
  private readonly stride: number;

  constructor(regions: Iterable<string>) {
    for (const region of regions) if (!this.codes.has(region)) this.codes.set(region, this.codes.size + 1);
    this.stride = this.codes.size + 1;
  }

  code(region: string): number | undefined {
    return this.codes.get(region);
  }

  /** The key of a year's answer for a region code; 0 for the year's only region. */
  key(year: number, code: number): number {
    return year * this.stride + code;
  }
}

function rankedAnswer(entries: readonly Indicator[], docs: DocumentsByFile): LookupAnswer {
  const [winner, ...others] = rankEntries(entries, docs);
  return { ok: true, indicator: winner, value: winner.value, unit: winner.unit, others, note: conflictNote(winner, others, docs) };
}

function newConcept(name: string): Concept {
  return { name, entries: [], years: new Map(), answers: new Map() };
}

/** Entries grouped by normalised name; each distinct stored spelling is normalised once. */
function groupByName(indicators: readonly Indicator[]): Concept[] {
  const concepts: Concept[] = [];
  const byNormal = new Map<string, Concept>();
  const byStored = new Map<string, Concept>();
  for (const indicator of indicators) {
    let concept = byStored.get(indicator.name);
    if (!concept) {
      const normal = normalizeName(indicator.name);
      concept = byNormal.get(normal);
      if (!concept) {
        concept = newConcept(indicator.name);
        concepts.push(concept);
        byNormal.set(normal, concept);
      }
      byStored.set(indicator.name, concept);
    }
    concept.entries.push(indicator);
  }
  return concepts;
}

/** Fills a concept's years and ranked answers. */
function rankConcept(concept: Concept, codes: RegionCodes, docs: DocumentsByFile): void {
  const buckets = new Map<number, Indicator[]>();
  for (const entry of concept.entries) {
    const key = codes.key(entry.year, codes.code(entry.region)!);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(entry);
    else {
      buckets.set(key, [entry]);
      const regions = concept.years.get(entry.year);
      if (regions) regions.push(entry.region);
      else concept.years.set(entry.year, [entry.region]);
    }
  }
  for (const [key, entries] of buckets) concept.answers.set(key, rankedAnswer(entries, docs));
  for (const [year, regions] of concept.years) {
    if (regions.length === 1) concept.answers.set(codes.key(year, 0), concept.answers.get(codes.key(year, codes.code(regions[0])!))!);
    else regions.sort(compareRegions);
  }
}

export function buildConcepts(indicators: readonly Indicator[], codes: RegionCodes, docs: DocumentsByFile): Concept[] {
  const concepts = groupByName(indicators);
  for (const concept of concepts) rankConcept(concept, codes, docs);
  return concepts;
}

/** Every name and alias of a concept's entries as stored, once each. */
export function storedSpellings(concept: Concept): Set<string> {
  const spellings = new Set<string>();
  for (const entry of concept.entries) {
    spellings.add(entry.name);
    for (const alias of entry.aliases) spellings.add(alias);
  }
  return spellings;
}
