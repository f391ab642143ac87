/**
 * The prose extractor: running text of a planning document → targets, with the lines it skipped.
 * Lines → noise filter → section/paragraph scopes → sentences → clauses → parsers (figures.ts)
 * → refiners (clause.ts) → RawTarget with absolute offsets and the quote as written.
 */
import { classifyLine, isEstimate, isLinkItem, isPastClause, isReportOpening, isResultSentence, opensLinkList } from "../noise";
import { charClasses, forEachLine, splitClauses, type Span } from "../segment";
import type { TargetKind } from "../../core/types";
import type { ParseContext, RawActual, RawTarget, SkippedLine } from "../types";
import { kindOf, readClause, type ClauseTarget, type SentenceCarry } from "./clause";
import { scanSpan, type Figure } from "./figures";
import { citedFigures, reviewTargets, type EarlierClause } from "./review";
import { Scopes, SentenceScope, type LineScope } from "./scopes";

export interface ProseResult {
  targets: RawTarget[];
  /** Results a review reports against the targets it cites; targetIndex points into `targets`. */
  actuals: RawActual[];
  skipped: SkippedLine[];
}

/**
 * Section scopes survive between the ranges of one document (a table may sit inside a section),
 * so the tracker of a context is kept and fed the lines in between.
 */
const trackers = new WeakMap<ParseContext, { scopes: Scopes; at: number }>();

function scopesFor(ctx: ParseContext, start: number): { scopes: Scopes; at: number } {
  let tracker = trackers.get(ctx);
  if (!tracker || tracker.at > start) {
    tracker = { scopes: new Scopes(ctx.year), at: 0 };
    trackers.set(ctx, tracker);
  }
  tracker.scopes.passLines(ctx.text, { start: tracker.at, end: start });
  tracker.at = start;
  return tracker;
}

const QUOTE_LEAD = charClasses([["—─-•· \u3000", 1]]);
/**
 * Kinds that compare with a base year (较2020年下降13.5%, 比2020年新增): a level, a share or a
 * per-head figure in the same sentence (…；森林覆盖率保持在65%以上, 每千人口医师数达到3.5人) is not
 * measured against it; of ratios, only a doubling (比2020年翻一番) is.
 */
const COMPARED_KINDS: ReadonlySet<TargetKind> = new Set(["growth_rate", "reduction", "increment", "cumulative"]);

function toRawTarget(ctx: ParseContext, t: ClauseTarget, scope: SentenceScope, year = scope.year ?? ctx.year): RawTarget {
  let start = t.quote.start;
  while (start < t.figure.start && QUOTE_LEAD[ctx.text.charCodeAt(start)]) start++;
  const end = Math.max(t.quote.end, t.figure.unitEnd);
  const kind = kindOf(t);
  return {
    subject: t.subject,
    verb: t.verb,
    year,
    value: t.figure.value,
    unit: t.figure.unit,
    valueMax: t.figure.valueMax,
    qualifier: t.qualifier,
    kind,
    baseline: null,
    baseYear: COMPARED_KINDS.has(kind) || t.figure.doubling ? scope.baseYear : null,
    attribute: null,
    quote: ctx.text.slice(start, end),
    offset: start,
  };
}

/** The clauses of a sentence that cite targets (a review's verdicts): they report no result. */
function citingClauses(text: string, clauses: Span[], figures: Figure[]): Span[] {
  return clauses.filter((clause) => {
    const inClause = figures.filter((fig) => fig.start >= clause.start && fig.end <= clause.end);
    return inClause.length > 0 && citedFigures(text, clause, inClause).length > 0;
  });
}

/**
 * Reads one line's content: only sentences with a figure are cut into clauses. In a list of tasks
 * (a progress report's task cells) a comparison with last year (PM2.5年均浓度同比下降5%) is a target.
 */
