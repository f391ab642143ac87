/**
 * Which year a statement is for, and whether it looks back rather than ahead. Three nested scopes:
 *  - section: a heading (第一章, 一、, （一）) with a year (（三）二〇三五年远景目标), a five-year plan
 *    (“十四五”…主要目标 → 2025) or a review (取得决定性成就, 工作回顾), until the next heading of
 *    the same or a higher level;
 *  - paragraph: opened by 到2025年, 2019年, 今后五年 (→ the document's year + 4), 过去五年…;
 *  - sentence: a year mention (到2022年…) holds for the rest of its sentence; a deadline (到2025年)
 *    after a past year turns the sentence ahead again; 在2020年…的基础上 names no time at all.
 * A year before the document's year marks the past: its figures are achievements, not targets.
 */
import { isFoundationYear, isPastHeading, isPastParagraph, PAST_PARAGRAPH_FIRST } from "../noise";
import { parseNumberAt } from "../numbers";
import { charClasses, isWhitespaceAt, trimSpan, WHITESPACE, type Span } from "../segment";
import type { YearRole } from "./figures";

interface Section {
  level: number;
  year: number | null;
  past: boolean;
  /** The past year a review section speaks of (一、2022年计划执行情况 → 2022), or null. */
  pastYear: number | null;
}

/** Heading patterns, their levels and the characters they open with. */
const HEADINGS: ReadonlyArray<[RegExp, number, string]> = [
  [/^第[一二三四五六七八九十百零〇]+篇/, 0, "第"],
  [/^第[一二三四五六七八九十百零〇]+章/, 1, "第"],
  [/^[一二三四五六七八九十]+、/, 1, "一二三四五六七八九十"],
  [/^第[一二三四五六七八九十百零〇]+节/, 2, "第"],
  [/^[（(][一二三四五六七八九十]+[）)]/, 2, "（("],
];
const MAX_HEADING = 50;
/** A paragraph introducing a list (…以下工作：) sits between 一、 and （一）. */
const LIST_LEVEL = 1.5;
/** Which HEADINGS patterns (bit k for pattern k) may open with a character: most lines are ruled out by one lookup, the rest try only theirs. */
const HEADING_FIRST = charClasses(HEADINGS.map(([, , first], k) => [first, 1 << k]));
/** What may stand before a heading on its line (the line's own indent). */
const SPACE_BEFORE_HEADING = charClasses([[" \u3000\u00a0\t\r\ufeff", 1]]);
/** First characters of the paragraph openers (到2025年, “十三五”时期, 今后五年, 过去五年): other lines skip their tests. */
const OPENING_FIRST = charClasses([["—─- \u3000\t到至在截12二“十今未" + PAST_PARAGRAPH_FIRST, 1]]);

const YEAR_IN_TEXT = /(?:19|20)\d{2}(?=\s*年)|二〇[〇一二三四五六七八九]{2}(?=年)/;
/** “十四五” → 2025: five-year plan n ends in 2005 + 5n. */
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;
const PLAN_NUMBERS = "一二三四五六七八九";

function yearIn(s: string): number | null {
  const m = YEAR_IN_TEXT.exec(s);
  if (!m) return null;
  return parseNumberAt(s, m.index)?.value ?? null;
}

function planEnd(s: string): number | null {
  const m = FIVE_YEAR_PLAN.exec(s);
  return m ? 2005 + 5 * (PLAN_NUMBERS.indexOf(m[1]) + 1) : null;
}

/** 到2025年, / 2019年, / 到二〇三五年 at the start of a paragraph. */
const PARAGRAPH_YEAR = /^(?:[—─\-\s]*)(?:到|至|在|截至)?\s*((?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2})\s*年(?:底|末)?/;
/** “十三五”时期 at the start of a paragraph. */
const PLAN_PERIOD = /^[—─\s]*“?十[一二三四五六七八九]五”?时期/;
/** 今后五年, 未来五年: the five years from the document's, whose targets are due in the last of them. */
const NEXT_FIVE_YEARS = /^[—─\s]*(?:今后|未来)五年/;
const DASH_OR_SPACE = charClasses([["—─-" + WHITESPACE, 1]]);
/** The words PARAGRAPH_YEAR allows before its year, and the characters a year or a plan opens with. */
const YEAR_LEAD = charClasses([["到至在", 1]]);
const JIE = "截".charCodeAt(0);
const ZHI = "至".charCodeAt(0);
const YEAR_FIRST = charClasses([["12二", 1]]);
const OPEN_QUOTE = "“".charCodeAt(0);
const SHI = "十".charCodeAt(0);

/**
 * Whether a paragraph opening at `at` may open with a year (PARAGRAPH_YEAR) or a plan period
 * (PLAN_PERIOD): a year or 十 after the dashes, spaces and lead words those allow. Most lines may not.
 */
function opensWithYear(text: string, at: number): { year: boolean; plan: boolean } {
  while (DASH_OR_SPACE[text.charCodeAt(at)]) at++;
  const c = text.charCodeAt(at);
  const plan = c === SHI || (c === OPEN_QUOTE && text.charCodeAt(at + 1) === SHI);
  if (YEAR_LEAD[c]) at++;
  else if (c === JIE && text.charCodeAt(at + 1) === ZHI) at += 2;
  while (isWhitespaceAt(text, at)) at++;
  return { year: YEAR_FIRST[text.charCodeAt(at)] === 1, plan };
}

