/**
 * Reviewing an import before it reaches the workbook: every found target and actual can be
 * accepted, edited or rejected; region, year, title and genre are fixed for a whole document.
 * Immutable updates (each returns a new Review), so the pane can keep it as React state.
 * Only accepted entries become the workbook-layer catalogue.
 */
import { buildCatalogue } from "../catalogue/build";
import { standardName } from "../catalogue/naming";
import type { Catalogue, DocumentInfo, Qualifier, TargetKind } from "../core/types";
import type { DocExtraction, RawActual, RawTarget } from "../extract/types";
import { ImportError } from "./errors";
import type { ImportedDocument } from "./job";

export type Decision = "pending" | "accepted" | "rejected";

/** What a reviewer may change about a target. */
export interface TargetFields {
  subject: string;
  value: number;
  valueMax: number | null;
  unit: string;
  qualifier: Qualifier;
  kind: TargetKind;
  year: number;
}

/** What a reviewer may change about a reported actual. */
export interface ActualFields {
  value: number;
  unit: string;
  asOf: string;
}

interface Reviewed<Raw, Fields> {
  /** Unique within the review: "docIndex:t3", "docIndex:a0". */
  key: string;
  raw: Raw;
  fields: Fields;
  decision: Decision;
  edited: boolean;
}

export type ReviewTarget = Reviewed<RawTarget, TargetFields>;

export interface ReviewActual extends Reviewed<RawActual, ActualFields> {
  /** Key of the target it answers; null when the extractor found none (it cannot be saved). */
  target: string | null;
}

export interface ReviewDocument {
  doc: DocumentInfo;
  text: string;
  targets: ReviewTarget[];
  actuals: ReviewActual[];
  warnings: string[];
}

export interface Review {
  documents: ReviewDocument[];
}

export type DocumentFields = Pick<DocumentInfo, "title" | "region" | "year" | "kind">;

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

function targetFields(t: RawTarget): TargetFields {
  return { subject: t.subject, value: t.value, valueMax: t.valueMax, unit: t.unit, qualifier: t.qualifier, kind: t.kind, year: t.year };
}

export function createReview(imported: ImportedDocument[]): Review {
  return {
    documents: imported.map(({ text, extraction }, d) => ({
      doc: extraction.doc,
      text,
      warnings: extraction.warnings,
      targets: extraction.targets.map((raw, i) => ({ key: `${d}:t${i}`, raw, fields: targetFields(raw), decision: "pending", edited: false })),
      actuals: extraction.actuals.map((raw, i) => ({
        key: `${d}:a${i}`,
        raw,
        fields: { value: raw.value, unit: raw.unit, asOf: raw.asOf },
        decision: "pending",
        edited: false,
        target: raw.targetIndex === null ? null : `${d}:t${raw.targetIndex}`,
      })),
    })),
  };
}

/** The name the catalogue will give a target as it now stands. */
export function reviewName(t: ReviewTarget): string {
  return standardName({ ...t.fields, verb: t.raw.verb });
}

/** The paragraph around a quote, split so the quote can be highlighted. */
export function quoteContext(text: string, offset: number, length: number): { before: string; quote: string; after: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset + length);
  const end = newline < 0 ? text.length : newline;
  return { before: text.slice(start, offset), quote: text.slice(offset, offset + length), after: text.slice(offset + length, end) };
}

function fail(zh: string, en: string): never {
  throw new ImportError(`${zh} ${en}`);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    fail(`年份应为 ${MIN_YEAR}—${MAX_YEAR} 之间的整数，而不是 ${year}。`, `The year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, not ${year}.`);
  }
}

function checkNumber(value: number, what: string, whatEn: string): void {
  if (!Number.isFinite(value)) fail(`${what}必须是数字。`, `The ${whatEn} must be a number.`);
}

function checkTarget(f: TargetFields): void {
  if (f.subject.trim() === "") fail("指标名称不能为空。", "The indicator name cannot be empty.");
  checkNumber(f.value, "目标值", "target value");
  if (f.valueMax !== null) {
    checkNumber(f.valueMax, "上限值", "upper value");
    if (f.valueMax < f.value) fail("范围的上限不能小于下限。", "A range's upper value cannot be below its lower value.");
  }
  checkYear(f.year);
}

function checkActual(f: ActualFields): void {
  checkNumber(f.value, "实际值", "actual value");
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(f.asOf);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  if (!m || month < 1 || month > 12) {
    fail(`截至时间应写作 2020 或 2020-09，而不是“${f.asOf}”。`, `"As of" must look like 2020 or 2020-09, not "${f.asOf}".`);
  }
  checkYear(Number(m[1]));
}

function documentIndex(key: string): number {
  return Number(key.slice(0, key.indexOf(":")));
}

function updateDocument(review: Review, d: number, update: (doc: ReviewDocument) => ReviewDocument): Review {
  if (!review.documents[d]) fail(`没有第 ${d + 1} 篇文件。`, `There is no document ${d + 1}.`);
  return { documents: review.documents.map((doc, i) => (i === d ? update(doc) : doc)) };
}

function findEntry(review: Review, key: string): ReviewTarget | ReviewActual {
  const doc = review.documents[documentIndex(key)];
  const entry = doc && [...doc.targets, ...doc.actuals].find((e) => e.key === key);
  if (!entry) fail(`找不到条目 ${key}。`, `No entry ${key}.`);
  return entry;
}

