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

  it("skips web clutter before the title", () => {
    const text = "当前位置:主页 > 海曙政策 > 海曙区政府办 > 正文\n\n浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n朗读\n";
    expect(findTitle(text)).toBe("浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
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
