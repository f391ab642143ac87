/**
 * Extraction quality on the second held-out set (test/heldout2: 湖南 2024 report, 苏州 2023 plan
 * report, 福建 2022 1-9月 progress, 合肥 十四五 outline), scored against test/heldout2/gold with
 * the seed scorer. Full figures, misses and false positives: test-artifacts/heldout2.txt.
 */
import { describeHeldout } from "../support/heldoutRun";

// Documents and gold were written on 2026-11-22, the gold by hand from the text BEFORE the
// extractor was first run on them. First run, same day: precision 0.863 (88/102), recall 0.515
// (88/171), actual recall 0.000 (0/25); g1 is rejected (no year in its title line). The floors
// below are those figures rounded down to 0.05: they record the present state, they are not a
// goal. Raise them when the extractor improves; never lower them to pass. Rules were then changed
// because of what this set showed (a title's date line, 在…的基础上, counts after a list, task
// counts, a review's cited target; plan-table column labels, negative cells, unknown progress
// columns, results kept as written, counts naming a later figure, applications, deadlines), so it
// no longer estimates generalisation (test/heldout3 does). After those changes: precision 1.000
// (164/164), recall 1.000 (171/171), actual recall 1.000 (25/25); the floors are raised to those
// figures rounded down to 0.05.
describeHeldout("heldout2", "HELD-OUT 2", {
  floors: { precision: 1, recall: 1, actualRecall: 1 },
  documents: {
    "g1_hunan_2024_report.txt": ["湖南省", 2024],
    "g2_suzhou_2023_plan.txt": ["苏州市", 2023],
    "g3_fujian_2022_progress.txt": ["福建省", 2022],
    "g4_hefei_14th_outline.txt": ["合肥市", 2025],
  },
});
