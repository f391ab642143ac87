/**
 * The extractor: one planning document's text → its targets, actuals and skipped lines.
 * Structured parts go first and claim their lines (flattened tables, progress-report rows);
 * the prose parser reads what nobody claimed.
 */
import { inferDocument } from "./document";
import { extractProgress } from "./progress";
import { linkProseResults } from "./progress/proseResults";
import { extractProse } from "./prose";
import { extractTables } from "./tables";
import { linkTableResults } from "./tables/results";
import type { DocExtraction, DocumentMeta, ParseContext, RawActual, RawTarget, SkippedLine } from "./types";

export type { DocExtraction, DocumentMeta } from "./types";

interface Range {
  start: number;
  end: number;
}

/** The parts of [0, length) not covered by any claimed range. */
function unclaimed(length: number, claimed: Range[]): Range[] {
  const sorted = [...claimed].sort((a, b) => a.start - b.start);
  const free: Range[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start > at) free.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (at < length) free.push({ start: at, end: length });
  return free;
}

interface Part {
  targets: RawTarget[];
  actuals: RawActual[];
}

export function extractDocument(text: string, meta: DocumentMeta): DocExtraction {
  const doc = inferDocument(text, meta);
  const ctx: ParseContext = { text, file: doc.file, region: doc.region, year: doc.year, kind: doc.kind };
  const tables = extractTables(ctx);
  const progress = extractProgress(ctx);
  const parts: Part[] = [tables, progress];
  // Targets read from tables come first, before any prose part's.
  const tableTargets = tables.targets.length + progress.targets.length;
  const skipped: SkippedLine[] = [];
  for (const range of unclaimed(text.length, [...tables.claimed, ...progress.claimed])) {
    const prose = extractProse(ctx, range);
    parts.push({ targets: prose.targets, actuals: prose.actuals });
    skipped.push(...prose.skipped);
  }

  // Concatenate the parts, re-pointing each actual at its target's new index, then order by position
  // (a stable sort of indexes: targets at the same offset keep the parts' order).
  const all: RawTarget[] = [];
  const actuals: RawActual[] = [];
  for (const part of parts) {
    const base = all.length;
    all.push(...part.targets);
    for (const a of part.actuals) actuals.push({ ...a, targetIndex: a.targetIndex === null ? null : a.targetIndex + base });
  }
  const order = all.map((_, i) => i).sort((a, b) => all[a].offset - all[b].offset);
  const newIndex: number[] = new Array(all.length);
  order.forEach((old, i) => (newIndex[old] = i));
  for (const a of actuals) if (a.targetIndex !== null) a.targetIndex = newIndex[a.targetIndex];
  const targets = order.map((i) => all[i]);
  skipped.sort((a, b) => a.offset - b.offset);
  // A review's results for targets that only a table states (2020年计划执行情况 beside the 2020 column),
  // and a table's results of last year for the targets the review states (2019年完成 beside 2020年预期).
  const structured = order.map((i) => i < tableTargets);
  actuals.push(...linkProseResults(ctx, targets, structured, actuals, skipped));
  actuals.push(...linkTableResults(ctx, targets, structured, tables.results));
  actuals.sort((a, b) => a.offset - b.offset);

  const warnings: string[] = [];
  if (all.length === 0) {
    warnings.push(
      "未在该文件中找到量化目标；它可能不是规划文件，或目标以图片/附件形式给出。" +
        " No quantitative targets were found in this document; it may not be a planning document, or its targets are in images or attachments.",
    );
  }
  return { doc, targets, actuals, skipped, warnings };
}