function replaceEntry(review: Review, key: string, change: <E extends ReviewTarget | ReviewActual>(e: E) => E): Review {
  findEntry(review, key);
  return updateDocument(review, documentIndex(key), (doc) => ({
    ...doc,
    targets: doc.targets.map((t) => (t.key === key ? change(t) : t)),
    actuals: doc.actuals.map((a) => (a.key === key ? change(a) : a)),
  }));
}

export function decide(review: Review, key: string, decision: Decision): Review {
  const entry = findEntry(review, key);
  if (decision === "accepted" && "target" in entry && entry.target === null) {
    fail("该实际值没有对应的目标，无法单独保存。", "This actual answers no target, so it cannot be saved on its own.");
  }
  return replaceEntry(review, key, (e) => ({ ...e, decision }));
}

/** Accepts every entry still pending (rejected ones stay rejected; unlinked actuals cannot be saved). */
export function acceptPending(review: Review): Review {
  const accept = <E extends ReviewTarget | ReviewActual>(e: E): E =>
    e.decision === "pending" && !("target" in e && e.target === null) ? { ...e, decision: "accepted" } : e;
  return { documents: review.documents.map((doc) => ({ ...doc, targets: doc.targets.map(accept), actuals: doc.actuals.map(accept) })) };
}

/** Editing an entry accepts it. Throws ImportError (nothing changes) when the edit is invalid. */
export function editTarget(review: Review, key: string, patch: Partial<TargetFields>): Review {
  const entry = findEntry(review, key);
  if ("target" in entry) fail(`${key} 不是目标。`, `${key} is not a target.`);
  const fields: TargetFields = { ...entry.fields, ...patch, subject: (patch.subject ?? entry.fields.subject).trim() };
  checkTarget(fields);
  return replaceEntry(review, key, (e) => ({ ...e, fields, edited: true, decision: "accepted" }));
}

export function editActual(review: Review, key: string, patch: Partial<ActualFields>): Review {
  const entry = findEntry(review, key);
  if (!("target" in entry)) fail(`${key} 不是实际值。`, `${key} is not an actual.`);
  const fields: ActualFields = { ...entry.fields, ...patch, asOf: (patch.asOf ?? entry.fields.asOf).trim() };
  checkActual(fields);
  const decision = entry.target === null ? entry.decision : "accepted";
  return replaceEntry(review, key, (e) => ({ ...e, fields, edited: true, decision }));
}

/** Edits a target or an actual, whichever `key` names. */
export function editEntry(review: Review, key: string, patch: Partial<TargetFields> | Partial<ActualFields>): Review {
  return "target" in findEntry(review, key) ? editActual(review, key, patch as Partial<ActualFields>) : editTarget(review, key, patch as Partial<TargetFields>);
}

/**
 * Fixes a document's region, year, title or genre. Targets that had the document's year move to
 * the new one (targets for 到2025年 keep theirs), and so do actuals reported in that year.
 */
export function setDocument(review: Review, d: number, patch: Partial<DocumentFields>): Review {
  const region = patch.region?.trim();
  if (region !== undefined && region === "") fail("地区不能为空。", "The region cannot be empty.");
  if (patch.year !== undefined) checkYear(patch.year);
  return updateDocument(review, d, (doc) => {
    const oldYear = doc.doc.year;
    const year = patch.year ?? oldYear;
    return {
      ...doc,
      doc: { ...doc.doc, ...patch, region: region ?? doc.doc.region, year },
      targets: doc.targets.map((t) => (t.fields.year === oldYear ? { ...t, fields: { ...t.fields, year } } : t)),
      actuals: doc.actuals.map((a) =>
        a.fields.asOf.startsWith(String(oldYear)) ? { ...a, fields: { ...a.fields, asOf: String(year) + a.fields.asOf.slice(4) } } : a,
      ),
    };
  });
}

export interface ReviewCounts {
  accepted: number;
  rejected: number;
  pending: number;
}

export function reviewCounts(review: Review): ReviewCounts {
  const counts: ReviewCounts = { accepted: 0, rejected: 0, pending: 0 };
  for (const doc of review.documents) for (const e of [...doc.targets, ...doc.actuals]) counts[e.decision]++;
  return counts;
}

function acceptedExtraction(doc: ReviewDocument): DocExtraction {
  const index = new Map<string, number>();
  const targets: RawTarget[] = [];
  for (const t of doc.targets) {
    if (t.decision !== "accepted") continue;
    if (t.fields.subject.trim() === "") {
      fail(`“${t.raw.quote}”的指标还没有名称；请编辑并填写名称。`, `The target in "${t.raw.quote}" has no name yet; edit it and give it one.`);
    }
    index.set(t.key, targets.length);
    targets.push({ ...t.raw, ...t.fields });
  }
  const actuals: RawActual[] = [];
  for (const a of doc.actuals) {
    const targetIndex = a.target === null ? undefined : index.get(a.target);
    if (a.decision === "accepted" && targetIndex !== undefined) actuals.push({ ...a.raw, ...a.fields, targetIndex });
  }
  return { doc: { ...doc.doc, layer: "workbook" }, targets, actuals, skipped: [], warnings: [] };
}

/** The accepted entries as a workbook-layer catalogue. Throws ImportError when nothing is accepted. */
export function reviewToCatalogue(review: Review): Catalogue {
  const extractions = review.documents.map(acceptedExtraction).filter((ex) => ex.targets.length > 0);
  if (extractions.length === 0) {
    fail("还没有接受任何目标；请先接受要保存的条目。", "No target has been accepted yet; accept the entries to save first.");
  }
  return buildCatalogue(extractions);
}
