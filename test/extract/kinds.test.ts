import { classifyKind, type KindEvidence } from "../../src/extract/kinds";

function kind(before: string, unit: string, verb = "", subject = ""): string {
  const e: KindEvidence = { before, unit, verb, subject };
  return classifyKind(e);
}

describe("classifyKind", () => {
  test("percentages: growth, reduction, ratio, share", () => {
    expect(kind("数字经济核心产业增加值增长", "%")).toBe("growth_rate");
    expect(kind("服务业增加值增速达到", "%")).toBe("growth_rate");
    expect(kind("有研发投入活动的企业数量年均增长", "%")).toBe("growth_rate");
    expect(kind("居民消费价格涨幅控制在", "%")).toBe("growth_rate");
    expect(kind("安全生产事故起数、死亡人数分别下降", "%")).toBe("reduction");
    expect(kind("单位地区生产总值能耗较2020年降低", "%")).toBe("reduction");
    expect(kind("研发经费投入强度突破", "%")).toBe("ratio");
    expect(kind("装配式建筑占新建建筑比例达到", "%")).toBe("share");
    expect(kind("城镇登记失业率控制在", "%")).toBe("share");
    expect(kind("常住人口城镇化率提高", "个百分点")).toBe("increment");
  });

  test("increments, counts, levels", () => {
    expect(kind("新增小微企业园", "个", "新增")).toBe("increment");
    expect(kind("新引进", "人", "新引进")).toBe("increment");
    expect(kind("城镇新增就业人数", "万人", "", "城镇新增就业人数")).toBe("increment");
    expect(kind("打造", "条", "打造")).toBe("count");
    expect(kind("建成5G基站", "万个", "建成")).toBe("count");
    expect(kind("力争出口名牌企业达到", "家", "达到")).toBe("level");
    expect(kind("在役工业机器人累计突破", "万台", "突破")).toBe("level");
    expect(kind("全年为企业减负", "亿元")).toBe("level");
    expect(kind("腾退低效用地", "万亩", "腾退")).toBe("level");
  });

  test("every verb of new things and 净增 add; 新开工 counts works started; 提高1岁 is a raise by", () => {
    expect(kind("新开通城市轨道交通线路", "条", "新开通")).toBe("increment");
    expect(kind("新开辟国际货运航线", "条", "新开辟")).toBe("increment");
    expect(kind("规上服务业企业净增", "家", "净增")).toBe("increment");
    expect(kind("新开工亿元以上项目", "个", "新开工")).toBe("count");
    expect(kind("居民人均预期寿命提高", "岁", "提高")).toBe("increment");
    expect(kind("人均预期寿命提高到", "岁", "提高到")).toBe("level");
  });

  test("ratios: per-head units and 每千人口, but concentrations are levels", () => {
    expect(kind("全员劳动生产率达到", "万元/人")).toBe("ratio");
    expect(kind("亿元GDP生产安全事故死亡率", "人/亿元")).toBe("ratio");
    expect(kind("每千人口拥有执业医师数达到", "人")).toBe("ratio");
    expect(kind("PM2.5年均浓度达到", "微克/立方米")).toBe("level");
    expect(kind("城乡居民收入比2020年", "倍", "翻一番")).toBe("ratio");
  });

  test("cumulative totals", () => {
    expect(kind("五年累计完成投资", "亿元", "完成")).toBe("cumulative");
    expect(kind("累计招收博士后", "名", "招收")).toBe("cumulative");
    expect(kind("五年完成投资", "亿元", "完成")).toBe("cumulative");
  });

  test("reductions in absolute units", () => {
    expect(kind("化肥使用量减少", "万吨", "减少")).toBe("reduction");
  });
});
