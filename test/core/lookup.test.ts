import { CatalogueIndex, LookupResult, TargetQuery } from "../../src/core/lookup/index";
import { planCatalogue } from "../fixtures/planCatalogue";

const index = new CatalogueIndex(planCatalogue());

function ok(query: TargetQuery) {
  const result = index.lookup(query);
  if (!result.ok) throw new Error(`expected an answer, got ${result.code} ${result.message}`);
  return result;
}

function fail(query: TargetQuery): Extract<LookupResult, { ok: false }> {
  const result = index.lookup(query);
  if (result.ok) throw new Error(`expected an error, got ${result.value}`);
  return result;
}

describe("names", () => {
  test.each(["5G基站建成数", "5G基站", "5G基站数", "５Ｇ基站", "5g 基站", "〔5G基站〕"])("%s finds 5G基站建成数", (name) => {
    expect(ok({ name, year: 2020, region: "浙江省" }).indicator.id).toBe("zj-5g-2020");
  });

  test("fuzzy: a longer name containing an alias answers when it is clearly best", () => {
    expect(ok({ name: "浙江省新建5G基站数量", year: 2020, region: "浙江" }).indicator.id).toBe("zj-5g-2020");
    expect(ok({ name: "协同创新项目数量", year: 2020 }).indicator.name).toBe("产业链协同创新项目数");
  });

  test("fuzzy: character overlap with a typo answers when one candidate is clearly best", () => {
    expect(ok({ name: "标志性产业连数量", year: 2020 }).indicator.id).toBe("zj-bzcyl");
  });

  test("fuzzy: two equally good candidates give #N/A listing them", () => {
    const r = fail({ name: "创新中心", year: 2020 });
    expect(r.code).toBe("#N/A");
    expect(r.message).toContain("省级制造业创新中心建成数");
    expect(r.message).toContain("省级技术创新中心建成数");
    expect(r.message).toMatch(/^指标「创新中心」不明确/);
  });

  test("an ambiguous name lists at most three candidates", () => {
    const base = planCatalogue();
    const zj5g = base.indicators.find((i) => i.id === "zj-5g-2020")!;
    const projects = [25, 40, 70, 90, 120].map((n) => ({ ...zj5g, id: `zj-xm-${n}`, name: `重大项目数（${n}个）`, aliases: ["重大项目数"], value: n, unit: "个" }));
    const r = new CatalogueIndex({ ...base, indicators: [...base.indicators, ...projects] }).lookup({ name: "重大项目数", year: 2020, region: "浙江省" });
    expect(r).toMatchObject({ ok: false, code: "#N/A" });
    const listed = (r as Extract<LookupResult, { ok: false }>).message.match(/重大项目数（\d+个）/g) ?? [];
    expect(listed.length).toBe(6); // three in the Chinese sentence, the same three in the English one
    expect(new Set(listed).size).toBe(3);
  });

  test("nothing alike gives #N/A suggesting PLANSEARCH", () => {
    const r = fail({ name: "航天发射次数", year: 2020 });
    expect(r.code).toBe("#N/A");
    expect(r.message).toContain("未找到指标「航天发射次数」");
    expect(r.message).toContain("PLANSEARCH");
  });

  test("a weak match is suggested, not answered", () => {
    const r = fail({ name: "企业园区", year: 2020 });
    expect(r.message).toContain("相近的有");
    expect(r.message).toContain("小微企业园新增数");
  });
});

describe("years", () => {
  test.each([2020, "2020", "2020年", "２０２０年", " 2020 "])("%p is 2020", (year) => {
    expect(ok({ name: "企业减负", year }).value).toBe(2700);
  });

  test("a year without a target names the years that exist", () => {
    const r = fail({ name: "5G基站", year: 2021, region: "浙江省" });
    expect(r).toEqual({
      ok: false,
      code: "#N/A",
      message: "「5G基站建成数」没有2021年的目标；已有年份：2020、2022。\"5G基站建成数\" has no target for 2021; years available: 2020, 2022.",
    });
  });

  test.each([2020.5, -1, "明年", "20200", true])("%p is #VALUE!", (year) => {
    const r = fail({ name: "企业减负", year });
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toMatch(/^年份「.*」无效/);
  });
});

