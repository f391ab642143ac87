import { readFileSync } from "fs";
import { join } from "path";
import { extractProgress } from "../../src/extract/progress";
import { asOf, lastMonthIn } from "../../src/extract/progress/period";
import type { ParseContext } from "../../src/extract/types";
import { goldActuals, goldTargets } from "../support/gold";

describe("the period a figure covers", () => {
  it.each([
    ["1-8月,全省共为企业减负降本", 8],
    ["1—7月数字安防相关产业产值", 7],
    ["截至8月末,全省规模以上工业", 8],
    ["载至9月底,全省“小升规”入库培育", 9],
    ["上半年新增应用工业机器人9800台,在役工业机器人累计达", 6],
    ["2020年政府工作报告重点工作前三季度完成情况", 9],
    ["一季度", 3],
    ["全省累计建成交付5G基站超过", null],
  ])("%s → %s", (s, month) => {
    expect(lastMonthIn(s)).toBe(month);
  });

  it("writes year-month, or the year alone for a full year", () => {
    expect(asOf(2020, 9)).toBe("2020-09");
    expect(asOf(2020, 12)).toBe("2020");
    expect(asOf(2021, null)).toBe("2021");
  });
});

/** A progress table as web pages flatten it: one cell per line. */
const report = [
  "江苏省2021年政府工作报告重点任务上半年推进情况",
  "发布时间:2021-07-20",
  "序号",
  "重点任务",
  "进展情况",
  "1",
  "新增高新技术企业4000家,建设省级工程技术研究中心100个。",
  "1.截至6月底,全省新认定高新技术企业2153家。",
  "2.1-5月,全省新建省级工程技术研究中心46个,累计投入研发资金85亿元。",
  "2",
  "完成造林面积30万亩。",
  "全省完成造林21.5万亩,占年度任务的71.7%。",
  "3",
  "城镇新增就业120万人以上。",
  "1-6月,全省城镇新增就业71.4万人,超额完成“上半年新增就业60万人”的目标任务。",
  "4",
  "实施重大项目200个。",
  "1.开工建设重大项目156个。",
  "2.完成投资1200亿元。",
  " ",
  "Produced By 网站群系统",
  "网站地图",
].join("\n\n");

describe("extractProgress on a progress table of another province", () => {
  const ctx: ParseContext = { text: report, file: "p.txt", region: "江苏省", year: 2021, kind: "progress" };
  const r = extractProgress(ctx);
  const answered = r.actuals.map((a) => [r.targets[a.targetIndex!].value, a.value, a.unit, a.asOf]);

  it("reads the task column's targets and the target a completion cell cites", () => {
    const values = r.targets.map((t) => [t.value, t.unit]);
    for (const v of [[4000, "家"], [100, "个"], [30, "万亩"], [120, "万人"], [60, "万人"], [200, "个"]]) expect(values).toContainEqual(v);
    expect(r.targets.find((t) => t.value === 60)?.quote).toBe("上半年新增就业60万人");
  });

  it("links each result to the target it answers, as of the period its sentence or the report names", () => {
    expect(answered).toEqual(
      expect.arrayContaining([
        [4000, 2153, "家", "2021-06"],
        [100, 46, "个", "2021-05"],
        [30, 21.5, "万亩", "2021-06"],
        [120, 71.4, "万人", "2021-06"],
        [60, 71.4, "万人", "2021-06"],
        [200, 156, "个", "2021-06"],
      ]),
    );
  });

  it("does not take figures that answer no target for results", () => {
    expect(answered).toHaveLength(6);
    for (const a of r.actuals) expect([85, 71.7, 1200]).not.toContain(a.value);
  });

  it("claims the table, not the page furniture after its last row", () => {
    expect(r.claimed).toHaveLength(1);
    const claimed = report.slice(r.claimed[0].start, r.claimed[0].end);
    expect(claimed.startsWith("序号")).toBe(true);
    expect(claimed.endsWith("2.完成投资1200亿元。")).toBe(true);
  });

  it("quotes every record verbatim, its value inside its quote", () => {
    for (const x of [...r.targets, ...r.actuals]) {
      expect(report.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
      expect(x.quote).toContain(String(x.value));
    }
  });

  it("finds nothing in a document without a progress table", () => {
    const plain = "全年新增高新技术企业4000家。\n\n1\n\n完成造林30万亩。";
    expect(extractProgress({ ...ctx, text: plain })).toEqual({ targets: [], actuals: [], claimed: [] });
  });
});

describe("extractProgress on the 2020 three-quarter report (seed 002), scored against the gold", () => {
  const file = "002_9c9294e0d958bced.txt";
  const text = readFileSync(join(__dirname, "..", "..", "seeds", file), "utf8");
  const r = extractProgress({ text, file, region: "浙江省", year: 2020, kind: "progress" });
  const overlaps = (offset: number, quote: string, gold: string) => {
    for (let i = text.indexOf(gold); i >= 0; i = text.indexOf(gold, i + 1)) {
      if (i < offset + quote.length && offset < i + gold.length) return true;
    }
    return false;
  };

  it("finds every gold target of the report and nothing else", () => {
    const gold = goldTargets().filter((g) => g.doc === file);
    const missed = gold.filter((g) => !r.targets.some((t) => t.value === g.value && t.unit === g.unit && overlaps(t.offset, t.quote, g.quote)));
    expect(missed.map((g) => g.quote)).toEqual([]);
    expect(r.targets).toHaveLength(gold.length);
  });

  it("finds every gold result with its period, linked to the target it answers, and no other", () => {
    const gold = goldActuals().filter((g) => g.doc === file);
    const missed = gold.filter(
      (g) =>
        !r.actuals.some(
          (a) =>
            a.value === g.actual_value &&
            a.unit === g.actual_unit &&
            a.asOf === g.as_of &&
            r.targets[a.targetIndex!].value === g.target_value &&
            overlaps(a.offset, a.quote, g.quote),
        ),
    );
    expect(missed.map((g) => g.quote)).toEqual([]);
    expect(r.actuals).toHaveLength(gold.length);
  });

  it("claims the whole table so that the prose parser does not read the completion column", () => {
    expect(r.claimed).toHaveLength(1);
    expect(text.slice(r.claimed[0].start, r.claimed[0].start + 2)).toBe("序号");
    expect(text.slice(r.claimed[0].end - 7, r.claimed[0].end)).toBe("年工作方案》。");
  });
});

describe("extractProgress on random progress-like text", () => {
  const tokens = ["序号", "重点工作", "完成情况", "1", "2", "3", "新增小微企业园200个。", "1.完成第一批95个小微园审核认定。",
    "2.1-8月,全省共为企业减负3252亿元,提前完成“全年减负3150亿元”的目标任务。", "建成5G基站5万个。", "全省累计建成5G基站超过5.4万个",
    "“”的目标", "“5G”的任务", "10大标志性产业链", " ", "Produced By", "上半年新增9800台"];
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it("never throws, quotes verbatim and links actuals to its own targets", () => {
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 4 + Math.floor(rand() * 40) }, () => tokens[Math.floor(rand() * tokens.length)]).join("\n");
      const r = extractProgress({ text, file: "r.txt", region: "浙江省", year: 2020, kind: "progress" });
      for (const x of [...r.targets, ...r.actuals]) expect(text.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
      for (const a of r.actuals) expect(r.targets[a.targetIndex!]).toBeDefined();
    }
  });
});
