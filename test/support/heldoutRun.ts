/**
 * Runs the extractor on a held-out set (test/<set>/docs), scores it against test/<set>/gold with
 * the seed scorer and writes the report, with the documents as inferred and the files refused, to
 * test-artifacts/<set>.txt. Tests only.
 */
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { catalogueFromFiles, type FilesResult } from "../../src/node/catalogueFromFiles";
import { score, type Figures } from "./gold";
import { heldoutReport } from "./heldoutReport";

export interface HeldoutRun {
  result: FilesResult;
  figures: Figures;
  /** The report as written to test-artifacts; its first line holds the overall figures. */
  text: string;
}

/** `set` is the folder under test/ (e.g. "heldout3"); `label` heads the report (e.g. "HELD-OUT 3"). */
export function runHeldout(set: string, label: string): HeldoutRun {
  const docsDir = join(__dirname, "..", set, "docs");
  const goldDir = join(__dirname, "..", set, "gold");
  const docs = readdirSync(docsDir).filter((f) => f.endsWith(".txt"));
  const result = catalogueFromFiles([docsDir]);
  const figures = score(result.catalogue, result.texts, goldDir);
  const inferred = result.catalogue.documents.map((d) => `  ${d.file}: ${d.region} ${d.year} (${d.kind})`);
  const problems = result.problems.map((p) => `  ${p.path.replace(/^.*[\\/]/, "")}: ${p.message}`);
  const text =
    heldoutReport(label, figures, goldDir, docs) +
    ["documents as inferred", ...inferred, `problems (${problems.length})`, ...problems].join("\n") +
    "\n";
  const artifacts = join(__dirname, "..", "..", "test-artifacts");
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, `${set}.txt`), text);
  return { result, figures, text };
}

/** The issue's bars for unseen documents. */
const ISSUE_BARS = { precision: 0.95, recall: 0.95, actualRecall: 0.9 };

export interface HeldoutExpectations {
  /** Regression floors: what the set last reached, rounded down to 0.05; never lowered to pass. */
  floors: { precision: number; recall: number; actualRecall: number };
  /** Every document's region and year as the extractor must infer them. */
  documents: Record<string, [unknown, number]>;
  /**
   * Why the set still falls short of the issue's bars, when it does: the shortfall is then asserted
   * (and so recorded, not hidden); once the extractor meets the bars the test fails until this goes.
   */
  shortfall?: string;
}

/** The tests every held-out set gets: documents read and placed, floors kept, the issue's bars met. */
export function describeHeldout(set: string, label: string, expected: HeldoutExpectations): void {
  const { result, figures, text } = runHeldout(set, label);
  describe(`extraction quality on ${set} (against test/${set}/gold)`, () => {
    beforeAll(() => console.log(text.split("\n")[0]));

    it("reads every document and infers each one's region and year", () => {
      expect(result.problems).toEqual([]);
      expect(Object.fromEntries(result.catalogue.documents.map((d) => [d.file, [d.region, d.year]]))).toEqual(expected.documents);
    });

    it("keeps target precision, target recall and actual recall at or above their floors", () => {
      expect(figures.targets.precision).toBeGreaterThanOrEqual(expected.floors.precision);
      expect(figures.targets.recall).toBeGreaterThanOrEqual(expected.floors.recall);
      expect(figures.actuals.recall).toBeGreaterThanOrEqual(expected.floors.actualRecall);
    });

    const meets = () =>
      figures.targets.precision >= ISSUE_BARS.precision &&
      figures.targets.recall >= ISSUE_BARS.recall &&
      figures.actuals.recall >= ISSUE_BARS.actualRecall;
    if (expected.shortfall) {
      it(`still falls short of the issue's bars: ${expected.shortfall}`, () => expect(meets()).toBe(false));
    } else {
      it("meets the issue's bars", () => {
        expect(figures.targets.precision).toBeGreaterThanOrEqual(ISSUE_BARS.precision);
        expect(figures.targets.recall).toBeGreaterThanOrEqual(ISSUE_BARS.recall);
        expect(figures.actuals.recall).toBeGreaterThanOrEqual(ISSUE_BARS.actualRecall);
      });
    }
  });
}
