/**
 * `plantargets export --xlsx`: the file read back with ExcelJS, and (where LibreOffice is installed,
 * as .ci/run does) recomputed headless so the completion formulas are checked by another program.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Catalogue } from "../../src/core/types";
import { validateCatalogue } from "../../src/catalogue/load";
import { runCli } from "../support/cliRun";
import { planCatalogue } from "../fixtures/planCatalogue";

/** The shared fixture, plus an actual for its at-most target (PM2.5), so both directions of 完成率 are checked. */
function fixture(): Catalogue {
  const c = planCatalogue();
  c.indicators = c.indicators.map((i) =>
    i.id === "zj-pm25-2025"
      ? { ...i, actuals: [{ value: 28, unit: "微克/立方米", asOf: "2025", doc: "003_outline.txt", quote: "PM2.5平均浓度28微克/立方米", offset: 720 }] }
      : i,
  );
  return validateCatalogue(c);
}

const CATALOGUE = fixture();
const PLAN_TITLE = "浙江省人民政府关于下达2020年浙江省国民经济和社会发展计划的通知";

let dir: string;
let catalogueFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-export-"));
  catalogueFile = path.join(dir, "catalogue.json");
  fs.writeFileSync(catalogueFile, JSON.stringify(CATALOGUE));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function exportTo(name: string, ...filters: string[]) {
  const file = path.join(dir, name);
  const result = await runCli(["export", "--xlsx", file, "--catalogue", catalogueFile, ...filters]);
  return { file, ...result };
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Header row of a target sheet (row 3: title, blank, header) as texts. */
function headers(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(String);
}

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const i = headers(ws).indexOf(header);
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe("plantargets export --xlsx", () => {
  test("writes one formatted target table per document, with plain completion formulas", async () => {
    const { file, code, out } = await exportTo("all.xlsx");
    expect(code).toBe(0);
    const n = CATALOGUE.indicators.length; // every one is cited by some document
    expect(out).toContain(`已导出 5 个目标表、${n} 条目标`);
    expect(out).toContain(`Exported 5 target table(s) with ${n} target(s)`);
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      PLAN_TITLE.slice(0, 31), // Excel's limit for sheet names
      "浙江省2020年经济工作讲话",
      "浙江省2020年前三季度重点任务进展",
      "浙江省国民经济和社会发展第十四个五年规划纲要",
      "嘉兴市2020年政府工作报告",
      "来源 Sources",
    ]);
    const plan = wb.worksheets[0];
    expect(plan.getCell("A1").value).toBe(PLAN_TITLE);
    expect(headers(plan)).toEqual(["指标", "地区", "年份", "目标值", "单位", "条件", "基期值", "基期年", "属性", "来源", "原文", "实际值", "完成率"]);
    expect(plan.getCell(3, 1).font?.bold).toBe(true);
    expect(plan.getCell(4, 1).value).toBe("5G基站建成数");
    const actual = columnOf(plan, "实际值");
    const completion = columnOf(plan, "完成率");
    expect(plan.getCell(4, actual).value).toBe(5.4); // 54000个 reported, in the target's unit 万个
    expect(plan.getCell(4, completion).value).toEqual({ formula: 'IF(L4="","",IF(F4="以下",D4/L4,L4/D4))' });
    expect(plan.getColumn(completion).numFmt).toBe("0.0%");
    expect(plan.getColumn(columnOf(plan, "单位")).numFmt).toBe("@");
    expect(plan.getColumn(columnOf(plan, "原文")).width).toBeGreaterThan(40);
  });

  test("adds a sheet of sources with every target and actual quote", async () => {
    const wb = await readBack((await exportTo("sources.xlsx")).file);
    const ws = wb.getWorksheet("来源 Sources") as ExcelJS.Worksheet;
    const rows = ws.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    const quotes = CATALOGUE.indicators.reduce((n, i) => n + i.sources.length + i.actuals.length, 0);
    expect(rows).toHaveLength(quotes);
    expect(rows).toContainEqual(["实际", "5G基站建成数", "浙江省", 2020, 54000, "个", "2020-09", "浙江省2020年前三季度重点任务进展", "002_progress.txt", 80, "全省累计建成交付5G基站超过5.4万个"]);
    expect(rows).toContainEqual(["目标", "隐形冠军企业新增数", "浙江省", 2020, 60, "家", "", "浙江省2020年经济工作讲话", "001_speech.txt", 900, "隐形冠军企业60家"]);
  });

  test("filters by region (short form) and year, one table per region and year", async () => {
    const { file, code } = await exportTo("jx.xlsx", "--region", "嘉兴", "--year", "2020年");
    expect(code).toBe(0);
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["嘉兴市2020", "来源 Sources"]);
    expect(wb.worksheets[0].getCell("A1").value).toBe("嘉兴市 2020年 规划目标");
    expect([wb.worksheets[0].getCell("A4").value, wb.worksheets[0].getCell("A5").value]).toEqual(["5G基站建成数", "地区生产总值增长率"]);
  });

  test("filters by document id", async () => {
    const { file, code } = await exportTo("doc.xlsx", "--doc", "002_progress");
    expect(code).toBe(0);
    const wb = await readBack(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["浙江省2020年前三季度重点任务进展", "来源 Sources"]);
  });

  test.each([
    [["--region", "陕西"], 1, /没有地区「陕西」的目标.*No targets for the region "陕西"; the catalogue has: 浙江省、嘉兴市/s],
    [["--region", "浙江", "--year", "2035"], 1, /没有符合条件的目标（地区 region 浙江省, 年份 year 2035）.*No targets match/s],
    [["--doc", "nope"], 1, /目录中没有文件「nope」.*000_plan/s],
    [["--year", "20x0"], 2, /--year: 年份「20x0」无效/],
  ])("a filter %j that matches nothing gets a clear message and no file", async (filters, wantCode, message) => {
    const { file, code, err } = await exportTo(`none-${filters.join("")}.xlsx`, ...(filters as string[]));
    expect(code).toBe(wantCode);
    expect(err).toMatch(message);
    expect(fs.existsSync(file)).toBe(false);
  });

  test("an unwritable path gets a clear bilingual message", async () => {
    const target = path.join(dir, "no-such-folder", "out.xlsx");
    const { code, err } = await runCli(["export", "--xlsx", target, "--catalogue", catalogueFile]);
    expect(code).toBe(1);
    expect(err).toMatch(/无法写入 .*out\.xlsx（ENOENT）.*Cannot write .*out\.xlsx \(ENOENT\): check that the folder exists/s);
  });

  test("usage errors: no --xlsx, wrong extension", async () => {
    expect((await runCli(["export"])).err).toMatch(/用法：plantargets export --xlsx/);
    const wrong = await runCli(["export", "--xlsx", path.join(dir, "out.csv"), "--catalogue", catalogueFile]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/输出文件应以 \.xlsx 结尾.*must end in \.xlsx/s);
  });
});

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const field = /("(?:[^"]|"")*"|[^,\n]*)(,|\n|$)/g;
  for (let m = field.exec(text); m && m[0] !== ""; m = field.exec(text)) {
    const raw = m[1];
    rows[rows.length - 1].push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === "\n") rows.push([]);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

