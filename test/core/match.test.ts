import { normalizeName, normalizeUnit, toHalfWidth } from "../../src/core/match/normalize";
import { KeyIndex, inOrderRuns, similarity } from "../../src/core/match/fuzzy";
import { QUALIFIER_LABELS, parseQualifier } from "../../src/core/match/qualifier";

describe("normalizeName", () => {
  test.each([
    ["５Ｇ基站", "5g基站"],
    [" 5G 基站 ", "5g基站"],
    ["〔5G基站〕", "5g基站"],
    ["细颗粒物（PM2.5）平均浓度", "细颗粒物pm2.5平均浓度"],
    ["“低散乱”企业", "低散乱企业"],
    ["R&D经费投入强度", "rd经费投入强度"],
    ["地表水达到或好于Ⅲ类水体比例", "地表水达到或好于iii类水体比例"],
  ])("%s → %s", (typed, normal) => expect(normalizeName(typed)).toBe(normal));

  test("full-width ASCII and the ideographic space become half-width", () => {
    expect(toHalfWidth("ＡＢＣ　１２３％")).toBe("ABC 123%");
  });

  test("units lose spaces and full-width forms", () => {
    expect(normalizeUnit(" 万 个")).toBe("万个");
    expect(normalizeUnit("％")).toBe("%");
  });
});

describe("similarity", () => {
  test("identical names score 1", () => expect(similarity("5g基站", "5g基站")).toBe(1));

  test("a name starting or ending with the query beats a merely overlapping one", () => {
    expect(similarity("基站", "5g基站")).toBeGreaterThan(similarity("基站", "站基"));
    expect(similarity("5g基站", "5g基站建成")).toBeGreaterThan(0.8);
  });

  test("a query inside a name is a modifier and scores below one heading it", () => {
    const inside = similarity("gdp", "亿元gdp事故死亡率下降");
    expect(inside).toBeLessThan(0.55);
    expect(inside).toBeLessThan(similarity("事故死亡率下降", "亿元gdp事故死亡率下降"));
  });

  test("a name holding the query in order scores by its runs", () => {
    expect(inOrderRuns("服务业比重", "服务业增加值占gdp比重")).toBe(2);
    expect(inOrderRuns("研发活动企业", "有研发投入活动的企业")).toBe(3);
    expect(inOrderRuns("比重服务业", "服务业增加值占gdp比重")).toBe(0);
    const twoRuns = similarity("服务业比重", "服务业增加值占gdp比重");
    expect(twoRuns).toBeGreaterThan(0.6);
    expect(similarity("abcde", "abxxcde")).toBeGreaterThan(similarity("abcde", "abxcdxe"));
  });

  test("a query ending with the name keeps it; words after the name name something else", () => {
    const ends = similarity("新建5g基站", "5g基站");
    expect(ends).toBeGreaterThan(0.55);
    expect(similarity("省级重点项目年度投资", "省级重点项目")).toBeLessThan(0.55);
    expect(similarity("供应链试点企业", "试点")).toBeLessThan(0.55);
  });

  test("character overlap is order-blind, below containment, and a typo only when one character differs", () => {
    expect(similarity("基站5g", "5g基站")).toBeCloseTo(0.7);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("标志性产业连", "标志性产业链")).toBeGreaterThan(0.55);
    expect(similarity("供应链创新与应用试点城市", "企业供应链创新与应用试点")).toBeLessThan(0.55);
  });
});

describe("KeyIndex", () => {
  const keys = ["5g基站建成数", "5g基站", "5g用户数", "标志性产业链数量", "产业链协同创新项目数", "5g基站"];
  const index = new KeyIndex(keys);

  test("exact finds every key spelled the same", () => {
    expect(index.exact("5g基站")).toEqual([1, 5]);
    expect(index.exact("基站")).toBeUndefined();
  });

  test("match finds containment both ways and overlap, nothing below the threshold", () => {
    const found = new Map(index.match("基站建成数", { minScore: 0.4 }).map((s) => [keys[s.key], s.score]));
    expect(found.get("5g基站建成数")).toBeGreaterThan(0.7);
    expect(found.has("标志性产业链数量")).toBe(false);
    const inside = index.match("新建5g基站", { minScore: 0.55 }).map((s) => keys[s.key]);
    expect(inside).toContain("5g基站");
  });

  test("the prefix filter misses nothing a full scan would find", () => {
    const queries = ["产业链", "协同创新", "5g数", "链产业", "标志产业", "项目数量", "标志性链", "5g基站建"];
    for (const q of queries) {
      const viaIndex = new Set(index.match(q, { minScore: 0.4 }).map((s) => s.key));
      const scan = keys.map((k, i) => [i, similarity(q, k)] as const).filter(([, s]) => s >= 0.4).map(([i]) => i);
      expect([...viaIndex].sort()).toEqual(scan.sort());
    }
  });

  test("says which keys matched by character overlap alone", () => {
    const byKey = new Map(index.match("链产业", { minScore: 0.3 }).map((s) => [keys[s.key], s.byOverlap]));
    expect(byKey.get("标志性产业链数量")).toBe(true);
    expect(new Map(index.match("产业链", { minScore: 0.3 }).map((s) => [keys[s.key], s.byOverlap])).get("标志性产业链数量")).toBe(false);
  });

  test("scratch counters are reset between calls", () => {
    const first = index.match("产业链数量", { minScore: 0.4 });
    expect(index.match("产业链数量", { minScore: 0.4 })).toEqual(first);
  });
});

describe("parseQualifier", () => {
  test.each([
    ["以上", "at_least"],
    ["不低于", "at_least"],
    ["≥", "at_least"],
    ["AT_MOST", "at_most"],
    ["控制在", "at_most"],
    ["以内", "at_most"],
    ["左右", "about"],
    ["突破", "exceed"],
    ["力争", "strive"],
    ["range", "range"],
    ["", "exact"],
    ["  ", "exact"],
  ])("%s → %s", (word, code) => expect(parseQualifier(word)).toBe(code));

  test("unknown words are null", () => expect(parseQualifier("大概吧")).toBeNull());

  test("every label parses back to its qualifier", () => {
    for (const [code, label] of Object.entries(QUALIFIER_LABELS)) expect(parseQualifier(label)).toBe(code);
  });
});
