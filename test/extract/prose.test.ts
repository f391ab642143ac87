import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseNumberAt } from "../../src/extract/numbers";
import { extractProse } from "../../src/extract/prose";
import type { ParseContext, RawTarget } from "../../src/extract/types";

function context(text: string, year = 2022): ParseContext {
  return { text, file: "test.txt", region: "某省", year, kind: "plan" };
}

function extract(text: string, year = 2022) {
  return extractProse(context(text, year), { start: 0, end: text.length });
}

/** value, unit, qualifier, kind, subject of each target, for compact expectations. */
function summary(text: string, year = 2022) {
  return extract(text, year).targets.map((t) => ({ value: t.value, unit: t.unit, qualifier: t.qualifier, kind: t.kind, subject: t.subject }));
}

/** The value as the quote writes it: 5 in 5万个, 二十 in 二十所, 三分之一 for 33.33 %, 翻一番 for 2 倍. */
function valueWrittenIn(t: RawTarget): boolean {
  if (t.unit === "倍" && /翻.?番/.test(t.quote)) return true;
  for (let i = 0; i < t.quote.length; i++) if (parseNumberAt(t.quote, i)?.value === t.value) return true;
  return false;
}

function checkInvariants(text: string, targets: RawTarget[]): void {
  for (const t of targets) {
    expect(text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
    expect(t.quote.trim()).toBe(t.quote);
    if (!valueWrittenIn(t)) throw new Error(`value ${t.value} not written in quote "${t.quote}"`);
    expect(Number.isFinite(t.value)).toBe(true);
  }
}

describe("extractProse: figures and their indicators", () => {
  test("one verb, several targets: 新增A 3000家、B 8000家", () => {
    expect(summary("全年新增高新技术企业3000家、科技型中小企业8000家。")).toEqual([
      { value: 3000, unit: "家", qualifier: "exact", kind: "increment", subject: "高新技术企业" },
      { value: 8000, unit: "家", qualifier: "exact", kind: "increment", subject: "科技型中小企业" },
    ]);
  });

  test("the verb carries over a comma to an item without one", () => {
    const t = extract("新增国家级专精特新“小巨人”企业50家，省级隐形冠军企业30家。").targets;
    expect(t.map((x) => [x.value, x.verb, x.kind])).toEqual([
      [50, "新增", "increment"],
      [30, "新增", "increment"],
    ]);
  });

  test("verb + number + noun: 打造 12 条标志性产业链 (spaces around the number kept in the quote)", () => {
    const [t] = extract("加快提升产业竞争力，打造 12 条标志性产业链。").targets;
    expect(t).toMatchObject({ value: 12, unit: "条", kind: "count", subject: "标志性产业链", verb: "打造", quote: "打造 12 条标志性产业链" });
  });

  test("万/亿 stay in the unit as written", () => {
    const t = extract("全年为企业减负 1800 亿元，建成5G基站3.5万个。").targets;
    expect(t.map((x) => [x.value, x.unit, x.subject])).toEqual([
      [1800, "亿元", "为企业减负"],
      [3.5, "万个", "5G基站"],
    ]);
  });

  test("relational verbs: 增长, 控制在, 达到…以上, 突破", () => {
    expect(summary("全年固定资产投资增长8%，城镇调查失业率控制在5.5%以内，森林覆盖率达到62%以上，研发经费投入强度突破3%。")).toEqual([
      { value: 8, unit: "%", qualifier: "exact", kind: "growth_rate", subject: "固定资产投资" },
      { value: 5.5, unit: "%", qualifier: "at_most", kind: "share", subject: "城镇调查失业率" },
      { value: 62, unit: "%", qualifier: "at_least", kind: "share", subject: "森林覆盖率" },
      { value: 3, unit: "%", qualifier: "exceed", kind: "ratio", subject: "研发经费投入强度" },
    ]);
  });

  test("a coefficient set to a figure has no unit: 农田灌溉水有效利用系数提高到0.5以上", () => {
    expect(summary("农田灌溉水有效利用系数提高到0.5以上；基尼系数稳定在0.45左右。")).toEqual([
      { value: 0.5, unit: "", qualifier: "at_least", kind: "level", subject: "农田灌溉水有效利用系数" },
      { value: 0.45, unit: "", qualifier: "about", kind: "level", subject: "基尼系数" },
    ]);
    // a bare number after anything else is no figure
    expect(summary("实施乡村振兴战略0.5。")).toEqual([]);
  });

  test("a price rises: 居民消费价格上涨2%左右 is the growth of 居民消费价格, 上涨 its verb", () => {
    expect(extract("居民消费价格上涨2%左右。").targets.map((t) => [t.subject, t.verb, t.kind, t.qualifier])).toEqual([["居民消费价格", "上涨", "growth_rate", "about"]]);
  });

  test("力争 alone is strive; 力争…突破 is exceed; 力争…以上 is at_least", () => {
    expect(extract("力争数字经济核心产业增加值增长12%。").targets[0].qualifier).toBe("strive");
    expect(extract("力争在役工业机器人累计突破15万台。").targets[0].qualifier).toBe("exceed");
    expect(extract("力争出口名牌企业达到120家以上。").targets[0].qualifier).toBe("at_least");
  });

  test("力争 holds for its clause only", () => {
    const t = extract("力争研发经费投入强度突破3%，新增高新技术企业500家。").targets;
    expect(t.map((x) => x.qualifier)).toEqual(["exceed", "exact"]);
  });

  test("ranges, 余 and 左右", () => {
    expect(summary("布局建设省实验室2—3家，培育10余个省级特色小镇，社会消费品零售总额增长7%左右。")).toEqual([
      { value: 2, unit: "家", qualifier: "range", kind: "count", subject: "省实验室" },
      { value: 10, unit: "个", qualifier: "at_least", kind: "count", subject: "省级特色小镇" },
      { value: 7, unit: "%", qualifier: "about", kind: "growth_rate", subject: "社会消费品零售总额" },
    ]);
    expect(extract("布局建设省实验室2—3家。").targets[0].valueMax).toBe(3);
  });

  test("share frames: 占…比重达到, 比例, 三分之一", () => {
    expect(summary("装配式建筑占新建建筑比例达到35%，可再生能源消费占比提高到三分之一以上。")).toEqual([
      { value: 35, unit: "%", qualifier: "exact", kind: "share", subject: "装配式建筑占新建建筑比例" },
      { value: 33.33, unit: "%", qualifier: "at_least", kind: "share", subject: "可再生能源消费占比" },
    ]);
  });

  test("shares in tenths: 七成, 四成以上", () => {
    const text = "城镇新建建筑中绿色建筑比例达到七成，县域医共体覆盖率四成以上。";
    expect(summary(text)).toEqual([
      { value: 70, unit: "%", qualifier: "exact", kind: "share", subject: "城镇新建建筑中绿色建筑比例" },
      { value: 40, unit: "%", qualifier: "at_least", kind: "share", subject: "县域医共体覆盖率" },
    ]);
    checkInvariants(text, extract(text).targets);
  });

  test("reductions against a base year", () => {
    const [t] = extract("单位地区生产总值能耗较2020年下降14%。").targets;
    expect(t).toMatchObject({ value: 14, kind: "reduction", baseYear: 2020, subject: "单位地区生产总值能耗" });
  });

  test("a per-head ratio is not measured against the sentence's base year; a doubling is", () => {
    const t = extract("单位地区生产总值能耗比2020年下降13.5%，每千人口拥有执业（助理）医师数达到3.5人，城乡居民收入比2020年翻一番。").targets;
    expect(t.map((x) => [x.value, x.kind, x.baseYear])).toEqual([[13.5, "reduction", 2020], [3.5, "ratio", null], [2, "ratio", 2020]]);
  });

  test("a level or a share later in the sentence is not measured against the base year", () => {
    const t = extract("单位地区生产总值能耗较2020年下降13.5%；万元地区生产总值用水量下降16%；森林覆盖率保持在65%以上。").targets;
    expect(t.map((x) => [x.value, x.kind, x.baseYear])).toEqual([
      [13.5, "reduction", 2020],
      [16, "reduction", 2020],
      [65, "share", null],
    ]);
  });

  test("占 that opens no share (占用耕地, 占地面积) borrows nothing", () => {
    const t = extract("新增建设用地控制在3000亩以内，占用耕地不超过1000亩。").targets;
    expect(t.map((x) => x.subject)).toEqual(["新增建设用地", "占用耕地"]);
  });

  test("a share with its whole left out is of the indicator before: …增加值增长10%，占地区生产总值比重达到12%", () => {
    const t = extract("推动数字经济核心产业增加值增长10%，占地区生产总值比重达到12%。").targets;
    expect(t.map((x) => [x.subject, x.value, x.kind])).toEqual([
      ["数字经济核心产业增加值", 10, "growth_rate"],
      ["数字经济核心产业增加值占地区生产总值比重", 12, "share"],
    ]);
  });

  test("ratios: per-head units, 每千人口, 翻一番", () => {
    expect(summary("每千人口拥有执业（助理）医师数达到3.8人，全员劳动生产率达到20万元/人。")).toEqual([
      { value: 3.8, unit: "人", qualifier: "exact", kind: "ratio", subject: "每千人口拥有执业（助理）医师数" },
      { value: 20, unit: "万元/人", qualifier: "exact", kind: "ratio", subject: "全员劳动生产率" },
    ]);
    const [d] = extract("城乡居民人均收入比2020年翻一番。", 2035).targets;
    expect(d).toMatchObject({ value: 2, unit: "倍", kind: "ratio", baseYear: 2020, verb: "翻一番", subject: "城乡居民人均收入" });
  });

  test("cumulative: 五年累计, 累计新增", () => {
    expect(summary("五年累计完成投资8000亿元左右，累计新增城镇就业300万人以上。").map((x) => x.kind)).toEqual(["cumulative", "cumulative"]);
  });

  test("concentrations are levels with their own unit", () => {
    expect(summary("PM2.5平均浓度控制在30微克/立方米以下。")).toEqual([
      { value: 30, unit: "微克/立方米", qualifier: "at_most", kind: "level", subject: "PM2.5平均浓度" },
    ]);
  });

  test("durations and ages need a verb that sets them", () => {
    expect(summary("企业开办时间压缩至2个工作日以内，人均预期寿命达到81岁。").map((x) => [x.value, x.unit, x.qualifier])).toEqual([
      [2, "个工作日", "at_most"],
      [81, "岁", "exact"],
    ]);
    expect(extract("用3年时间完成改造，清理超过1年的积压案件。").targets).toEqual([]);
  });

  test("small Chinese numerals count in a target frame: after the noun at the clause end, or after a setting verb", () => {
    const text = "力争市场主体突破十万户，新增城市公交线路三条，森林覆盖率要提高一个百分点，每年培训新型职业农民一万人以上。";
    expect(extract(text).targets.map((x) => [x.subject, x.value, x.unit, x.qualifier])).toEqual([
      ["市场主体", 10, "万户", "exceed"],
      ["城市公交线路", 3, "条", "exact"],
      ["森林覆盖率", 1, "个百分点", "exact"],
      ["新型职业农民", 1, "万人", "at_least"],
    ]);
  });

  test("…but not in fixed expressions: 一批, 一流, 一号工程, 两个行动, “四个意识”", () => {
    const text = "实施两个行动，建设一批特色园区，打造一流营商环境，抓好一号工程，树牢“四个意识”、做到“两个维护”，建设一个现代化城市。";
    expect(extract(text).targets).toEqual([]);
  });

  test("a bare 百/千 after an action verb counts things; before a programme's name it does not", () => {
    const t = extract("新建百个口袋公园，大力推进百个文化场馆建设，建设千个设施完善、环境优美的美丽乡村。").targets;
    expect(t.map((x) => [x.value, x.unit, x.subject])).toEqual([
      [100, "个", "口袋公园"],
      [1000, "个", "美丽乡村"],
    ]);
    expect(t[1].quote).toBe("建设千个设施完善、环境优美的美丽乡村");
  });

  test("a raise by a duration or age is set by bare 提高", () => {
    expect(summary("居民人均预期寿命提高0.8岁，劳动年龄人口平均受教育年限提高0.5年。").map((x) => [x.value, x.unit, x.kind])).toEqual([
      [0.8, "岁", "increment"],
      [0.5, "年", "increment"],
    ]);
  });

  test("Chinese numerals: 二十所 counts, 两个/三大/四个 are names", () => {
    expect(summary("新建二十所中小学。")).toEqual([{ value: 20, unit: "所", qualifier: "exact", kind: "increment", subject: "中小学" }]);
    expect(extract("打造两个中心，推进三大工程，增强“四个意识”，实施“六个千亿”投资工程。").targets).toEqual([]);
  });
});

describe("extractProse: several targets from one statement", () => {
  test("A、B分别下降20%: one figure, two indicators (B takes what A counts: 火灾事故死亡人数)", () => {
    const t = extract("确保火灾事故起数、死亡人数分别下降15%。").targets;
    expect(t.map((x) => [x.subject, x.value, x.kind])).toEqual([
      ["火灾事故起数", 15, "reduction"],
      ["火灾事故死亡人数", 15, "reduction"],
    ]);
    expect(t[0].quote).toBe("确保火灾事故起数、死亡人数分别下降15%");
  });

  test("A、B分别突破X、Y: figures pair up with indicators", () => {
    const t = extract("地区生产总值、人均生产总值分别突破9万亿元、14万元。").targets;
    expect(t.map((x) => [x.subject, x.value, x.unit, x.qualifier])).toEqual([
      ["地区生产总值", 9, "万亿元", "exceed"],
      ["人均生产总值", 14, "万元", "exceed"],
    ]);
  });

  test("A、B、C比2020年翻一番: three", () => {
    const t = extract("力争地区生产总值、人均生产总值、居民人均可支配收入比2020年“翻一番”。", 2035).targets;
    expect(t.map((x) => x.subject)).toEqual(["地区生产总值", "人均生产总值", "居民人均可支配收入"]);
    expect(t.every((x) => x.value === 2 && x.qualifier === "strive" && x.baseYear === 2020)).toBe(true);
  });

  test("A和B增长7%: two growth rates, B completed with what A opens with", () => {
    expect(extract("规上工业亩均税收和亩均增加值增长6%。").targets.map((x) => x.subject)).toEqual(["规上工业亩均税收", "规上工业亩均增加值"]);
  });

  test("城乡…分别增长X和Y: 城镇… and 农村…, each quoting the whole statement", () => {
    const text = "全年城乡居民人均可支配收入分别增长6%和7.5%，单位地区生产总值能耗和二氧化碳排放分别下降3%和3.5%。";
    const t = extract(text).targets;
    expect(t.map((x) => [x.subject, x.value, x.kind])).toEqual([
      ["城镇居民人均可支配收入", 6, "growth_rate"],
      ["农村居民人均可支配收入", 7.5, "growth_rate"],
      ["单位地区生产总值能耗", 3, "reduction"],
      ["单位地区生产总值二氧化碳排放", 3.5, "reduction"],
    ]);
    expect(t[1].quote).toBe("全年城乡居民人均可支配收入分别增长6%和7.5%");
    expect(extract("——外贸进出口总额分别增长4%、6%；").targets.map((x) => x.subject)).toEqual(["外贸进口总额", "外贸出口总额"]);
  });

  test("N个国家级和M个省级…: two counts, the shared noun completed", () => {
    const t = extract("创建8个国家级和60个省级现代农业园区。").targets;
    expect(t.map((x) => [x.value, x.subject])).toEqual([
      [8, "国家级现代农业园区"],
      [60, "省级现代农业园区"],
    ]);
  });

  test("examples before N大 leave the head noun as the indicator", () => {
    const [t] = extract("培育集成电路、人工智能、生命健康3大新兴产业。").targets;
    expect(t).toMatchObject({ value: 3, unit: "个", subject: "新兴产业" });
  });

  test("“三个千亿” after three investments: 1000 亿 each; “六个千亿” alone is a name", () => {
    const t = extract("实现五年累计全社会研发投入、重大平台投入、人才引进投入“三个千亿”目标。", 2025).targets;
    expect(t.map((x) => [x.subject, x.value, x.unit, x.kind])).toEqual([
      ["全社会研发投入", 1000, "亿", "cumulative"],
      ["重大平台投入", 1000, "亿", "cumulative"],
      ["人才引进投入", 1000, "亿", "cumulative"],
    ]);
    expect(extract("大力推进“六个千亿”产业投资工程。").targets).toEqual([]);
  });

  test("a number that describes a noun is not the figure: 产值500亿元平台达到8个", () => {
    const t = extract("争取规上工业产值500亿元平台达到6个。").targets;
    expect(t.map((x) => [x.value, x.subject])).toEqual([[6, "规上工业产值500亿元平台"]]);
  });
});

describe("extractProse: indicators without frame words", () => {
  test("modal words (要, 确保, 力争, 约) and 明年 leave the indicator; 约 is about, 迈上…台阶 at least", () => {
    const text =
      "明年力争一般公共预算收入要确保增长5%，科技型企业数量要突破八千家，研发经费投入强度力争达到2.8%，" +
      "新增城市绿道里程约120公里，全省经济总量迈上6万亿元台阶，服务业增加值比重要提高1个百分点。";
    expect(summary(text).map((x) => [x.subject, x.qualifier])).toEqual([
      ["一般公共预算收入", "strive"],
      ["科技型企业数量", "exceed"],
      ["研发经费投入强度", "strive"],
      ["城市绿道里程", "about"],
      ["经济总量", "at_least"],
      ["服务业增加值比重", "exact"],
    ]);
  });

  test("要 and 约 stay when they end a word of the indicator (纲要, 合约)", () => {
    expect(summary("全年签订技术合约300份，编制专项规划纲要12个。").map((x) => x.subject)).toEqual(["技术合约", "专项规划纲要"]);
  });

  test("新开通, 新开辟, 净增 are verbs of new things; 同比 belongs to neither indicator nor verb", () => {
    const t = extract("新开通城市轨道交通线路3条，新开辟国际货运航线5条，规上服务业企业净增300家，力争全年出口额同比增长6%。").targets;
    expect(t.map((x) => [x.subject, x.verb, x.kind])).toEqual([
      ["城市轨道交通线路", "新开通", "increment"],
      ["国际货运航线", "新开辟", "increment"],
      ["规上服务业企业净增", "净增", "increment"],
      ["出口额", "增长", "growth_rate"],
    ]);
  });

  test("a share written before its noun names the noun doing what follows", () => {
    const [t] = extract("五分之一以上的中小企业要实现上云。").targets;
    expect(t).toMatchObject({ value: 20, unit: "%", qualifier: "at_least", subject: "实现上云的中小企业占比", verb: "" });
  });

  test("斤 and 亿斤 are units", () => {
    expect(summary("粮食产量稳定在600亿斤以上。")).toEqual([{ value: 600, unit: "亿斤", qualifier: "at_least", kind: "level", subject: "粮食产量" }]);
  });
});

describe("extractProse: years", () => {
  test("the document's year by default", () => {
    expect(extract("新增小微企业园50个。", 2021).targets[0].year).toBe(2021);
  });

  test("到2025年 inside a paragraph scopes the rest of its sentence, not the next", () => {
    const text = "扩大内需。到2025年，社会消费品零售总额达到3万亿元，网络零售额达到2.5万亿元。新增就业岗位10万个。";
    expect(extract(text, 2022).targets.map((x) => x.year)).toEqual([2025, 2025, 2022]);
  });

  test("到2025年 opening a paragraph scopes the whole paragraph", () => {
    const text = "到2025年，社会消费品零售总额达到3万亿元。新增就业岗位10万个。";
    expect(extract(text, 2022).targets.map((x) => x.year)).toEqual([2025, 2025]);
  });

  test("a paragraph opened by 到二〇三五年 and a heading with a year scope what follows", () => {
    const text = ["（三）二〇三五年远景目标", "到二〇三五年，常住人口城镇化率达到80%左右。", "——人均预期寿命达到83岁。", "（四）主要目标", "森林覆盖率达到62%。"].join("\n");
    expect(extract(text, 2025).targets.map((x) => [x.value, x.year])).toEqual([
      [80, 2035],
      [83, 2035],
      [62, 2025],
    ]);
  });

  test("“十四五” in a goals heading means its last year", () => {
    const text = "（五）“十四五”时期主要目标\n城镇新增就业人数达到550万人。";
    expect(extract(text, 2021).targets[0].year).toBe(2025);
  });

  test("今后五年 / 未来五年 opens five years from the document's: their targets are due in the last (year + 4)", () => {
    const text = "今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长8%左右，到2020年达到160亿元。";
    expect(extract(text, 2016).targets.map((t) => [t.value, t.year])).toEqual([[8, 2020], [160, 2020]]);
    expect(extract("未来五年，全市新增城镇就业50万人。", 2023).targets.map((t) => t.year)).toEqual([2027]);
    // the paragraph after it speaks of the document's year again
    expect(extract("今后五年，森林覆盖率达到40%。\n今年新增城镇就业5万人。", 2023).targets.map((t) => t.year)).toEqual([2027, 2023]);
  });

  test("在2020年…的基础上 is the ground a statement builds on, not a past statement", () => {
    const opening = "在2021年粮食产量突破700亿斤的基础上，到2025年，全省粮食产量稳定在750亿斤以上，农业增加值年均增长4%。";
    expect(extract(opening, 2025).targets.map((t) => [t.value, t.year])).toEqual([
      [750, 2025],
      [4, 2025],
    ]);
    const inside = "今年，在2022年港口吞吐量增长3%的基础上，集装箱吞吐量增长8%左右。";
    expect(extract(inside, 2023).targets.map((t) => [t.value, t.year, t.baseYear])).toEqual([[8, 2023, null]]);
  });

  test("a later 到YYYY年 turns a sentence made past by an earlier year ahead again", () => {
    const paragraph = "2020年全省5G基站达到6万个，到2025年达到20万个。2020年城镇化率达到62%，城镇新增就业45万人。";
    expect(extract(paragraph, 2021).targets.map((t) => [t.value, t.year])).toEqual([[20, 2025]]);
    const sentence = "其中，2020年新建充电桩1.2万个，到2025年累计建成充电桩8万个。";
    expect(extract(sentence, 2021).targets.map((t) => [t.value, t.year])).toEqual([[8, 2025]]);
    // a review section stays past whatever its sentences say
    const review = "一、“十三五”时期发展成就\n2020年全省5G基站达到6万个，到2025年达到20万个。";
    expect(extract(review, 2021).targets).toEqual([]);
  });

  test("每年 stays with the verb", () => {
    expect(extract("每年实施100项左右重大科技攻关项目。").targets[0].verb).toBe("每年实施");
  });
});

describe("extractProse: targets a review cites", () => {
  const review = (body: string) => extract(`一、2021年计划执行情况\n${body}\n二、2022年主要目标\n城镇新增就业60万人。`, 2022);

  test("a target cited as missed is a target of the year under review, answered by the sentence's result", () => {
    const { targets, actuals } = review("2021年，全省实现地区生产总值4.2万亿元，增长6.1%，地区生产总值增长7%左右的预期目标未能实现；城镇新增就业58万人。");
    expect(targets.map((t) => [t.year, t.value, t.qualifier, t.subject])).toEqual([
      [2021, 7, "about", "地区生产总值"],
      [2022, 60, "exact", "城镇新增就业"],
    ]);
    expect(actuals.map((a) => [a.value, a.unit, a.asOf, a.targetIndex, a.quote])).toEqual([[6.1, "%", "2021", 0, "全省实现地区生产总值4.2万亿元，增长6.1%"]]);
  });

  test("a fall answering a growth target is a negative result", () => {
    const { targets, actuals } = review("全市进出口总额1.1万亿元，下降3.5%，进出口总额增长5%的年度计划未能完成。");
    expect(targets[0]).toMatchObject({ year: 2021, value: 5, unit: "%" });
    expect(actuals.map((a) => a.value)).toEqual([-3.5]);
  });

  test("a verdict that leaves the indicator out cites the target of the result reported just before it", () => {
    const { targets, actuals } = review(
      "全省规模以上工业增加值完成2.1万亿元，增长4.2%，低于年初确定的7%的目标；单位地区生产总值能耗下降3.4%，超过年初下降3%的计划。" +
        "城镇新增就业65万人，完成年度计划60万人的108%；城镇调查失业率5.1%，实现了控制在5.5%以内的目标。" +
        "细颗粒物平均浓度38微克/立方米，优于40微克/立方米的年度目标。",
    );
    const past = targets.filter((t) => t.year === 2021);
    expect(past.map((t) => [t.value, t.unit, t.qualifier, t.kind, t.subject])).toEqual([
      [7, "%", "exact", "growth_rate", "规模以上工业增加值"],
      [3, "%", "exact", "reduction", "单位地区生产总值能耗"],
      [60, "万人", "exact", "increment", "城镇新增就业"],
      [5.5, "%", "at_most", "share", "城镇调查失业率"],
      [40, "微克/立方米", "at_most", "level", "细颗粒物平均浓度"],
    ]);
    expect(actuals.map((a) => [a.value, a.unit, a.asOf, targets[a.targetIndex!].value])).toEqual([
      [4.2, "%", "2021", 7],
      [3.4, "%", "2021", 3],
      [65, "万人", "2021", 60],
      [5.1, "%", "2021", 5.5],
      [38, "微克/立方米", "2021", 40],
    ]);
    // a result whose indicator sits in the clause before is quoted with it
    expect(actuals[0].quote).toBe("全省规模以上工业增加值完成2.1万亿元，增长4.2%");
  });

  test("a verdict comparing the result with the target (低于7%的, 超过6%左右的) does not bound the target", () => {
    const { targets } = review("一般公共预算收入增长5.1%，低于7%的预期目标；固定资产投资增长9%，超过6%左右的年度目标。");
    expect(targets.filter((t) => t.year === 2021).map((t) => [t.value, t.qualifier])).toEqual([[7, "exact"], [6, "about"]]);
  });

  test("…but a ceiling indicator's target is a ceiling whichever way the result went, and a fall's a floor", () => {
    const { targets } = review(
      "居民消费价格上涨5.4%，高于4%的调控目标；城镇登记失业率3.1%，低于4.5%左右的调控目标；单位地区生产总值能耗下降2.1%，低于3.5%的年度目标。",
    );
    expect(targets.filter((t) => t.year === 2021).map((t) => [t.value, t.qualifier])).toEqual([[4, "at_most"], [4.5, "about"], [3.5, "exact"]]);
  });

  test("比…的目标高: the verdict compares the result with the target", () => {
    const { targets, actuals } = review("社会消费品零售总额增长8.5%，比年初确定的7%的目标高1.5个百分点。");
    expect(targets[0]).toMatchObject({ year: 2021, value: 7, subject: "社会消费品零售总额", kind: "growth_rate" });
    expect(actuals.map((a) => a.value)).toEqual([8.5]);
  });

  test("a fall answering a growth target the verdict leaves unnamed is a negative result", () => {
    const { targets, actuals } = review("全市税收收入完成412亿元，下降2.4%，未完成年初增长5%的计划。");
    expect(targets[0]).toMatchObject({ year: 2021, value: 5, subject: "税收收入", kind: "growth_rate" });
    expect(actuals.map((a) => [a.value, a.quote])).toEqual([[-2.4, "全市税收收入完成412亿元，下降2.4%"]]);
  });

  /** Each target of the reviewed year as [value, unit, qualifier, subject, the value of the result linked to it or null]. */
  const links = (body: string) => {
    const { targets, actuals } = review(body);
    return targets.flatMap((t, i) => {
      if (t.year !== 2021) return [];
      const results = actuals.filter((a) => a.targetIndex === i).map((a) => a.value);
      expect(results.length).toBeLessThanOrEqual(1);
      return [[t.value, t.unit, t.qualifier, t.subject, results[0] ?? null]];
    });
  };

  test.each([
    [
      "与…目标, the figure before or after the target noun",
      "全市地区生产总值增长5.2%，与7%的年度目标存在差距；社会消费品零售总额增长6.1%，与年初预期目标6.5%相比略有差距。",
      [
        [7, "%", "exact", "地区生产总值", 5.2],
        [6.5, "%", "exact", "社会消费品零售总额", 6.1],
      ],
    ],
    ["超额完成…目标任务 with the figure after it", "城镇新增就业12.6万人，超额完成全年目标任务10万人。", [[10, "万人", "exact", "城镇新增就业", 12.6]]],
    ["the target after 年初预期的", "规模以上工业增加值增长9.2%，高于年初预期的7%。", [[7, "%", "exact", "规模以上工业增加值", 9.2]]],
    ["略低于…的预期目标; 是年度计划…的128.2%", "地区生产总值增长8.2%，略低于年初8.5%的预期目标。城镇新增就业19230人，是年度计划1.5万人的128.2%。", [[8.5, "%", "exact", "地区生产总值", 8.2], [1.5, "万人", "exact", "城镇新增就业", 19230]]],
    ["未达到 is the verdict, not a level asked for", "固定资产投资增长3.5%，未达到6%左右的年度预期。", [[6, "%", "about", "固定资产投资", 3.5]]],
    ["a budget's target (年初预算增长5%的目标)", "一般公共预算收入完成385.2亿元，增长5.1%，实现了年初预算增长5%的目标。", [[5, "%", "exact", "一般公共预算收入", 5.1]]],
    ["a clause opening with 年初提出 states the year's target, the result after it", "年初提出新建高标准农田150万亩，全年实际建成163.6万亩。", [[150, "万亩", "exact", "高标准农田", 163.6]]],
    [
      "the target in brackets after its noun, or after 计划的, whatever compares with it",
      "全县实现地区生产总值152.3亿元，按可比价格计算增长6.8%，比计划目标（7.5%）低0.7个百分点。" +
        "固定资产投资增长11.2%，超过年度计划目标（增长10%）1.2个百分点；规模以上工业增加值增长3.6%，比年初计划的6%低2.4个百分点。",
      [
        [7.5, "%", "exact", "地区生产总值", 6.8],
        [10, "%", "exact", "固定资产投资", 11.2],
        [6, "%", "exact", "规模以上工业增加值", 3.6],
      ],
    ],
    [
      "保持在, 稳定在: a level the verdict says was held",
      "粮食总产量达到620万吨，实现了保持在600万吨以上的目标；全省森林覆盖率61.2%，稳定在60%以上的年度目标。",
      [
        [600, "万吨", "at_least", "粮食总产量", 620],
        [60, "%", "at_least", "森林覆盖率", 61.2],
      ],
    ],
    [
      "targets cited as 年初…的预期 and as a 调控目标",
      "一般公共预算收入增长6.8%，高于年初5%的预期；城镇登记失业率3.1%，低于4.5%的调控目标。",
      [
        [5, "%", "exact", "一般公共预算收入", 6.8],
        [4.5, "%", "at_most", "城镇登记失业率", 3.1],
      ],
    ],
    [
      "a result answers one verdict only: a second verdict with no result of its own links nothing",
      "全县一般公共预算收入增长4.5%，低于年初5%的预期，也未完成年度计划5.5%。城镇登记失业率3.1%，低于4.5%的调控目标；实现了控制在5%以内的目标。",
      [
        [5, "%", "exact", "一般公共预算收入", 4.5],
        [4.5, "%", "at_most", "城镇登记失业率", 3.1],
      ],
    ],
  ])("verdicts: %s", (_, body, expected) => {
    expect(links(body)).toEqual(expected);
  });

  test("a bound (控制在) answered by a result stated as a change: a fall is a negative change", () => {
    const { targets, actuals } = review("居民消费价格指数上涨1.8%，控制在3.5%左右的调控目标以内。");
    expect(targets[0]).toMatchObject({ year: 2021, value: 3.5, qualifier: "about", kind: "growth_rate" });
    expect(actuals.map((a) => [a.value, a.quote])).toEqual([[1.8, "居民消费价格指数上涨1.8%"]]);
    expect(links("全市居民消费价格下降0.4%，控制在3%左右的目标以内。")).toEqual([[3, "%", "about", "居民消费价格", -0.4]]);
  });

  test("results that cite no target stay past achievements (好于预期, 预期寿命, 稳定在 alone)", () => {
    const { targets, actuals, skipped } = review("主要指标好于预期，城镇新增就业48万人，人均预期寿命达到79.2岁，粮食产量稳定在300亿斤以上。");
    expect(targets.map((t) => t.year)).toEqual([2022]);
    expect(actuals).toEqual([]);
    expect(skipped.filter((s) => s.reason === "past_achievement").map((s) => s.text)).toEqual([
      "城镇新增就业48万人",
      "人均预期寿命达到79.2岁",
      "粮食产量稳定在300亿斤以上",
    ]);
  });

  test("a result or a target whose indicator the clause leaves out is not read", () => {
    const { targets, actuals } = review("全省粮食产量达到680亿斤，高于年初确定的增长2%的目标，城镇新增就业58万人。");
    expect(targets.map((t) => t.year)).toEqual([2022]);
    expect(actuals).toEqual([]);
  });
});

describe("extractProse: what is not a target", () => {
  test("headlines listed under 相关阅读 link to other pages; a bulleted line of the body is read", () => {
    const text = "· 全年新建5G基站3000个。\n\n相关链接：\n· 某市今年将新建公园50个\n• 某区新增停车泊位2万个\n上一篇：某市关于春季植树的通知";
    const { targets, skipped } = extract(text);
    expect(targets.map((t) => t.value)).toEqual([3000]);
    expect(skipped.filter((s) => s.reason === "other").map((s) => s.text)).toEqual([
      "相关链接：",
      "· 某市今年将新建公园50个",
      "• 某区新增停车泊位2万个",
      "上一篇：某市关于春季植树的通知",
    ]);
  });

  test("past achievements: 已经…的基础上, a past year, a review section", () => {
    const text = [
      "今年在已经为企业减负150亿元的基础上，再新增减负100亿元以上。",
      "2021年，全省地区生产总值增长8.5%。",
      "一、2021年工作回顾",
      "全省生产总值达到7.35万亿元，城镇新增就业122万人。",
      "二、2022年主要目标",
      "地区生产总值增长6%左右。",
    ].join("\n");
    const { targets, skipped } = extract(text, 2022);
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [100, "亿元"],
      [6, "%"],
    ]);
    expect(skipped.filter((s) => s.reason === "past_achievement").map((s) => s.text)).toEqual([
      "今年在已经为企业减负150亿元的基础上",
      "全省地区生产总值增长8.5%",
      "全省生产总值达到7.35万亿元",
      "城镇新增就业122万人",
    ]);
  });

  test("a review introduced by 过去一年…以下工作： covers its numbered parts, until the next part", () => {
    const text = [
      "一、过去一年的工作",
      "过去一年，我们主要做了以下工作：",
      "（一）坚持稳中求进，经济运行总体平稳。全省生产总值增长6.8%，新增城镇就业110万人。",
      "（二）持续深化改革。完成国有企业改制30家。",
      "二、今年的目标任务",
      "地区生产总值增长6%左右，城镇新增就业100万人以上。",
    ].join("\n");
    expect(extract(text).targets.map((t) => t.value)).toEqual([6, 100]);
  });

  test("results so far: 1-8月…, 前三季度…, 同比", () => {
    const text = "1-8月，全省规上工业增加值增长5.2%。前三季度，新增减税降费1500亿元。外贸出口同比增长9%。全年新增减税降费2000亿元。";
    expect(extract(text).targets.map((t) => t.value)).toEqual([2000]);
  });

  test("results in a report: estimates, 同比 sentences, shares of the year's plan, openers of any period", () => {
    const text = [
      "全县技改项目评审已启动，预计新增投资30亿元左右。实际利用内资45亿元，同比增长6.2%。",
      "1—9月，全区新增市场主体5200户，完成年度目标的78%；三季度末登记失业率为2.1%。",
      "上半年，新签约项目85个。前4个月，新增外贸企业120家。一至五月，新增就业3万人。",
      "6月底前，新增充电桩500个。力争全年规上工业增加值同比增长8%。",
    ].join("\n");
    expect(extract(text).targets.map((t) => [t.value, t.unit])).toEqual([
      [500, "个"],
      [8, "%"],
    ]);
  });

  test("a section on problems states where things stand, not targets", () => {
    const text = "三、存在的主要问题\n龙头企业偏少，年营业收入超百亿元的企业仅6家，深度用云的比例不到三成。\n四、下一步工作\n力争培育年营业收入超百亿元的企业10家。";
    expect(extract(text, 2025).targets.map((t) => t.value)).toEqual([10]);
  });

  test("“十三五”时期 paragraphs look back", () => {
    expect(extract("“十三五”时期，全省累计新增城镇就业600万人。", 2025).targets).toEqual([]);
  });

  test("numbers that are names, codes, ordinals, policies", () => {
    const text =
      "深入实施“1+N”工业互联网行动，推进5G和PM2.5协同治理，落实《关于促进消费的若干意见》（浙政发〔2021〕12号），" +
      "实施“415X”先进制造业集群培育工程，落实稳外贸12条政策，保持货物吞吐量全球第1位，争取进入全国前10，" +
      "发布“28条”，打造G60科创走廊，迭代公共数据平台2.0版，2022年6月30日前完成。";
    expect(extract(text).targets).toEqual([]);
  });

  test("figures that count existing things: 支持和引导4家…", () => {
    expect(extract("支持和引导6家国家级和9家省级园区示范提升。").targets).toEqual([]);
  });

  test("web clutter lines are skipped with their reason", () => {
    const text = [
      "当前位置：首页 > 政策文件 > 正文",
      "https://www.example.gov.cn/art/2021/3/5/art_1229_123.html",
      "预览已结束，完整报告链接和二维码如下：",
      "杭州落户政策 杭州公积金政策 杭州限购政策2021 杭州人才政策 杭州补贴政策 杭州购房政策",
      "发布日期：2021-03-05 浏览次数：1024",
      "免责声明：本站信息来源于网络，联系QQ：123456",
      "新增小微企业园30个。",
    ].join("\n");
    const { targets, skipped } = extract(text);
    expect(targets.map((t) => t.value)).toEqual([30]);
    expect(skipped.map((s) => s.reason)).toEqual(["navigation", "url", "qr_prompt", "keyword_spam", "other", "advert"]);
  });

  test("figures in parentheses are notes, not targets", () => {
    expect(extract("目标以“十三五”平均值（88.9%、33微克/立方米）为基数测算。").targets).toEqual([]);
  });

  test("a summary list line restated in the body keeps the body's statement", () => {
    const text = "──固定资产投资增长10%；\n全年固定资产投资增长10%，工业投资增长12%。";
    const t = extract(text).targets;
    expect(t.map((x) => x.quote)).toEqual(["全年固定资产投资增长10%", "工业投资增长12%"]);
  });
});

