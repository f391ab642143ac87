/**
 * Document extractions → one catalogue. The same target stated in several documents becomes one
 * entry with several sources; where documents give another figure for the same indicator, region
 * and year, each figure keeps its own entry and sources, and the entries name each other in `conflict`.
 * The highest-ranked document's entry comes first (plan/outline/work report > progress report > speech).
 * Two figures that one document states both are not a disagreement but two targets the key could
 * not tell apart (新开工重大项目25个 … 竣工重大项目40个 reduced to one subject): they do not conflict,
 * and where their names are the same each gets its figure in its name, so a lookup lists them
 * instead of silently picking one. Likewise one figure that one document states under two names
 * (落地百亿级产业项目15个、招引储备百亿级产业项目15个) is two targets, one entry each.
 */
import { documentRank } from "../core/docRank";
import type { Actual, Catalogue, Indicator, SourceRef } from "../core/types";
import { figureText, toBaseUnits } from "../core/units";
import type { DocExtraction, RawTarget } from "../extract/types";
import { contentHash, sealCatalogue } from "./hash";
import { aliasesFor, cleanSubject, kindFamily, standardName, subjectKey } from "./naming";

interface Statement {
  target: RawTarget;
  /** "doc#targetIndex": where the document's actuals point. */
  ref: string;
  docIndex: number;
  rank: number;
  source: SourceRef;
}

/** Same indicator, region and year (the figure may differ). */
function indicatorKey(region: string, t: RawTarget): string {
  const subject = subjectKey(t.subject) || subjectKey(t.quote);
  return [region, t.year, kindFamily(t.kind), subject, toBaseUnits(1, t.unit).unit].join("|");
}

/** Same figure: value and upper bound in base units. */
function figureKey(t: RawTarget): string {
  const lo = toBaseUnits(t.value, t.unit).value;
  const hi = t.valueMax === null ? "" : toBaseUnits(t.valueMax, t.unit).value;
  return `${lo}~${hi}`;
}

/** Whether two figures of one key disagree: no document states both. */
function disagree(a: Statement[], b: Statement[]): boolean {
  const docs = new Set(a.map((s) => s.docIndex));
  return !b.some((s) => docs.has(s.docIndex));
}

/** How near two statements of one figure stand when they are items of one list (落地…15个、招引储备…15个). */
const LIST_REACH = 40;

/**
 * The statements of one figure, split where a document lists it under two standard names side by
 * side: each name is a target of its own (a restatement further on is the same target, worded
 * anew), and other documents' statements join the part of their name (else the strongest part).
 * Sorted strongest first, the strongest part first.
 */
function byName(statements: Statement[]): Statement[][] {
  const names = statements.map((s) => standardName(s.target));
  const distinct = new Set<string>();
  statements.forEach((a, i) => {
    for (let j = i + 1; j < statements.length; j++) {
      const b = statements[j];
      if (a.docIndex !== b.docIndex || names[i] === names[j] || Math.abs(a.source.offset - b.source.offset) > LIST_REACH) continue;
      distinct.add(names[i]);
      distinct.add(names[j]);
    }
  });
  const parts = new Map<string, Statement[]>();
  statements.forEach((s, n) => {
    const part = distinct.has(names[n]) ? names[n] : "";
    parts.set(part, [...(parts.get(part) ?? []), s]);
  });
  const sorted = [...parts.values()].map((list) => list.sort(byStrength)).sort((a, b) => byStrength(a[0], b[0]));
  // the statements no document names apart go with the strongest part
  const unnamed = parts.get("");
  if (unnamed && sorted.length > 1) {
    const rest = sorted.filter((list) => list !== unnamed);
    rest[0] = [...rest[0], ...unnamed].sort(byStrength);
    return rest;
  }
  return sorted;
}

function byStrength(a: Statement, b: Statement): number {
  return b.rank - a.rank || a.docIndex - b.docIndex || a.source.offset - b.source.offset;
}

function firstNonNull<T>(statements: Statement[], pick: (t: RawTarget) => T | null): T | null {
  for (const s of statements) {
    const v = pick(s.target);
    if (v !== null) return v;
  }
  return null;
}