function readLine(ctx: ParseContext, content: Span, line: LineScope, out: ProseResult, tasks: boolean): void {
  const { figures, years, sentenceEnds } = scanSpan(ctx.text, content);
  let f = 0;
  let y = 0;
  let from = content.start;
  for (let n = 0; n <= sentenceEnds.length && f < figures.length; n++) {
    const stop = n < sentenceEnds.length ? sentenceEnds[n] : content.end;
    const sentence = { start: from, end: stop };
    from = stop + 1;
    if (figures[f].start >= stop) continue;
    const clauses = splitClauses(ctx.text, sentence);
    if (clauses.length === 0) continue;
    const start = clauses[0].start;
    const end = clauses[clauses.length - 1].end;
    while (f < figures.length && figures[f].start < start) f++;
    while (y < years.length && years[y].start < start) y++;
    if (f === figures.length || figures[f].start >= end) continue;
    const scope = new SentenceScope(line, ctx.year);
    if (!tasks && isResultSentence(ctx.text.slice(start, end))) scope.past = true;
    const carry: SentenceCarry = { verb: "" };
    const earlier: EarlierClause[] = [];
    const firstFigure = f;
    for (const clause of clauses) {
      for (; y < years.length && years[y].start < clause.end; y++) scope.mention(years[y].year, years[y].role);
      // a report opener (1—6月，二季度末) or an estimate (预计) holds for the rest of the sentence
      if (isReportOpening(ctx.text, clause.start)) scope.past = true;
      const inClause: Figure[] = [];
      for (; f < figures.length && figures[f].start < clause.end; f++) {
        if (figures[f].start >= clause.start && figures[f].end <= clause.end) inClause.push(figures[f]);
      }
      if (inClause.length === 0) continue;
      const clauseText = ctx.text.slice(clause.start, clause.end);
      if (isEstimate(clauseText)) scope.past = true;
      if (scope.past || isPastClause(clauseText)) {
        // …增长5.5%左右的年度预期目标未能实现: a review cites the target of the year it reviews
        const year = scope.pastYear;
        const cited = year === null ? [] : citedFigures(ctx.text, clause, inClause);
        if (year === null || cited.length === 0) {
          out.skipped.push({ offset: clause.start, text: clauseText, reason: "past_achievement" });
          earlier.push({ clause, figures: inClause });
          continue;
        }
        const place = { sentence, clause, earlier, citing: citingClauses(ctx.text, clauses, figures.slice(firstFigure)) };
        const review = reviewTargets(ctx.text, place, cited, year, (t) => toRawTarget(ctx, t, scope, year), out.targets.length);
        if (review.targets.length === 0) out.skipped.push({ offset: clause.start, text: clauseText, reason: "past_achievement" });
        out.actuals.push(...review.actuals);
        out.targets.push(...review.targets);
        continue;
      }
      for (const t of readClause(ctx.text, clause, inClause, carry)) out.targets.push(toRawTarget(ctx, t, scope));
    }
  }
}

/**
 * A summary list (lines opening with ——) may state a target that the body restates; the gold
 * standard of a careful reader keeps the body's statement, which carries the fuller wording.
 */
function dropSummaryRepeats(targets: RawTarget[], inSummary: boolean[]): RawTarget[] {
  const summaryValues = new Set(targets.filter((t, i) => inSummary[i] && t.subject).map((t) => t.value));
  if (summaryValues.size === 0) return targets;
  const key = (t: RawTarget) => [t.year, t.subject, t.verb, t.value, t.valueMax, t.unit, t.kind].join("|");
  // only body targets with a value the summary also states can repeat it
  const inBody = new Set(targets.filter((t, i) => !inSummary[i] && summaryValues.has(t.value)).map(key));
  return targets.filter((t, i) => !t.subject || !inSummary[i] || !inBody.has(key(t)));
}

const DASH = "—".charCodeAt(0);
const BOX_DASH = "─".charCodeAt(0);

/** The line opens with a dash bullet (——, ──). */
function isSummaryLine(text: string, line: Span): boolean {
  const first = text.charCodeAt(line.start);
  return first === DASH || first === BOX_DASH;
}

/** `tasks`: the range lists tasks (a progress report's task cell), each a target however it is worded. */
export function extractProse(ctx: ParseContext, range: { start: number; end: number }, tasks = false): ProseResult {
  const out: ProseResult = { targets: [], actuals: [], skipped: [] };
  const inSummary: boolean[] = [];
  const tracker = scopesFor(ctx, range.start);
  let inLinkList = false;
  forEachLine(ctx.text, range, (line) => {
    const lineText = ctx.text.slice(line.start, line.end);
    // the headlines under 相关阅读： are other pages, whatever figures they hold
    inLinkList = opensLinkList(lineText) || (inLinkList && isLinkItem(lineText));
    const noise = classifyLine(lineText) ?? (inLinkList ? "other" : null);
    if (noise) {
      out.skipped.push({ offset: line.start, text: lineText, reason: noise });
      return;
    }
    const scope = tracker.scopes.enterLine(ctx.text, line);
    readLine(ctx, { start: scope.contentStart, end: line.end }, scope, out, tasks);
    const summary = isSummaryLine(ctx.text, line);
    while (inSummary.length < out.targets.length) inSummary.push(summary);
  });
  tracker.at = range.end;
  const targets = dropSummaryRepeats(out.targets, inSummary);
  const index = new Map(targets.map((t, i) => [t, i]));
  const actuals = out.actuals.flatMap((a) => {
    const targetIndex = a.targetIndex === null ? undefined : index.get(out.targets[a.targetIndex]);
    return targetIndex === undefined ? [] : [{ ...a, targetIndex }];
  });
  return { targets, actuals, skipped: out.skipped };
}
