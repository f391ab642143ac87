import { PROVINCES, RegionResolver, compareRegions, provinceFullName, regionKey } from "../../src/core/regions";

describe("regionKey", () => {
  test.each([
    ["浙江省", "浙江"],
    ["宁夏回族自治区", "宁夏"],
    ["新疆维吾尔自治区", "新疆"],
    ["广西壮族自治区", "广西"],
    ["内蒙古自治区", "内蒙古"],
    ["西藏自治区", "西藏"],
    ["香港特别行政区", "香港"],
    ["北京市", "北京"],
    ["嘉兴市", "嘉兴"],
    ["湘西土家族苗族自治州", "湘西"],
    ["延边朝鲜族自治州", "延边"],
    ["浦东新区", "浦东"],
    ["大兴安岭地区", "大兴安岭"],
    ["嘉兴", "嘉兴"],
  ])("%s → %s", (name, key) => expect(regionKey(name)).toBe(key));

  test("a name that is only a suffix keeps its spelling", () => expect(regionKey("市区")).toBe("市区"));

  test("every province has a distinct short form", () => {
    expect(new Set(PROVINCES.map(regionKey)).size).toBe(34);
  });
});

describe("provinceFullName", () => {
  test.each([
    ["浙江", "浙江省"],
    ["宁夏", "宁夏回族自治区"],
    ["内蒙古", "内蒙古自治区"],
    ["广西", "广西壮族自治区"],
    ["新疆", "新疆维吾尔自治区"],
    ["西藏", "西藏自治区"],
    ["香港", "香港特别行政区"],
    ["澳门特别行政区", "澳门特别行政区"],
    ["上海", "上海市"],
  ])("%s → %s", (short, full) => expect(provinceFullName(short)).toBe(full));

  test("cities are not provinces", () => expect(provinceFullName("嘉兴")).toBeNull());
});

describe("RegionResolver", () => {
  const resolver = new RegionResolver(["浙江省", "嘉兴市", "朝阳区", "朝阳市", "浙江省"]);

  test("full and short forms find the catalogue's spelling", () => {
    expect(resolver.resolve("浙江省")).toEqual({ kind: "found", region: "浙江省" });
    expect(resolver.resolve("浙江")).toEqual({ kind: "found", region: "浙江省" });
    expect(resolver.resolve("嘉兴")).toEqual({ kind: "found", region: "嘉兴市" });
    expect(resolver.resolve("嘉兴市")).toEqual({ kind: "found", region: "嘉兴市" });
  });

  test("a short form shared by two regions is ambiguous; the full name is not", () => {
    expect(resolver.resolve("朝阳")).toEqual({ kind: "ambiguous", regions: ["朝阳区", "朝阳市"] });
    expect(resolver.resolve("朝阳区")).toEqual({ kind: "found", region: "朝阳区" });
  });

  test("an absent province is named in full", () => {
    expect(resolver.resolve("宁夏")).toEqual({ kind: "unknown", region: "宁夏回族自治区" });
    expect(resolver.resolve("火星")).toEqual({ kind: "unknown", region: "火星" });
  });
});

test("compareRegions puts provinces first, in their usual order", () => {
  expect(["嘉兴市", "杭州市", "浙江省", "北京市"].sort(compareRegions)).toEqual(["北京市", "浙江省", "杭州市", "嘉兴市"]);
});
