import { buildCatalogue } from "../../src/catalogue/build";
import { parseCatalogue } from "../../src/catalogue/load";
import type { DocKind } from "../../src/core/types";
import type { DocExtraction, RawActual, RawTarget } from "../../src/extract/types";

function target(subject: string, value: number, unit: string, extra: Partial<RawTarget> = {}): RawTarget {
  const quote = `${extra.verb ?? "建成"}${subject}${value}${unit}`;
  return {
    subject, verb: "建成", year: 2020, value, unit, valueMax: null, qualifier: "exact", kind: "count",
    baseline: null, baseYear: null, attribute: null, quote, offset: 10, ...extra,
  };
}

function doc(file: string, kind: DocKind, targets: RawTarget[], actuals: RawActual[] = [], region = "浙江省"): DocExtraction {
  return { doc: { id: file.replace(/\.txt$/, ""), file, title: file, region, year: 2020, kind }, targets, actuals, skipped: [], warnings: [] };
}

describe("buildCatalogue", () => {
  it("merges the same target from several documents into one entry with several sources", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [target("5G基站", 5, "万个")]),
      doc("report.txt", "progress", [target("5G 基站", 5, "万个", { offset: 99 })]),
    ]);
    expect(c.indicators).toHaveLength(1);
    const [ind] = c.indicators;
    expect(ind.name).toBe("5G基站建成数");
    expect(ind.aliases).toEqual(expect.arrayContaining(["5G基站", "5G基站数"]));
    expect(ind.sources.map((s) => s.doc)).toEqual(["plan.txt", "report.txt"]);
    expect(ind.conflict).toEqual([]);
  });

  it("keeps one entry per figure when documents disagree, marks the conflict and puts the issued plan first", () => {
    const c = buildCatalogue([
      doc("speech.txt", "speech", [target("产业链协同创新项目", 50, "项", { verb: "实施" })]),
      doc("plan.txt", "plan", [target("产业链协同创新项目", 60, "项", { verb: "实施" })]),
      doc("report.txt", "progress", [target("产业链协同创新项目", 60, "项", { verb: "实施" })]),
    ]);
    expect(c.indicators).toHaveLength(2);
    const sixty = c.indicators.find((i) => i.value === 60)!;
    const fifty = c.indicators.find((i) => i.value === 50)!;
    expect(sixty.sources.map((s) => s.doc)).toEqual(["plan.txt", "report.txt"]);
    expect(sixty.conflict).toEqual([fifty.id]);
    expect(fifty.conflict).toEqual([sixty.id]);
    expect(sixty.name).toBe("产业链协同创新项目实施数");
  });

  it("does not mark two figures one document states as a conflict, and names them apart by figure", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [target("重大项目", 25, "个", { offset: 10 }), target("重大项目", 40, "个", { offset: 90 })]),
      doc("report.txt", "progress", [target("重大项目", 40, "个", { offset: 5 })]),
    ]);
    expect(c.indicators.map((i) => [i.name, i.conflict])).toEqual([
      ["重大项目建成数（25个）", []],
      ["重大项目建成数（40个）", []],
    ]);
  });

  it("keeps one figure that one document states under two names as two entries, other documents joining their name", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [
        target("百亿级产业项目", 15, "个", { verb: "落地", offset: 10 }),
        target("百亿级产业项目", 15, "个", { verb: "招引储备", offset: 30 }),
      ]),
      doc("report.txt", "progress", [target("百亿级产业项目", 15, "个", { verb: "招引储备", offset: 5 })]),
      doc("speech.txt", "speech", [target("百亿级产业项目", 12, "个", { verb: "落地", offset: 5 })]),
    ]);
    const fifteen = c.indicators.filter((i) => i.value === 15);
    expect(fifteen.map((i) => [i.name, i.sources.map((s) => s.doc)])).toEqual([
      ["落地百亿级产业项目数", ["plan.txt"]],
      ["招引储备百亿级产业项目数", ["plan.txt", "report.txt"]],
    ]);
    // the two are not a disagreement; the speech's 12 disagrees with both
    const twelve = c.indicators.find((i) => i.value === 12)!;
    expect(fifteen.map((i) => i.conflict)).toEqual([[twelve.id], [twelve.id]]);
    expect(twelve.conflict.sort()).toEqual(fifteen.map((i) => i.id).sort());
  });

  it("keeps a figure restated under another name further on as one entry", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [
        target("5G基站", 3000, "个", { verb: "新建", offset: 10 }),
        target("5G基站", 3000, "个", { verb: "建设", offset: 400 }),
      ]),
    ]);
    expect(c.indicators.map((i) => [i.name, i.sources.length])).toEqual([["新建5G基站数", 2]]);
  });

  it("links an actual to the entry of the name its target was stated under", () => {
    const actual: RawActual = { subject: "百亿级产业项目", targetIndex: 1, value: 16, unit: "个", asOf: "2020-09", quote: "招引储备16个", offset: 50 };
    const c = buildCatalogue([
      doc("plan.txt", "progress", [
        target("百亿级产业项目", 15, "个", { verb: "落地", offset: 10 }),
        target("百亿级产业项目", 15, "个", { verb: "招引储备", offset: 30 }),
      ], [actual]),
    ]);
    expect(c.indicators.map((i) => [i.name, i.actuals.map((a) => a.value)])).toEqual([
      ["落地百亿级产业项目数", []],
      ["招引储备百亿级产业项目数", [16]],
    ]);
  });

  it("marks a conflict when two documents each state only their own figure", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [target("重大项目", 25, "个")]),
      doc("speech.txt", "speech", [target("重大项目", 40, "个")]),
    ]);
    const [first, second] = c.indicators;
    expect(first.conflict).toEqual([second.id]);
    expect(first.name).toBe(second.name);
  });

  it("treats 10000家 and 1万家 as the same figure", () => {
    const c = buildCatalogue([
      doc("a.txt", "plan", [target("“低散乱”企业", 10000, "家", { verb: "整治" })]),
      doc("b.txt", "speech", [target("低散乱企业", 1, "万家", { verb: "整治" })]),
    ]);
    expect(c.indicators).toHaveLength(1);
    expect(c.indicators[0].value).toBe(10000);
  });

  it("never merges different regions, years or kinds of figure", () => {
    const c = buildCatalogue([
      doc("zj.txt", "plan", [target("小微企业园", 200, "个"), target("小微企业园", 200, "个", { year: 2022 })]),
      doc("jx.txt", "plan", [target("小微企业园", 20, "个")], [], "嘉兴市"),
      doc("g.txt", "plan", [target("工业投资", 15, "%", { kind: "growth_rate", verb: "" }), target("工业投资", 900, "亿元", { kind: "level", verb: "" })]),
    ]);
    expect(c.indicators).toHaveLength(5);
    expect(c.indicators.every((i) => i.conflict.length === 0)).toBe(true);
    expect(c.indicators.find((i) => i.unit === "%")!.name).toBe("工业投资增速");
  });

  it("attaches actuals to the entry of the target they answer", () => {
    const actual: RawActual = { subject: "5G基站", value: 5.4, unit: "万个", asOf: "2020-09", quote: "建成交付5G基站超过5.4万个", offset: 300, targetIndex: 0 };
    const c = buildCatalogue([
      doc("plan.txt", "plan", [target("5G基站", 5, "万个")]),
      doc("report.txt", "progress", [target("5G基站", 5, "万个", { offset: 200 })], [actual, actual]),
    ]);
    expect(c.indicators[0].actuals).toEqual([{ value: 5.4, unit: "万个", asOf: "2020-09", doc: "report.txt", quote: actual.quote, offset: 300 }]);
  });

  it("gives stable ids and a version that changes with any figure", () => {
    const one = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 5, "万个")])]);
    const again = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 5, "万个")])]);
    const changed = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 6, "万个")])]);
    expect(again).toEqual(one);
    expect(changed.indicators[0].id).toBe(one.indicators[0].id);
    expect(changed.version).not.toBe(one.version);
  });

  it("produces catalogues that pass its own schema", () => {
    const c = buildCatalogue([doc("plan.txt", "plan", [target("5G基站", 5, "万个")])]);
    expect(parseCatalogue(JSON.stringify(c))).toEqual(c);
  });
});

describe("buildCatalogue with an extractor that found no subject", () => {
  it("names the entry by its quote and never merges two such figures", () => {
    const c = buildCatalogue([
      doc("plan.txt", "plan", [
        target("", 25, "亿美元", { quote: "达到25亿美元(部口径)", kind: "level" }),
        target("", 30, "亿美元", { quote: "突破30亿美元", kind: "level", offset: 50 }),
      ]),
    ]);
    expect(c.indicators.map((i) => i.name)).toEqual(["达到25亿美元(部口径)", "突破30亿美元"]);
    expect(c.indicators.every((i) => i.conflict.length === 0)).toBe(true);
    expect(parseCatalogue(JSON.stringify(c))).toEqual(c);
  });
});
