/**
 * The indicator catalogue: what the extractor produces, what the custom functions,
 * the task pane and the CLI read. Pure data, no behaviour.
 */

/** How firm a target is: 以上 → at_least, 左右 → about, 以下 → at_most, 突破 → exceed, 力争 → strive. */
export type Qualifier = "exact" | "at_least" | "about" | "at_most" | "exceed" | "strive" | "range";

/** What the number measures. */
export type TargetKind =
  | "level" // 达到…: a stock or a flow in its own unit
  | "increment" // 新增…: an addition during the period
  | "growth_rate" // 增长15%
  | "share" // 占…比重达到30%, 比率, 覆盖率
  | "reduction" // 下降20%, 降低, 减少 (against a base year or last year)
  | "ratio" // per-capita or per-unit figures (人/亿元, 每千人口…), 翻一番
  | "count" // a number of things built, done or run (个 家 项 条)
  | "cumulative"; // 〔〕 five-year totals, 累计

/** 预期性 (indicative) or 约束性 (binding), from the outline tables. */
export type Attribute = "预期性" | "约束性";

/** Genre of a source document; decides which figure wins when documents disagree. */
export type DocKind = "plan" | "outline" | "work_report" | "progress" | "speech" | "other";

/**
 * Where a document's entries came from. A higher layer outranks a lower one when figures disagree:
 * the bundled catalogue < the organisation's hosted catalogue < entries saved in the workbook.
 */
export type Layer = "bundled" | "organisation" | "workbook";

export interface DocumentInfo {
  /** Short stable id: the file name without extension. */
  id: string;
  /** File name as given (e.g. 000_0468f6baac3c2632.txt); sources refer to documents by it. */
  file: string;
  title: string;
  region: string;
  year: number;
  kind: DocKind;
  /** Absent means "bundled". */
  layer?: Layer;
}

/** Where a figure was read: the exact quote and its character offset in the document. */
export interface SourceRef {
  doc: string;
  quote: string;
  offset: number;
}

/** A reported result answering a target. */
export interface Actual {
  value: number;
  unit: string;
  /** Period reached: "2020-08" for 1-8月, "2020-09" for a three-quarter report, "2020" for a full year. */
  asOf: string;
  doc: string;
  quote: string;
  offset: number;
}

export interface Indicator {
  id: string;
  /** Short standard name, e.g. 5G基站建成数. */
  name: string;
  /** Names people type, e.g. 5G基站, 5G基站数. */
  aliases: string[];
  region: string;
  year: number;
  /** As written: 5 for 5万个. */
  value: number;
  /** As written: 万个. */
  unit: string;
  /** Upper end of a range (2—3家 → 3), else null. */
  valueMax: number | null;
  qualifier: Qualifier;
  kind: TargetKind;
  baseline: number | null;
  baseYear: number | null;
  attribute: Attribute | null;
  sources: SourceRef[];
  actuals: Actual[];
  /** Ids of entries for the same indicator, region and year with another figure; empty when none. */
  conflict: string[];
}

export const CATALOGUE_SCHEMA_VERSION = 1;

export interface Catalogue {
  schemaVersion: number;
  /** What its publisher calls this edition ("2026年第一版"); by default its content hash. */
  version: string;
  /** Content hash of documents + indicators; changes whenever any figure changes. Set on loading. */
  hash: string;
  documents: DocumentInfo[];
  indicators: Indicator[];
}