describe("regions", () => {
  test("the only region that year answers without naming it", () => {
    expect(ok({ name: "5G基站", year: 2022 }).value).toBe(12);
  });

  test("several regions and no default: #N/A asking for one", () => {
    const r = fail({ name: "5G基站", year: 2020 });
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/^请指定地区：浙江省、嘉兴市/);
  });

  test("the workbook's default region decides, in short or full form", () => {
    expect(ok({ name: "5G基站", year: 2020, defaultRegion: "嘉兴市" }).value).toBe(5000);
    expect(ok({ name: "5G基站", year: 2020, defaultRegion: "嘉兴" }).value).toBe(5000);
  });

  test("a default region without the target still asks, saying why", () => {
    const r = fail({ name: "5G基站", year: 2020, defaultRegion: "宁夏回族自治区" });
    expect(r.message).toContain("默认地区宁夏回族自治区没有此目标");
  });

  test("short forms of the region", () => {
    expect(ok({ name: "5G基站", year: 2020, region: "嘉兴" }).value).toBe(5000);
    expect(ok({ name: "5G基站", year: 2020, region: "浙江" }).value).toBe(5);
  });

  test("a region without the target names the regions that have it", () => {
    const r = fail({ name: "5G基站", year: 2020, region: "宁夏" });
    expect(r.message).toMatch(/^「5G基站建成数」2020年没有宁夏回族自治区的目标；已有地区：浙江省、嘉兴市/);
  });
});

describe("conflicts", () => {
  test("the formal plan outranks the speech, and the note names the other figure", () => {
    const r = ok({ name: "产业链协同创新项目", year: 2020 });
    expect(r.value).toBe(60);
    expect(r.others.map((o) => o.value)).toEqual([50]);
    expect(r.note).toContain("50项（浙江省2020年经济工作讲话）");
    expect(r.note).toContain("此处采用60项");
  });

  test("rank beats the number of sources", () => {
    const r = ok({ name: "隐形冠军企业", year: 2020 });
    expect(r.value).toBe(50);
    expect(r.indicator.id).toBe("zj-gj-50");
  });

  test("entries without conflicts have no note", () => {
    expect(ok({ name: "企业减负", year: 2020 }).note).toBeNull();
  });
});

describe("units", () => {
  test("converts to a compatible unit", () => {
    const r = ok({ name: "5G基站", year: 2020, region: "浙江省", unit: "个" });
    expect(r.value).toBe(50000);
    expect(r.unit).toBe("个");
    expect(ok({ name: "企业减负", year: 2020, unit: "万元" }).value).toBe(27000000);
    expect(ok({ name: "企业减负", year: 2020, unit: "亿元" }).value).toBe(2700);
  });

  test("an incompatible unit is #VALUE! listing the units that work", () => {
    const r = fail({ name: "5G基站", year: 2020, region: "浙江省", unit: "吨" });
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toBe("单位「吨」无法由「万个」换算；可用：个、万个、亿个。Unit \"吨\" cannot be converted from \"万个\": use 个, 万个, 亿个.");
  });

  test("percent and percentage points do not convert", () => {
    expect(fail({ name: "GDP增长率", year: 2020, region: "浙江", unit: "个百分点" }).code).toBe("#VALUE!");
  });
});

describe("search, byId, regionsFor", () => {
  test("search lists every entry of matching names, best first, newest year first", () => {
    const found = index.search("5G基站");
    expect(found.map((i) => i.id)).toEqual(["zj-5g-2022", "zj-5g-2020", "jx-5g-2020"]);
  });

  test("search finds by part of a name and by alias", () => {
    expect(index.search("创新中心").map((i) => i.id).sort()).toEqual(["zj-jsc", "zj-zzy"]);
    expect(index.search("研发投入").map((i) => i.id)).toEqual(["zj-rd-2025"]);
    expect(index.search("")).toEqual([]);
    expect(index.search("5G基站", 1)).toHaveLength(1);
  });

  test("byId and regionsFor", () => {
    expect(index.byId("zj-jf")?.name).toBe("企业减负金额");
    expect(index.byId("nope")).toBeUndefined();
    expect(index.regionsFor()).toEqual(["浙江省", "嘉兴市"]);
    expect(index.regionsFor(2025)).toEqual(["浙江省"]);
  });
});

describe("the fast path and the full path agree", () => {
  test("an exact name with a numeric year returns the precomputed answer", () => {
    const fast = index.lookup({ name: "5G基站建成数", year: 2020, region: "浙江省" });
    const full = index.lookup({ name: " 5G基站建成数", year: "2020", region: "浙江" });
    expect(full).toEqual(fast);
  });
});
