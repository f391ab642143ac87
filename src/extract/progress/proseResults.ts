/**
 * Results a review states in prose for targets the document gives only in a table: a plan's
 * 2020年计划执行情况 says 社会消费品零售总额下降10.3% while its indicator table holds the 2020
 * target (7%). The prose parser passes such clauses over as past achievements; here their
 * figures are matched, as a progress row's completion cell is, with the structured targets of
 * the year the review speaks of. Each figure answers one target at most, and a figure already
 * quoted by an actual answers nothing more.
 */
import { Scopes } from "../prose/scopes";
import { type Span, trimSpan } from "../segment";
import type { ParseContext, RawActual, RawTarget, SkippedLine } from "../types";
import { type ReportedFigure, monthOf, reportedFigures } from "./figures";
import { linkedActuals } from "./link";
import { asOf } from "./period";

/** A past clause's line, and the year its results speak of. */
interface ReviewLine {
  line: Span;
  year: number;
  clauses: Span[];
}

/**
 * The lines holding past clauses, each with the year it reviews: the past year its section or
 * paragraph names (一、2020年计划执行情况), or the document's own year in a progress report; lines
 * reviewing no known year are left out.
 */
function reviewLines(ctx: ParseContext, clauses: Span[]): ReviewLine[] {
  const scopes = new Scopes(ctx.year);
  const lines: ReviewLine[] = [];
  let at = 0;
  let last: ReviewLine | null = null;
  for (const clause of clauses) {
    if (last && clause.start < last.line.end) {
      last.clauses.push(clause);
      continue;
    }
    const newline = ctx.text.indexOf("\n", clause.start);
    const line = trimSpan(ctx.text, { start: ctx.text.lastIndexOf("\n", clause.start - 1) + 1, end: newline < 0 ? ctx.text.length : newline });
    if (line.start < at) continue;
    scopes.passLines(ctx.text, { start: at, end: line.start });
    const year = scopes.enterLine(ctx.text, line).pastYear ?? (ctx.kind === "progress" ? ctx.year : null);
    at = line.end;
    last = year === null ? null : { line, year, clauses: [clause] };
    if (last) lines.push(last);
  }
  return lines;
}

function within(spans: Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/** Index of the first of the spans (sorted by start) that starts at or after `at`. */
function firstFrom(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Actuals for `targets` (the document's, in its final order) from the clauses the prose parser
 * skipped as past achievements. Only targets marked `structured` are answered: the prose's own
 * review targets were linked where they were read.
 */
export function linkProseResults(
  ctx: ParseContext,
  targets: RawTarget[],
  structured: boolean[],
  actuals: RawActual[],
  skipped: SkippedLine[],
): RawActual[] {
  // The targets a year's results answer: that year's, and later ones a table reports progress on as
  // of that year (a mid-term review's 2022年实际 column beside its 2025 targets).
  const answers = new Map<number, Set<number>>();
  const answer = (year: number, i: number) => answers.set(year, (answers.get(year) ?? new Set()).add(i));
  targets.forEach((t, i) => structured[i] && t.year <= ctx.year && answer(t.year, i));
  for (const a of actuals) {
    const year = Number(a.asOf.slice(0, 4));
    if (a.targetIndex !== null && structured[a.targetIndex] && year < targets[a.targetIndex].year) answer(year, a.targetIndex);
  }
  if (answers.size === 0) return [];
  const answeredIn = new Map([...answers].map(([year, set]) => [year, [...set].sort((a, b) => a - b)]));
  const past = skipped.filter((s) => s.reason === "past_achievement").map((s) => ({ start: s.offset, end: s.offset + s.text.length }));
  const quoted = actuals.map((a) => ({ start: a.offset, end: a.offset + a.quote.length })).sort((a, b) => a.start - b.start);
  const byYear = new Map<number, ReportedFigure[]>();
  for (const { line, year, clauses } of reviewLines(ctx, past)) {
    if (!answeredIn.has(year)) continue;
    const taken = quoted.slice(firstFrom(quoted, line.start), firstFrom(quoted, line.end));
    const figures = reportedFigures(ctx.text, [line], taken).filter((f) => within(clauses, f.at));
    const ofYear = byYear.get(year) ?? [];
    byYear.set(year, ofYear);
    ofYear.push(...figures);
  }
  const out: RawActual[] = [];
  for (const [year, figures] of byYear) {
    const answered = answeredIn.get(year)!;
    const period = (figure: ReportedFigure) => asOf(year, monthOf(ctx.text, figure));
    out.push(...linkedActuals(ctx.text, answered.map((i) => targets[i]), answered.length, figures, (k) => answered[k], period));
  }
  return out;
}