function makeIndicator(id: string, region: string, statements: Statement[]): Indicator {
  const top = statements[0].target;
  // An extractor that found a figure but no subject still yields a findable, honest name: its quote.
  const name = standardName(top) || cleanSubject(top.quote);
  const aliases = new Set<string>();
  for (const s of statements) for (const a of aliasesFor(s.target, name)) aliases.add(a);
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  for (const s of statements) {
    const k = `${s.source.doc}@${s.source.offset}`;
    if (!seen.has(k)) {
      seen.add(k);
      sources.push(s.source);
    }
  }
  return {
    id,
    name,
    aliases: [...aliases],
    region,
    year: top.year,
    value: top.value,
    unit: top.unit,
    valueMax: top.valueMax,
    qualifier: top.qualifier,
    kind: top.kind,
    baseline: firstNonNull(statements, (t) => t.baseline),
    baseYear: firstNonNull(statements, (t) => t.baseYear),
    attribute: firstNonNull(statements, (t) => t.attribute),
    sources,
    actuals: [],
    conflict: [],
  };
}

export function buildCatalogue(extractions: DocExtraction[]): Catalogue {
  const groups = new Map<string, Map<string, Statement[]>>();
  extractions.forEach((ex, docIndex) => {
    const rank = documentRank(ex.doc);
    ex.targets.forEach((target, i) => {
      const key = indicatorKey(ex.doc.region, target);
      const figure = figureKey(target);
      const byFigure = groups.get(key) ?? new Map<string, Statement[]>();
      groups.set(key, byFigure);
      const list = byFigure.get(figure) ?? [];
      byFigure.set(figure, list);
      list.push({ target, ref: `${docIndex}#${i}`, docIndex, rank, source: { doc: ex.doc.file, quote: target.quote, offset: target.offset } });
    });
  });

  const indicators: Indicator[] = [];
  const homeOf = new Map<string, Indicator>(); // Statement.ref → its entry
  for (const [key, byFigure] of groups) {
    const region = key.slice(0, key.indexOf("|"));
    const figures = [...byFigure.entries()].flatMap(([figure, list]) =>
      byName(list).map((part, p) => ({ home: p === 0 ? `${key}\u0000${figure}` : `${key}\u0000${figure}\u0000${standardName(part[0].target)}`, list: part })),
    );
    // The figure stated by the strongest document first; more sources break ties.
    figures.sort((a, b) => byStrength(a.list[0], b.list[0]) || b.list.length - a.list.length);
    const entries = figures.map(({ home, list }, n) => {
      const indicator = makeIndicator("ind-" + contentHash(n === 0 ? key : home), region, list);
      for (const s of list) homeOf.set(s.ref, indicator);
      return indicator;
    });
    entries.forEach((e, n) => {
      e.conflict = entries.filter((_, m) => m !== n && disagree(figures[n].list, figures[m].list)).map((o) => o.id);
    });
    const sameName = (e: Indicator, o: Indicator) => o !== e && o.name === e.name && !e.conflict.includes(o.id);
    const named = entries.map((e) => (entries.some((o) => sameName(e, o)) ? `${e.name}（${figureText(e)}）` : e.name));
    entries.forEach((e, n) => (e.name = named[n]));
    indicators.push(...entries);
  }

  extractions.forEach((ex, docIndex) => {
    for (const a of ex.actuals) {
      if (a.targetIndex === null) continue;
      const home = homeOf.get(`${docIndex}#${a.targetIndex}`);
      if (!home) continue;
      const actual: Actual = { value: a.value, unit: a.unit, asOf: a.asOf, doc: ex.doc.file, quote: a.quote, offset: a.offset };
      const duplicate = home.actuals.some((o) => o.doc === actual.doc && o.offset === actual.offset && o.value === actual.value);
      if (!duplicate) home.actuals.push(actual);
    }
  });

  const docOrder = new Map(extractions.map((ex, i) => [ex.doc.file, i]));
  indicators.sort(
    (a, b) =>
      a.region.localeCompare(b.region) ||
      a.year - b.year ||
      (docOrder.get(a.sources[0].doc) ?? 0) - (docOrder.get(b.sources[0].doc) ?? 0) ||
      a.sources[0].offset - b.sources[0].offset,
  );
  const documents = extractions.map((ex) => ex.doc);
  return sealCatalogue(documents, indicators);
}
