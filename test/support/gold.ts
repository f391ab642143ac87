/**
 * Scores a catalogue against the hand-checked answers in ../shared/gold. Tests only: the
 * extractor never reads the gold.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { toBaseUnits } from "../../src/core/units";
import type { Catalogue } from "../../src/core/types";

export const GOLD_DIR = join(__dirname, "..", "..", "..", "shared", "gold");
export const SEEDS_DIR = join(__dirname, "..", "..", "seeds");

export interface GoldTarget {
  doc: string;
  year: number;
  indicator: string;
  value: number;
  unit: string;
  base_value: number;
  quote: string;
}

export interface GoldActual {
  doc: string;
  indicator: string;
  target_value: number;
  target_unit: string;
  actual_value: number;
  actual_unit: string;
  as_of: string;
  quote: string;
}

function jsonl<T>(file: string, goldDir: string): T[] {
  return readFileSync(join(goldDir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** goldDir defaults to ../shared/gold; the held-out test passes its own answers (test/heldout/gold). */
export const goldTargets = (goldDir = GOLD_DIR): GoldTarget[] => jsonl<GoldTarget>("targets.jsonl", goldDir);
export const goldActuals = (goldDir = GOLD_DIR): GoldActual[] => jsonl<GoldActual>("actuals.jsonl", goldDir);

interface Span {
  doc: string;
  start: number;
  end: number;
}

/** Where a gold quote stands in its document (every occurrence). */
function spansOf(texts: Map<string, string>, doc: string, quote: string): Span[] {
  const text = texts.get(doc) ?? "";
  const spans: Span[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) spans.push({ doc, start: i, end: i + quote.length });
  return spans;
}

function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((b) => a.doc === b.doc && a.start < b.end && b.start < a.end);
}

function sameValue(value: number, unit: string, goldValue: number, goldUnit: string): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  return close(value, goldValue) || close(toBaseUnits(value, unit).value, toBaseUnits(goldValue, goldUnit).value);
}

export interface Figures {
  targets: { catalogue: number; gold: number; correct: number; found: number; precision: number; recall: number };
  actuals: { gold: number; found: number; recall: number };
  perDoc: Record<string, { catalogue: number; gold: number; correct: number; found: number }>;
  misses: GoldTarget[];
  falsePositives: Array<{ doc: string; year: number; name: string; value: number; unit: string; quote: string }>;
  missedActuals: GoldActual[];
}

export function score(catalogue: Catalogue, texts: Map<string, string>, goldDir = GOLD_DIR): Figures {
  const gold = goldTargets(goldDir);
  const goldSpans = gold.map((g) => spansOf(texts, g.doc, g.quote));
  // A catalogue target is one entry as cited by one document: correct when any of its quotes there
  // overlaps the gold quote (an outline may state a target in prose and again in its table).
  const records = catalogue.indicators.flatMap((ind) =>
    [...new Set(ind.sources.map((s) => s.doc))].map((doc) => {
      const cited = ind.sources.filter((s) => s.doc === doc);
      return { ind, doc, spans: cited.map((s) => ({ doc, start: s.offset, end: s.offset + s.quote.length })), quote: cited[0].quote };
    }),
  );
  const matches = (r: (typeof records)[number], g: GoldTarget, gi: number) =>
    r.doc === g.doc && r.ind.year === g.year && sameValue(r.ind.value, r.ind.unit, g.value, g.unit) && r.spans.some((span) => overlaps(span, goldSpans[gi]));

  const perDoc: Figures["perDoc"] = {};
  const bump = (doc: string, field: "catalogue" | "gold" | "correct" | "found") => {
    perDoc[doc] ??= { catalogue: 0, gold: 0, correct: 0, found: 0 };
    perDoc[doc][field]++;
  };
  const falsePositives: Figures["falsePositives"] = [];
  let correct = 0;
  for (const r of records) {
    bump(r.doc, "catalogue");
    if (gold.some((g, gi) => matches(r, g, gi))) {
      correct++;
      bump(r.doc, "correct");
    } else {
      falsePositives.push({ doc: r.doc, year: r.ind.year, name: r.ind.name, value: r.ind.value, unit: r.ind.unit, quote: r.quote });
    }
  }
  const misses: GoldTarget[] = [];
  let found = 0;
  gold.forEach((g, gi) => {
    bump(g.doc, "gold");
    if (records.some((r) => matches(r, g, gi))) {
      found++;
      bump(g.doc, "found");
    } else misses.push(g);
  });

  const actualsGold = goldActuals(goldDir);
  const missedActuals: GoldActual[] = [];
  let actualsFound = 0;
  for (const g of actualsGold) {
    const spans = spansOf(texts, g.doc, g.quote);
    const hit = catalogue.indicators.some(
      (ind) =>
        sameValue(ind.value, ind.unit, g.target_value, g.target_unit) &&
        ind.actuals.some(
          (a) =>
            a.doc === g.doc &&
            sameValue(a.value, a.unit, g.actual_value, g.actual_unit) &&
            overlaps({ doc: a.doc, start: a.offset, end: a.offset + a.quote.length }, spans),
        ),
    );
    if (hit) actualsFound++;
    else missedActuals.push(g);
  }

  return {
    targets: {
      catalogue: records.length,
      gold: gold.length,
      correct,
      found,
      precision: records.length ? correct / records.length : 0,
      recall: found / gold.length,
    },
    actuals: { gold: actualsGold.length, found: actualsFound, recall: actualsFound / actualsGold.length },
    perDoc,
    misses,
    falsePositives,
    missedActuals,
  };
}
