/**
 * What one document yields before the catalogue builder merges documents.
 * Every record keeps `offset` and `quote` with text.slice(offset, offset + quote.length) === quote.
 */
import type { DocKind, DocumentInfo, Indicator } from "../core/types";

/** What is known of a document before reading its body (metadata file, CLI flags, file name). */
export interface DocumentMeta {
  file: string;
  title?: string;
  region?: string;
  year?: number;
  kind?: DocKind;
}

/** Context every parser receives. */
export interface ParseContext {
  /** The whole document text; offsets are into it. */
  text: string;
  file: string;
  region: string;
  /** The document's own year: the default year of its targets. */
  year: number;
  kind: DocKind;
}

/** The figure of a catalogue entry, as one document states it. */
export type TargetFigure = Pick<
  Indicator,
  "year" | "value" | "unit" | "valueMax" | "qualifier" | "kind" | "baseline" | "baseYear" | "attribute"
>;

export interface RawTarget extends TargetFigure {
  /** The indicator as written, without verb or number: 5G基站, 数字经济核心产业增加值. */
  subject: string;
  /** The verb or frame that introduced it (建成, 新增, 培育, 占…比重): helps naming; "" when none. */
  verb: string;
  quote: string;
  offset: number;
}

export interface RawActual {
  subject: string;
  value: number;
  unit: string;
  asOf: string;
  quote: string;
  offset: number;
  /** Index into the same document's targets of the target this actual answers, when known. */
  targetIndex: number | null;
}

/** A line the extractor passed over, and why (for `extract --report`). */
export interface SkippedLine {
  offset: number;
  text: string;
  reason: "navigation" | "url" | "advert" | "keyword_spam" | "qr_prompt" | "past_achievement" | "no_target" | "other";
}

export interface DocExtraction {
  doc: DocumentInfo;
  targets: RawTarget[];
  actuals: RawActual[];
  skipped: SkippedLine[];
  /** Human-readable problems (Chinese first, English second). */
  warnings: string[];
}
