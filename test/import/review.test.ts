import { readFileSync } from "fs";
import { join } from "path";
import { ImportError } from "../../src/import/errors";
import { runImport } from "../../src/import/job";
import {
  acceptPending,
  createReview,
  decide,
  editActual,
  editTarget,
  quoteContext,
  reviewCounts,
  reviewName,
  reviewToCatalogue,
  setDocument,
  type Review,
} from "../../src/import/review";

const PROGRESS = readFileSync(join(__dirname, "../../seeds/002_9c9294e0d958bced.txt"), "utf8");

function progressReview(): Review {
  return createReview(runImport({ text: PROGRESS, file: "进展.txt" }).documents);
}

/** The first named target that has a linked actual, and that actual. */
function linkedPair(review: Review) {
  const doc = review.documents[0];
  const named = new Set(doc.targets.filter((t) => t.fields.subject !== "").map((t) => t.key));
  const actual = doc.actuals.find((a) => a.target !== null && named.has(a.target))!;
  const target = doc.targets.find((t) => t.key === actual.target)!;
  return { target, actual };
}

describe("the review of an import", () => {
  it("starts with every found target and actual pending, each with its source sentence", () => {
    const review = progressReview();
    const doc = review.documents[0];
    expect(doc.targets.length).toBeGreaterThan(5);
    expect(doc.actuals.length).toBeGreaterThan(5);
    expect(reviewCounts(review)).toEqual({ accepted: 0, rejected: 0, pending: doc.targets.length + doc.actuals.length });
    for (const t of doc.targets) {
      const context = quoteContext(doc.text, t.raw.offset, t.raw.quote.length);
      expect(context.quote).toBe(t.raw.quote);
      expect(`${context.before}${context.quote}${context.after}`).not.toContain("\n");
    }
  });

  it("saves only what was accepted, with edits, and actuals only with their accepted target", () => {
    let review = progressReview();
    const { target, actual } = linkedPair(review);
    const others = review.documents[0].targets.filter((t) => t.key !== target.key && t.fields.subject !== "");
    review = decide(review, others[0].key, "accepted");
    review = decide(review, others[1].key, "rejected");
    review = editTarget(review, target.key, { value: target.fields.value + 1, subject: " 新名称指标 " });
    review = decide(review, actual.key, "accepted");
    const catalogue = reviewToCatalogue(review);
    expect(catalogue.documents).toEqual([expect.objectContaining({ file: "进展.txt", layer: "workbook" })]);
    expect(catalogue.indicators).toHaveLength(2);
    const edited = catalogue.indicators.find((i) => i.name.includes("新名称指标"))!;
    expect(edited.value).toBe(target.fields.value + 1);
    expect(edited.sources[0]).toEqual({ doc: "进展.txt", quote: target.raw.quote, offset: target.raw.offset });
    expect(edited.actuals).toEqual([expect.objectContaining({ value: actual.fields.value, quote: actual.raw.quote })]);
    expect(catalogue.indicators.some((i) => i.sources[0].offset === others[1].raw.offset)).toBe(false);

    const targetRejected = decide(review, target.key, "rejected");
    expect(reviewToCatalogue(targetRejected).indicators.flatMap((i) => i.actuals)).toEqual([]);
  });

  it("edits an actual's figure and period, and refuses bad edits without changing anything", () => {
    let review = progressReview();
    const { target, actual } = linkedPair(review);
    review = editActual(review, actual.key, { value: 7, asOf: "2020-06" });
    review = decide(review, target.key, "accepted");
    expect(reviewToCatalogue(review).indicators[0].actuals[0]).toMatchObject({ value: 7, asOf: "2020-06" });
    expect(() => editActual(review, actual.key, { asOf: "2020-13" })).toThrow(/2020-09.*"As of" must look like/);
    expect(() => editTarget(review, target.key, { value: Number.NaN })).toThrow(/目标值必须是数字.*must be a number/);
    expect(() => editTarget(review, target.key, { subject: "  " })).toThrow(ImportError);
    expect(() => editTarget(review, target.key, { value: 10, valueMax: 5 })).toThrow(/上限不能小于下限/);
    expect(() => editTarget(review, target.key, { year: 20201 })).toThrow(/年份应为 1949—2100/);
  });

  it("fixes region and year for the whole document: default-year targets and actuals move, others keep theirs", () => {
    const text = "浙江省2021年国民经济和社会发展计划\n\n全年新增高新技术企业4000家。到2025年，研发投入强度达到3%。\n";
    let review = createReview(runImport({ text, file: "计划.txt" }).documents);
    expect(review.documents[0].targets.map((t) => t.fields.year)).toEqual([2021, 2025]);
    review = setDocument(review, 0, { region: " 安徽省 ", year: 2022 });
    expect(review.documents[0].doc).toMatchObject({ region: "安徽省", year: 2022 });
    expect(review.documents[0].targets.map((t) => t.fields.year)).toEqual([2022, 2025]);
    const catalogue = reviewToCatalogue(acceptPending(review));
    expect(catalogue.indicators.map((i) => [i.region, i.year, i.value])).toEqual([
      ["安徽省", 2022, 4000],
      ["安徽省", 2025, 3],
    ]);
    expect(reviewName(review.documents[0].targets[0])).toBe(catalogue.indicators[0].name);
    expect(() => setDocument(review, 0, { region: "" })).toThrow(/地区不能为空/);
    expect(() => setDocument(review, 3, { year: 2020 })).toThrow(/没有第 4 篇文件/);
  });

  it("asks for a name before saving a target the extractor could not name", () => {
    const text = "浙江省2021年国民经济和社会发展计划\n\n全年新增高新技术企业4000家。\n";
    let review = createReview(runImport({ text, file: "计划.txt" }).documents);
    const key = review.documents[0].targets[0].key;
    review = { documents: [{ ...review.documents[0], targets: [{ ...review.documents[0].targets[0], fields: { ...review.documents[0].targets[0].fields, subject: "" }, decision: "accepted" }] }] };
    expect(() => reviewToCatalogue(review)).toThrow(/指标还没有名称.*has no name yet/);
    expect(() => editTarget(review, key, { value: 5 })).toThrow(/指标名称不能为空/);
    expect(reviewToCatalogue(editTarget(review, key, { subject: "高新技术企业" })).indicators[0].name).toBe("新增高新技术企业数");
  });

  it("accepts all pending entries but keeps rejections, and refuses to save when nothing is accepted", () => {
    let review = progressReview();
    const first = review.documents[0].targets[0].key;
    expect(() => reviewToCatalogue(review)).toThrow(/还没有接受任何目标.*No target has been accepted/);
    review = acceptPending(decide(review, first, "rejected"));
    const counts = reviewCounts(review);
    expect(counts.rejected).toBe(1 + review.documents[0].actuals.filter((a) => a.target === null).length);
    expect(counts.pending).toBe(review.documents[0].actuals.filter((a) => a.target === null).length);
  });
});
