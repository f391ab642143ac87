/**
 * Choosing among close candidates by what the typed name leaves out (src/core/lookup/names.ts): a
 * scope written before an indicator (重点行业…), and money put into the thing typed (…投资).
 */
import { CatalogueIndex } from "../../src/core/lookup/index";
import type { Indicator, TargetKind } from "../../src/core/types";
import { sealCatalogue } from "../../src/catalogue/hash";

let serial = 0;
function entry(name: string, value: number, unit: string, kind: TargetKind, aliases: string[] = []): Indicator {
  return {
    id: `s${++serial}`, name, aliases, region: "某省", year: 2024, value, unit, valueMax: null, qualifier: "exact", kind,
    baseline: null, baseYear: null, attribute: null, sources: [{ doc: "plan.txt", quote: name, offset: 0 }], actuals: [], conflict: [],
  };
}

function lookupIn(indicators: Indicator[]) {
  const documents = [{ id: "plan", file: "plan.txt", title: "计划", region: "某省", year: 2024, kind: "plan" as const }];
  const index = new CatalogueIndex(sealCatalogue(documents, indicators, "test"));
  return (name: string) => {
    const r = index.lookup({ name, year: 2024, region: "某省" });
    return r.ok ? r.value : r.message;
  };
}

describe("a scope written before an indicator", () => {
  const value = lookupIn([
    entry("挥发性有机物排放总量下降率", 12, "%", "reduction"),
    entry("重点行业挥发性有机物排放总量下降率", 18, "%", "reduction"),
  ]);

  test("a name without the scope means the indicator without it", () => {
    expect(value("挥发性有机物减少")).toBe(12);
    expect(value("VOCs减排")).toBe(12);
  });

  test("a name saying the scope means the scoped one", () => {
    expect(value("重点行业挥发性有机物减少")).toBe(18);
  });
});

describe("money put into the thing typed", () => {
  const value = lookupIn([
    entry("数字农业领域重大项目数", 12, "个", "count"),
    entry("累计完成数字农业领域重大项目投资", 300, "亿元", "cumulative"),
    entry("数字制造业投资", 180, "亿元", "level"),
  ]);

  test("a name of projects answers the projects, not their investment", () => {
    expect(value("数字农业重大项目")).toBe(12);
  });

  test("a name saying 投资 answers the investment", () => {
    expect(value("数字农业领域重大项目投资")).toBe(300);
  });

  test("when only the investment holds the name, it answers", () => {
    expect(value("数字制造业")).toBe(180);
  });
});