/** LibreOffice writes percent-formatted cells as 108% (full precision, with the sign). */
function percent(text: string | undefined): number {
  expect(text).toMatch(/^[\d.]+%$/);
  return Number((text as string).slice(0, -1)) / 100;
}

const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

(soffice ? describe : describe.skip)("the exported file recomputed by LibreOffice", () => {
  test("completion formulas give actual ÷ target, target ÷ actual for 以下, blank without an actual", async () => {
    const { file } = await exportTo("lo.xlsx", "--region", "浙江", "--year", "2025");
    const outDir = path.join(dir, "csv");
    // A private LibreOffice profile, so a soffice the user has open does not swallow the job.
    execFileSync("soffice", [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      outDir,
      file,
    ], { stdio: "pipe", timeout: 120_000 });
    // Every sheet is written as lo-<sheet name>.csv.
    const rows = parseCsv(fs.readFileSync(path.join(outDir, "lo-浙江省2025.csv"), "utf8"));
    const header = rows[2];
    const completion = new Map(rows.slice(3).map((r) => [r[0], r[header.indexOf("完成率")]]));
    expect(percent(completion.get("细颗粒物（PM2.5）平均浓度"))).toBeCloseTo(30 / 28, 10); // 以下: target ÷ actual
    expect(completion.get("研究与试验发展经费投入强度")).toBe(""); // no actual yet
    const plan = parseCsv(fs.readFileSync(path.join(outDir, "lo-来源 Sources.csv"), "utf8"));
    expect(plan.length).toBeGreaterThan(2); // every sheet was converted
  }, 120_000);
});
