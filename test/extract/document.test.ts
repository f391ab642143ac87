import { readFileSync } from "fs";
import { join } from "path";
import { docKindRank, findTitle, inferDocument } from "../../src/extract/document";
import type { DocumentMeta } from "../../src/extract/types";

const SEEDS = join(__dirname, "..", "..", "seeds");
const seed = (file: string) => readFileSync(join(SEEDS, file), "utf8");
const meta = JSON.parse(readFileSync(join(SEEDS, "meta.json"), "utf8")) as Record<string, Omit<DocumentMeta, "file">>;

describe("inferDocument: region, year and genre from the title lines", () => {
  it.each([
    ["陕西省2026年政府工作报告", "陕西省", 2026, "work_report"],
    ["浙江省人民政府关于下达2020年浙江省国民经济和社会发展计划的通知", "浙江省", 2020, "plan"],
    ["浙江省人民政府关于下达 2020 年浙江省国民经济和社会发展计划的通知", "浙江省", 2020, "plan"],
    ["嘉兴市人民政府关于下达2020年嘉兴市国民经济和社会发展计划的通知", "嘉兴市", 2020, "plan"],
    ["宁夏回族自治区2021年政府工作报告", "宁夏回族自治区", 2021, "work_report"],
    ["北京市2022年国民经济和社会发展计划", "北京市", 2022, "plan"],
    ["关于下达2021年广东省国民经济和社会发展计划的通知", "广东省", 2021, "plan"],
    ["广东省2023年经济工作会议讲话", "广东省", 2023, "speech"],
    ["合肥市2023年《政府工作报告》重点任务1—6月推进情况", "合肥市", 2023, "progress"],
    ["湖南省2021年政府工作报告重点工作进展情况", "湖南省", 2021, "progress"],
    ["成都市2022年国民经济和社会发展计划执行情况", "成都市", 2022, "progress"],
    ["苏州市2021年民生实事项目落实情况", "苏州市", 2021, "progress"],
    ["关于南京市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "南京市", 2023, "plan"],
    // a notice that issues the region's own list: the region opens the 《》
    ["关于印发《昆明市2024年重点民生实事项目》的通知", "昆明市", 2024, "plan"],
    ["关于印发“洛阳市2023年政府工作要点”的通知", "洛阳市", 2023, "plan"],
    // a news site's headline with its tag
    ["【重磅】梅河口市2024年政府工作报告全文发布！今年这样干", "梅河口市", 2024, "work_report"],
    // a title without a year: the date line under it says when (and where the congress met)
    ["政府工作报告\n\n——2023年1月10日在江西省第十四届人民代表大会第二次会议上\n\n江西省人民政府", "江西省", 2023, "work_report"],
    ["政府工作报告\n（2025年1月15日在成都市第十八届人民代表大会第五次会议上）", "成都市", 2025, "work_report"],
    ["政府工作报告\n二〇二二年一月十八日\n\n山西省人民政府", "山西省", 2022, "work_report"],
    ["在全省经济工作会议上的讲话\n——2021年12月24日\n\n中共广东省委", "广东省", 2022, "speech"],
    ["国民经济和社会发展计划执行情况\n（2023年12月28日）\n\n浙江省发展和改革委员会", "浙江省", 2023, "progress"],
  ])("%s → %s %d %s", (title, region, year, kind) => {
    const doc = inferDocument(`${title}\n\n正文第一段。`, { file: "x.txt" });
    expect(doc).toMatchObject({ region, year, kind, id: "x", file: "x.txt" });
  });

  it.each([
    ["浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", 2025],
    ["江苏省国民经济和社会发展第十三个五年规划纲要", 2020],
    ["四川省国民经济和社会发展第十五个五年规划纲要", 2030],
    ["浙江省“十四五”数字经济发展规划", 2025],
  ])("a five-year outline's default target year is its final year: %s → %d", (title, year) => {
    const doc = inferDocument(`${title}\n`, { file: "o.txt" });
    expect(doc.kind).toBe("outline");
    expect(doc.year).toBe(year);
  });

  it("reads no year from a body sentence or an outline's approval date", () => {
    expect(() => inferDocument("政府工作报告\n2023年1月，全省地区生产总值增长5%。\n", { file: "b.txt", region: "某省" })).toThrow(/--year/);
    const outline = "西安市国土空间总体规划\n（2022年3月1日西安市第十七届人民代表大会常务委员会批准）\n";
    expect(() => inferDocument(outline, { file: "o.txt" })).toThrow(/--year/);
  });

  it("skips web clutter before the title", () => {
    const text = "当前位置:主页 > 海曙政策 > 海曙区政府办 > 正文\n\n浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n朗读\n";
    expect(findTitle(text)).toBe("浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
  });

  it("skips lines the noise rules call site clutter: site name, keyword lists, font and print bars, read counts", () => {
    const page = [
      "某某省人民政府门户网站",
      "首页 | 机构 | 政策 | 服务 | 互动 | 数据",
      "热门关键词：某某落户新政2024 某某公积金提取 某某中考分数线",
      "【大字体　中字体　小字体】　【打印】",
      "阅读次数：1208　　发布时间：2024-02-18",
      "某某省2024年政府工作报告摘要",
      "",
      "各位代表：现在，我代表省人民政府向大会报告工作。",
    ].join("\n");
    // not a formal title: it is found only because the clutter above it does not count
    expect(inferDocument(page, { file: "w.txt" })).toMatchObject({ region: "某某省", year: 2024, kind: "work_report" });
  });

  it("dates a report by its congress line when page chrome stands between it and the title", () => {
    const page = "府谷县人民政府工作报告（全文）\n\n2019-02-26 09:12　来源：府谷县人民政府\n【字号：大 中 小】【打印】\n分享到：微信\n\n——2019年2月20日在府谷县第十八届人民代表大会第四次会议上\n\n各位代表：\n";
    expect(inferDocument(page, { file: "f.txt" })).toMatchObject({ region: "府谷县", year: 2019 });
  });

  it("takes the region from the congress a report was delivered to when no title names it", () => {
    const page = "某某网 | 首页\n热门：房价\n\n今年这样干！最新报告来了\n\n政府工作报告\n\n——2024年1月18日在梅河口市第二十届人民代表大会第三次会议上\n\n各位代表：\n";
    expect(inferDocument(page, { file: "m.txt" })).toMatchObject({ region: "梅河口市", year: 2024 });
  });

  it("finds a formal title below chrome it does not know, as long as the body has not begun", () => {
    const chrome = ["湖畔市政务", "机构概况", "政务公开", "办事服务", "互动交流", "专题专栏", "走进湖畔"].join("\n");
    const title = "湖畔市人民政府关于印发湖畔市2023年政府工作报告重点任务分工方案的通知";
    expect(findTitle(`${chrome}\n${title}\n湖政〔2023〕3号\n`)).toBe(title);
    // a title-like line after paragraphs of the body is a document it cites, not its title
    const body = "各单位要抓好落实，确保完成全年任务。\n".repeat(4);
    expect(findTitle(`${chrome}\n${body}${title}\n`)).toBeNull();
    // a far line that names neither region nor year tells nothing: the search goes on to the real title
    expect(findTitle(`${chrome}\n关于进一步做好有关工作的通知\n${title}\n`)).toBe(title);
  });

  it("takes a progress report's region from its body when the title names none", () => {
    const text = "2020年政府工作报告重点工作前三季度完成情况\n\n实施《浙江省民营企业发展促进条例》。浙江省防范化解企业重大风险平台上线。";
    expect(inferDocument(text, { file: "p.txt" })).toMatchObject({ region: "浙江省", year: 2020, kind: "progress" });
  });

  it("lets explicit metadata win field by field, the text filling the rest", () => {
    const doc = inferDocument("陕西省2026年政府工作报告\n", { file: "a.txt", region: "西安市", title: "西安市文件" });
    expect(doc).toMatchObject({ region: "西安市", title: "西安市文件", year: 2026, kind: "work_report" });
  });

  it("fails with a bilingual message naming the flags when neither text nor metadata says", () => {
    const speech = "要坚持问题导向、目标导向、结果导向,强化担当意识。\n";
    expect(() => inferDocument(speech, { file: "s.txt" })).toThrow(/^无法从 s\.txt.*--region --year.*Cannot tell the region and year/);
    expect(() => inferDocument(speech, { file: "s.txt", region: "浙江省" })).toThrow(/年份.*--year.*Cannot tell the year of s\.txt.*pass --year\./);
  });
});

describe("seeds/meta.json", () => {
  const files = Object.keys(meta);

  it("describes every seed", () => {
    const seeds = ["000_0468f6baac3c2632.txt", "001_177954b3f7b5d0fd.txt", "002_9c9294e0d958bced.txt", "003_6128573e10d0dce7.txt", "004_46d2d27f9c5ccf95.txt"];
    expect(files.sort()).toEqual(seeds);
    for (const f of files) expect(Object.keys(meta[f]).sort()).toEqual(["kind", "region", "title", "year"]);
  });

  it("agrees with what the text alone says, where the text says it", () => {
    for (const f of files.filter((f) => !f.startsWith("001"))) {
      const fromText = inferDocument(seed(f), { file: f });
      expect({ region: fromText.region, year: fromText.year, kind: fromText.kind }).toEqual({
        region: meta[f].region,
        year: meta[f].year,
        kind: meta[f].kind,
      });
    }
  });

  it("gives the untitled 001 speech what its text lacks", () => {
    const f = "001_177954b3f7b5d0fd.txt";
    expect(() => inferDocument(seed(f), { file: f })).toThrow(/--year/);
    expect(inferDocument(seed(f), { file: f, ...meta[f] })).toMatchObject({ region: "浙江省", year: 2020, kind: "speech" });
  });
});

describe("docKindRank", () => {
  it("ranks formal documents over progress reports over speeches over the rest", () => {
    expect(docKindRank("plan")).toBe(docKindRank("outline"));
    expect(docKindRank("outline")).toBe(docKindRank("work_report"));
    expect(docKindRank("work_report")).toBeGreaterThan(docKindRank("progress"));
    expect(docKindRank("progress")).toBeGreaterThan(docKindRank("speech"));
    expect(docKindRank("speech")).toBeGreaterThan(docKindRank("other"));
  });
});
