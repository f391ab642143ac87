/**
 * Extraction quality on the five seeds, scored against ../shared/gold. Prints the figures and
 * writes the misses and false positives to test-artifacts/quality.txt.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { catalogueFromFiles } from "../../src/node/catalogueFromFiles";
import { score, SEEDS_DIR } from "../support/gold";

const result = catalogueFromFiles([SEEDS_DIR]);
const figures = score(result.catalogue, result.texts);

function report(): string {
  const t = figures.targets;
  const lines = [
    `targets: precision ${t.precision.toFixed(3)} (${t.correct}/${t.catalogue}), recall ${t.recall.toFixed(3)} (${t.found}/${t.gold})`,
    `actuals: recall ${figures.actuals.recall.toFixed(3)} (${figures.actuals.found}/${figures.actuals.gold})`,
    ...Object.entries(figures.perDoc).map(
      ([doc, d]) => `  ${doc}: catalogue ${d.catalogue}, correct ${d.correct}; gold ${d.gold}, found ${d.found}`,
    ),
    "",
    `MISSED TARGETS (${figures.misses.length})`,
    ...figures.misses.map((g) => `  ${g.doc.slice(0, 3)} ${g.year} ${g.value}${g.unit} ${g.indicator} | ${g.quote}`),
    "",
    `FALSE POSITIVES (${figures.falsePositives.length})`,
    ...figures.falsePositives.map((f) => `  ${f.doc.slice(0, 3)} ${f.year} ${f.value}${f.unit} ${f.name} | ${f.quote}`),
    "",
    `MISSED ACTUALS (${figures.missedActuals.length})`,
    ...figures.missedActuals.map((g) => `  ${g.doc.slice(0, 3)} ${g.target_value}${g.target_unit} → ${g.actual_value}${g.actual_unit} ${g.indicator} | ${g.quote}`),
  ];
  return lines.join("\n") + "\n";
}

const text = report();
mkdirSync(join(__dirname, "..", "..", "test-artifacts"), { recursive: true });
writeFileSync(join(__dirname, "..", "..", "test-artifacts", "quality.txt"), text);

describe("extraction quality on the seeds (against ../shared/gold)", () => {
  beforeAll(() => console.log(text.split("\n").slice(0, 8).join("\n")));

  it("reads every seed without a problem", () => {
    expect(result.problems).toEqual([]);
    expect(result.extractions).toHaveLength(5);
  });

  it("finds at least 95% of the gold targets", () => {
    expect(figures.targets.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps precision at or above 95%", () => {
    expect(figures.targets.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("finds at least 90% of the gold actuals", () => {
    expect(figures.actuals.recall).toBeGreaterThanOrEqual(0.9);
  });

  // conflicts.md: 000 (issued plan) and 001 (speech) swap 60/50 and 50/60.
  it.each([
    ["实施 60 项产业链协同创新项目", 60, "实施50项产业链协同创新项目", 50],
    ["新增隐形冠军企业50家", 50, "新增隐形冠军企业60家", 60],
  ])("marks the conflict %s → %d (000) vs %s → %d (001), the issued plan first", (quote000, value000, quote001, value001) => {
    const cited = (quote: string) =>
      result.catalogue.indicators.find((i) => i.sources.some((s) => s.quote.includes(quote) || quote.includes(s.quote) && s.quote.length > 4));
    const plan = cited(quote000);
    const speech = cited(quote001);
    expect(plan?.value).toBe(value000);
    expect(speech?.value).toBe(value001);
    expect(plan?.conflict).toContain(speech?.id);
    expect(speech?.conflict).toContain(plan?.id);
    const ids = result.catalogue.indicators.map((i) => i.id);
    expect(ids.indexOf(plan!.id)).toBeLessThan(ids.indexOf(speech!.id));
  });

  it("marks no other conflicts: figures one document states both are different targets", () => {
    const conflicting = result.catalogue.indicators.filter((i) => i.conflict.length > 0);
    expect(conflicting.map((i) => i.value).sort((a, b) => a - b)).toEqual([50, 50, 60, 60]);
  });
});
