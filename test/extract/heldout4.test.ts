/**
 * Extraction quality on the fourth held-out set (test/heldout4: 云南 2024 report, 太原 2021/2022
 * plan report, 湖北 2022 前三季度 progress, 贵州 十四五 outline, 深圳市南山区 2023 report as
 * scraped), scored against test/heldout4/gold with the seed scorer. Full figures, misses and false
 * positives: test-artifacts/heldout4.txt. No rule may be tuned against this set (see its README).
 */
import { runHeldout } from "../support/heldoutRun";

// Documents and gold were written on 2026-11-22, the gold by hand from the text and checksummed
// (test/heldout4/README.md) BEFORE the extractor was first run on them. First run, same day:
// precision 1.000 (168/168), recall 0.989 (174/176), actual recall 0.750 (21/28). The floors are
// those figures rounded down to 0.05: they record the present state, they are not a goal. Raise
// them when the extractor improves; never lower them to pass. Once a rule is changed because of
// what this set shows, these figures stop being an estimate on unseen documents (see the README).
const PRECISION_FLOOR = 1.0;
const RECALL_FLOOR = 0.95;
const ACTUAL_RECALL_FLOOR = 0.75;

const ISSUE_BARS = { precision: 0.95, recall: 0.95, actualRecall: 0.9 };

const { result, figures, text } = runHeldout("heldout4", "HELD-OUT 4");

describe("extraction quality on the fourth held-out set (against test/heldout4/gold)", () => {
  beforeAll(() => console.log(text.split("\n")[0]));

  it("reads all five documents and infers each one's region and year", () => {
    expect(result.problems).toEqual([]);
    const found = Object.fromEntries(result.catalogue.documents.map((d) => [d.file, [d.region, d.year]]));
    expect(found).toEqual({
      "l1_yunnan_2024_report.txt": ["云南省", 2024],
      "l2_taiyuan_2022_plan.txt": ["太原市", 2022],
      "l3_hubei_2022_progress.txt": ["湖北省", 2022],
      "l4_guizhou_14th_outline.txt": ["贵州省", 2025],
      // A district: 南山区 or 深圳市南山区 both name it.
      "l5_nanshan_2023_report.txt": [expect.stringMatching(/南山区$/), 2023],
    });
  });

  it("keeps target precision at or above its recorded floor", () => {
    expect(figures.targets.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it("keeps target recall at or above its recorded floor", () => {
    expect(figures.targets.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it("keeps actual recall at or above its recorded floor", () => {
    expect(figures.actuals.recall).toBeGreaterThanOrEqual(ACTUAL_RECALL_FLOOR);
  });

  // Known failure: below the bars (see the figures above). When this starts to pass, jest reports
  // it: make it a plain test then, and raise the floors.
  it.failing("meets the issue's bars on documents it was not tuned on", () => {
    expect(figures.targets.precision).toBeGreaterThanOrEqual(ISSUE_BARS.precision);
    expect(figures.targets.recall).toBeGreaterThanOrEqual(ISSUE_BARS.recall);
    expect(figures.actuals.recall).toBeGreaterThanOrEqual(ISSUE_BARS.actualRecall);
  });
});