export interface LineScope {
  /** The year every figure of the line defaults to, or null for the document's year. */
  year: number | null;
  past: boolean;
  /** The line is past only because its paragraph opens with a past year (2020年，…): a deadline may turn it. */
  pastByYear: boolean;
  /** The past year the line speaks of, when it is past and one is named (2022年，… / 一、2022年工作回顾). */
  pastYear: number | null;
  /** Where the line's content starts (after a run-in heading). */
  contentStart: number;
}

export class Scopes {
  private sections: Section[] = [];

  constructor(private readonly docYear: number) {}

  private sectionYear(): number | null {
    for (let k = this.sections.length - 1; k >= 0; k--) if (this.sections[k].year !== null) return this.sections[k].year;
    return null;
  }

  private sectionPast(): boolean {
    return this.sections.some((s) => s.past);
  }

  private sectionPastYear(): number | null {
    for (let k = this.sections.length - 1; k >= 0; k--) if (this.sections[k].pastYear !== null) return this.sections[k].pastYear;
    return null;
  }

  /** Opens a section, closing those at its level or below. */
  private open(level: number, year: number | null, past: boolean, pastYear: number | null = null): void {
    while (this.sections.length > 0 && this.sections[this.sections.length - 1].level >= level) this.sections.pop();
    this.sections.push({ level, year, past, pastYear });
  }

  /** Reads a heading at the start of the line, if any; returns where the content after it starts. */
  private heading(text: string, line: Span): number {
    const patterns = HEADING_FIRST[text.charCodeAt(line.start)];
    if (!patterns) return line.start;
    const head = text.slice(line.start, Math.min(line.end, line.start + MAX_HEADING + 1));
    for (let k = 0; k < HEADINGS.length; k++) {
      const [pattern, level] = HEADINGS[k];
      if (!(patterns & (1 << k)) || !pattern.test(head)) continue;
      const stop = head.indexOf("。");
      const title = stop >= 0 ? head.slice(0, stop) : head;
      if (stop < 0 && line.end - line.start > MAX_HEADING) return line.start;
      const year = yearIn(title) ?? planEnd(title);
      const pastYear = year !== null && year < this.docYear ? year : null;
      this.open(level, pastYear === null ? year : null, isPastHeading(title) || pastYear !== null, pastYear);
      return stop >= 0 ? line.start + stop + 1 : line.end;
    }
    return line.start;
  }

  /** Passes over lines another parser claimed: only their headings matter. */
  passLines(text: string, range: Span): void {
    for (let from = range.start; from < range.end; ) {
      const newline = text.indexOf("\n", from);
      const end = newline < 0 || newline > range.end ? range.end : newline;
      let first = from;
      while (first < end && SPACE_BEFORE_HEADING[text.charCodeAt(first)]) first++;
      if (first < end && HEADING_FIRST[text.charCodeAt(first)]) this.heading(text, trimSpan(text, { start: first, end }));
      from = end + 1;
    }
  }

  /** Enters a line: updates the sections and returns the scope of its content. */
  enterLine(text: string, line: Span): LineScope {
    const contentStart = this.heading(text, line);
    let year = this.sectionYear();
    let past = this.sectionPast();
    let pastYear = this.sectionPastYear();
    let pastByYear = false;
    if (!OPENING_FIRST[text.charCodeAt(contentStart)]) return { year, past, pastByYear, pastYear, contentStart };
    const opening = text.slice(contentStart, Math.min(line.end, contentStart + 24));
    const may = opensWithYear(text, contentStart);
    const m = may.year ? PARAGRAPH_YEAR.exec(opening) : null;
    const yearAt = m ? contentStart + m[0].indexOf(m[1]) : -1;
    // 在2020年…的基础上 opens on the ground the paragraph builds on, not on a past statement
    if (m && !isFoundationYear(text, yearAt, yearAt + m[1].length)) {
      const y = parseNumberAt(m[1], 0)?.value ?? null;
      if (y !== null && y < this.docYear) {
        pastByYear = !past;
        past = true;
        pastYear = y;
      } else if (y !== null) year = y;
    }
    if (NEXT_FIVE_YEARS.test(opening)) year = this.docYear + 4;
    const plan = may.plan && PLAN_PERIOD.test(opening) ? planEnd(opening) : null;
    if (isPastParagraph(opening) || (plan !== null && plan < this.docYear)) {
      past = true;
      pastByYear = false;
      if (plan !== null && plan < this.docYear) pastYear = plan;
      // 过去一年，我们主要做了以下工作： the review runs on through the numbered parts below it
      if (text[line.end - 1] === "：" || text[line.end - 1] === ":") this.open(LIST_LEVEL, null, true);
    }
    return { year, past, pastByYear, pastYear, contentStart };
  }
}

/** The year scope of a sentence as it is read clause by clause. */
export class SentenceScope {
  year: number | null;
  past: boolean;
  baseYear: number | null = null;
  /** The sentence was made past by a year mention alone, which a later deadline overrides. */
  private pastByYear: boolean;
  /** The latest past year in scope: the year of a target the sentence cites as missed or met. */
  pastYear: number | null;

  constructor(
    line: LineScope,
    private readonly docYear: number,
  ) {
    this.year = line.year;
    this.past = line.past;
    this.pastByYear = line.pastByYear;
    this.pastYear = line.pastYear;
  }

  /** Applies the years a clause mentions, in order. */
  mention(year: number, role: YearRole): void {
    if (role === "base") this.baseYear = year;
    else if (role === "foundation") return;
    else if (year < this.docYear) {
      if (!this.past) this.pastByYear = true;
      this.past = true;
      this.pastYear = year;
    } else {
      this.year = year;
      // 2020年建成1万个，到2025年建成3万个: the deadline turns the rest of the sentence ahead again
      if (role === "deadline" && this.pastByYear) this.past = this.pastByYear = false;
    }
  }
}