describe("extractProse: offsets are absolute", () => {
  test("a range inside a longer text", () => {
    const text = "前文不读：新增企业99家。\n新增小微企业园20个。";
    const start = text.indexOf("\n") + 1;
    const { targets } = extractProse(context(text), { start, end: text.length });
    expect(targets).toHaveLength(1);
    expect(targets[0].offset).toBe(start + 0);
    expect(targets[0].quote).toBe("新增小微企业园20个");
  });

  test("several ranges of one document in order (a table between them)", () => {
    const text = "（三）二〇三五年远景目标\n表格内容\n城镇化率达到80%左右。";
    const ctx = context(text, 2025);
    const first = extractProse(ctx, { start: 0, end: text.indexOf("表格") });
    const second = extractProse(ctx, { start: text.indexOf("城镇化率"), end: text.length });
    expect(first.targets).toEqual([]);
    expect(second.targets[0]).toMatchObject({ value: 80, year: 2035, offset: text.indexOf("城镇化率") });
  });
});

describe("extractProse: invariants", () => {
  const seedsDir = join(__dirname, "..", "..", "seeds");
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));

  test.each(seeds)("%s: quotes are substrings at their offsets and show their values", (file) => {
    const text = readFileSync(join(seedsDir, file), "utf8");
    const { targets } = extract(text, 2020);
    expect(targets.length).toBeGreaterThan(0);
    checkInvariants(text, targets);
  });

  /** Deterministic pseudo-random text built from the characters figures are made of. */
  function garbage(seed: number, length: number): string {
    const alphabet = [..."0123456789０１２３４５６７８９.,，。、；：“”（）()《》〔〕%％—-~～至万亿个家项条年月日倍分之百千十一二两三翻番以上左右以下突破达到增长下降新增建成力争比较到\n 　AGPM+的是在"];
    let x = seed;
    let s = "";
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += alphabet[x % alphabet.length];
    }
    return s;
  }

  test.each([1, 2, 3, 4, 5, 6, 7, 8])("random text %i: no error, invariants hold", (seed) => {
    const text = garbage(seed, 4000);
    const { targets, skipped } = extract(text);
    checkInvariants(text, targets);
    for (const s of skipped) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });

  test("empty and whitespace-only text", () => {
    expect(extract("")).toEqual({ targets: [], actuals: [], skipped: [] });
    expect(extract(" \n\u3000\n")).toEqual({ targets: [], actuals: [], skipped: [] });
  });
});
