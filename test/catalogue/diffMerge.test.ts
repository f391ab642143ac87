import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildCatalogue } from "../../src/catalogue/build";
import { diffCatalogues, formatDiff } from "../../src/catalogue/diff";
import { parseCatalogue } from "../../src/catalogue/load";
import { mergeCatalogues } from "../../src/catalogue/merge";
import type { DocKind } from "../../src/core/types";
import type { RawTarget } from "../../src/extract/types";
import { runCli } from "../support/cliRun";

function t(subject: string, value: number, unit = "个"): RawTarget {
  return { subject, verb: "新增", year: 2020, value, unit, valueMax: null, qualifier: "exact", kind: "increment", baseline: null, baseYear: null, attribute: null, quote: `${subject}${value}${unit}`, offset: 0 };
}
function cat(file: string, kind: DocKind, targets: RawTarget[]) {
  return buildCatalogue([{ doc: { id: file, file, title: file, region: "浙江省", year: 2020, kind }, targets, actuals: [], skipped: [], warnings: [] }]);
}

const v1 = cat("plan.txt", "plan", [t("小微企业园", 200), t("隐形冠军企业", 50, "家"), t("雄鹰企业", 30, "家")]);
const v2 = cat("plan.txt", "plan", [t("小微企业园", 220), t("隐形冠军企业", 50, "家"), t("独角兽企业", 5, "家")]);

describe("diffCatalogues", () => {
  it("lists added, removed and changed targets, naming both versions", () => {
    const d = diffCatalogues(v1, v2);
    expect(d.added.map((i) => i.name)).toEqual(["新增独角兽企业数"]);
    expect(d.removed.map((i) => i.name)).toEqual(["新增雄鹰企业数"]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0].changes).toEqual([{ field: "value", from: 200, to: 220 }]);
    const text = formatDiff(d);
    expect(text).toContain(`${v1.version} → ${v2.version}`);
    expect(text).toContain("~ 浙江省 2020 新增小微企业园数: value: 200 → 220");
  });

  it("finds nothing between a catalogue and itself", () => {
    const d = diffCatalogues(v1, v1);
    expect([d.added, d.removed, d.changed].map((x) => x.length)).toEqual([0, 0, 0]);
  });
});

describe("mergeCatalogues", () => {
  it("joins sources of the same figure and keeps conflicting figures apart, naming each other", () => {
    const speech = cat("speech.txt", "speech", [t("小微企业园", 200), t("隐形冠军企业", 60, "家")]);
    const r = mergeCatalogues([v1, speech]);
    const parks = r.catalogue.indicators.filter((i) => i.name === "新增小微企业园数");
    expect(parks).toHaveLength(1);
    expect(parks[0].sources.map((s) => s.doc)).toEqual(["plan.txt", "speech.txt"]);
    const champions = r.catalogue.indicators.filter((i) => i.name === "新增隐形冠军企业数");
    expect(champions.map((i) => i.value)).toEqual([50, 60]);
    expect(champions[0].conflict).toEqual([champions[1].id]);
    expect(champions[1].conflict).toEqual([champions[0].id]);
    expect(r.conflicts).toEqual([[champions[0].id, champions[1].id]]);
    expect(parseCatalogue(JSON.stringify(r.catalogue))).toEqual(r.catalogue);
  });
});

describe("plantargets diff / merge", () => {
  const dir = mkdtempSync(join(tmpdir(), "plantargets-diff-"));
  const a = join(dir, "a.json");
  const b = join(dir, "b.json");
  writeFileSync(a, JSON.stringify(v1));
  writeFileSync(b, JSON.stringify(v2));

  it("diffs two files, as text or JSON", async () => {
    const text = await runCli(["diff", a, b]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/新增 added 1，删除 removed 1，变更 changed 1/);
    const json = await runCli(["diff", a, b, "--json"]);
    expect(JSON.parse(json.out).changed[0].changes[0]).toEqual({ field: "value", from: 200, to: 220 });
  });

  it("labels a merged catalogue with the publisher's version, keeps its content hash, and diff names both", async () => {
    const out = join(dir, "labelled.json");
    expect((await runCli(["merge", a, b, "--out", out, "--version", "2026年第一版"])).code).toBe(0);
    const merged = parseCatalogue(readFileSync(out, "utf8"));
    expect(merged.version).toBe("2026年第一版");
    expect(merged.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(merged.hash).toBe(mergeCatalogues([v1, v2]).catalogue.hash);
    const text = await runCli(["diff", a, out]);
    expect(text.out).toContain(`目录版本 catalogue ${v1.hash} → 2026年第一版 (${merged.hash})`);
  });

  it("merges files and reports the conflicts", async () => {
    const out = join(dir, "c.json");
    const r = await runCli(["merge", a, b, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/冲突 conflict: 浙江省 2020 新增小微企业园数: 200个 \(plan\.txt\) ≠ 220个/);
    expect(parseCatalogue(readFileSync(out, "utf8")).indicators).toHaveLength(5);
  });

  it.each([
    [["diff", "only-one.json"], /用法/],
    [["diff", "nope.json", "nope2.json"], /无法读取目录文件 nope\.json/],
    [["merge", "x.json", "y.json"], /--out/],
  ])("says what is wrong for %j", async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("names the file when a catalogue is not valid", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "<html>");
    const r = await runCli(["diff", bad, b]);
    expect(r.err).toMatch(/bad\.json: .*HTML/);
  });
});
